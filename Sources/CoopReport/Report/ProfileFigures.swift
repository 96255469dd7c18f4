import CoopAnalytics
import CoopCharts
import CoopFormatting

/// Province profiles: one radar per province over the key indicators, each indicator scaled 0–100
/// between the cluster's lowest and highest value, drawn against the cluster average.
enum ProfileFigures {
    static let indicators = ["new_htx", "htx", "members", "credit_funds", "tht", "revenue_avg", "effective_share"]

    static func radars(dataset: Dataset, period: Period, scope: [Int], language: Language) -> [any Chart] {
        let used = indicators.compactMap { dataset.catalog[$0] }.filter { indicator in
            scope.contains { dataset.observation(province: $0, period: period, indicator: indicator.id) != nil }
        }
        guard used.count >= 3 else { return [] }
        let values = scope.map { province in used.map { dataset.observation(province: province, period: period, indicator: $0.id)?.value } }
        // All-equal values sit at 50 rather than dividing by zero.
        func scaled(_ value: Double?, _ column: Int) -> ChartValue {
            let present = values.compactMap { $0[column] }
            guard let value, let low = present.min(), let high = present.max() else { return .missing }
            return ChartValue(high > low ? (value - low) / (high - low) * 100 : 50)
        }
        let average = used.indices.map { column -> ChartValue in
            let present = values.compactMap { $0[column] }
            return present.isEmpty ? .missing : scaled(present.reduce(0, +) / Double(present.count), column)
        }
        let averageName = language == .vi ? "Bình quân cụm" : "Cluster average"
        return scope.enumerated().map { row, province in
            let name = dataset.registry.provinces[province].name
            return RadarChart(
                chrome: ChartChrome(title: name, subtitle: "", footnotes: [], locale: language, maxDecimals: 0),
                axes: used.map { $0.label(language) },
                series: [ChartSeries(name: name, values: used.indices.map { scaled(values[row][$0], $0) })],
                reference: ChartSeries(name: averageName, values: average))
        }
    }
}
