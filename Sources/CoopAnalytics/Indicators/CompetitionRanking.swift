/// Competition ranking ("1224", R's and pandas' method "min"): equal values share the best rank
/// and the next rank skips, so five provinces tied first are all 1 and the next is 6.
///
/// The one definition of ranking in coopchart: indicator tables, the `rank` scoring method, the
/// score sheet (on the total, then the tie-break points) and the robustness draws (whose hot loop
/// keeps its own allocation-free copy, tested against this one) all rank this way.
public enum CompetitionRanking {
    /// Ranks `values` from the highest (rank 1) down, or from the lowest when `higherIsBetter` is false.
    public static func ranks(_ values: [Double], higherIsBetter: Bool = true) -> [Int] {
        ranks(keys: values.map { [higherIsBetter ? $0 : -$0] })
    }

    /// Ranks rows of keys compared in order, highest first: the first key decides, the next breaks its
    /// ties, and rows equal on every key share a rank.
    public static func ranks(keys: [[Double]]) -> [Int] {
        let order = keys.indices.sorted { a, b in
            for (x, y) in zip(keys[a], keys[b]) where x != y { return x > y }
            return a < b
        }
        var ranks = Array(repeating: 0, count: keys.count)
        for (position, index) in order.enumerated() {
            if position > 0, keys[order[position - 1]] == keys[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}
