import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartRadarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radar",
        abstract: "One or more provinces' profiles on several indicators, 0–100, against the cluster average.",
        discussion: """
        Each indicator is normalised min–max across the provinces of the cluster (or all provinces with \
        figures): 0 is the lowest province, 100 the highest. The dashed outline is the average province on \
        the same scale. Give the provinces to profile with --province (up to six; default: the first two \
        of the cluster).

        Example:
          coopchart chart radar samples/*.csv --cluster dbsh-2017 --indicator htx --indicator new_htx --indicator members \\
              --indicator revenue_avg --indicator effective_share --province "Ninh Bình" --province "Hà Nam" --year 2017 -o profile.png
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label, one axis each (repeatable, at least 3).", valueName: "ID")) var indicator: [String]
    @Option(name: .customLong("province"), help: ArgumentHelp("A province to profile (repeatable, up to 6).", valueName: "NAME")) var provinces: [String] = []
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @OptionGroup var rendering: RenderingOptions

    func validate() throws {
        if indicator.count < 3 { throw ValidationError("a radar needs at least three --indicator options (its axes)") }
        if provinces.count > 6 { throw ValidationError("at most six --province profiles stay readable on one radar") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year, indicator: indicator.first)
            let indicators = try indicator.map { try inputs.indicator($0) }
            let period = try parsePeriod(year)
            let everyone = try inputs.scope(indicators: indicators, periods: [period], provinces: [])
            let profiled = provinces.isEmpty ? Array(everyone.prefix(2)) : try inputs.scope(indicators: indicators, periods: [period], provinces: provinces)
            let language = inputs.language
            // Min–max over the comparison set; all-equal values sit at 50 rather than dividing by zero.
            let table: [[Double?]] = everyone.map { p in indicators.map { inputs.dataset.observation(province: p, period: period, indicator: $0.id)?.value } }
            func score(_ value: Double?, _ column: Int) -> ChartValue {
                let present = table.compactMap { $0[column] }
                guard let value, let low = present.min(), let high = present.max() else { return .missing }
                return ChartValue(high > low ? (value - low) / (high - low) * 100 : 50)
            }
            let series = profiled.map { p in
                ChartSeries(name: inputs.name(p), values: indicators.enumerated().map { c, ind in
                    _ = inputs.value(p, period, ind)
                    return score(inputs.dataset.observation(province: p, period: period, indicator: ind.id)?.value, c)
                })
            }
            for p in everyone { for ind in indicators { _ = inputs.value(p, period, ind) } }
            let averages = indicators.indices.map { c -> ChartValue in
                let present = table.compactMap { $0[c] }
                guard !present.isEmpty else { return .missing }
                return score(present.reduce(0, +) / Double(present.count), c)
            }
            let averageName = inputs.cluster == nil ? ChartStrings(language).average : (language == .vi ? "Bình quân cụm" : "Cluster average")
            let chart = RadarChart(
                chrome: inputs.chrome(title: (language == .vi ? "Hồ sơ chỉ tiêu " : "Indicator profile ") + periodTitle(period, language),
                                      subtitle: inputs.subtitle([], unit: nil), decimals: 0, theme: try rendering.resolvedTheme()),
                axes: indicators.map { $0.label(language) }, series: series, reference: ChartSeries(name: averageName, values: averages))
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
