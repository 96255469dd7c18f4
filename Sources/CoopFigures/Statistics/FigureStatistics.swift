import CoopAnalytics
import CoopCharts
import CoopFormatting

/// The statistics charts show beside the figures themselves: averages, per-period ranks and min–max
/// profiles. Each is a pure function of plain values, tested on its own.
enum FigureStatistics {
    /// The plain mean of the values present, approximate when any of them is not exact; nil when none.
    static func mean(_ values: [ChartValue]) -> (value: Double, bound: ValueBound)? {
        let present = values.filter { $0.value != nil }
        guard !present.isEmpty else { return nil }
        let mean = present.reduce(0) { $0 + $1.value! } / Double(present.count)
        return (mean, present.allSatisfy { $0.bound == .exact } ? .exact : .approx)
    }

    /// `values[province][period]` → competition ranks (1 = highest) within each period among the
    /// provinces with a figure; a missing figure has no rank.
    static func ranksPerPeriod(_ values: [[Double?]]) -> [[Int?]] {
        guard let periods = values.first?.count else { return [] }
        var ranks = Array(repeating: [Int?](repeating: nil, count: periods), count: values.count)
        for p in 0..<periods {
            let present = values.indices.filter { values[$0][p] != nil }
            let ranked = CompetitionRanking.ranks(present.map { values[$0][p]! })
            for (k, province) in present.enumerated() { ranks[province][p] = ranked[k] }
        }
        return ranks
    }

    /// Min–max profiles for radars: `table[province][indicator]` → 0 (the lowest province) … 100 (the
    /// highest), each indicator on its own; all-equal values sit at 50 rather than dividing by zero. Also
    /// the average province on the same scale.
    struct Profiles {
        let table: [[Double?]]

        func score(_ value: Double?, column: Int) -> ChartValue {
            let present = table.compactMap { $0[column] }
            guard let value, let low = present.min(), let high = present.max() else { return .missing }
            return ChartValue(high > low ? (value - low) / (high - low) * 100 : 50)
        }

        func profile(of row: Int) -> [ChartValue] {
            table[row].indices.map { score(table[row][$0], column: $0) }
        }

        var average: [ChartValue] {
            guard let columns = table.first?.count else { return [] }
            return (0..<columns).map { column in
                let present = table.compactMap { $0[column] }
                return present.isEmpty ? .missing : score(present.reduce(0, +) / Double(present.count), column: column)
            }
        }
    }
}
