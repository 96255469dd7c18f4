/// Competition ranking ("1224", R's and pandas' method "min"): equal values share the best rank
/// and the next rank skips, so five provinces tied first are all 1 and the next is 6.
public enum CompetitionRanking {
    /// Ranks `values` from the highest (rank 1) down, or from the lowest when `higherIsBetter` is false.
    public static func ranks(_ values: [Double], higherIsBetter: Bool = true) -> [Int] {
        let order = values.indices.sorted { a, b in
            higherIsBetter ? values[a] > values[b] : values[a] < values[b]
        }
        var ranks = Array(repeating: 0, count: values.count)
        for (position, index) in order.enumerated() {
            if position > 0, values[order[position - 1]] == values[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}
