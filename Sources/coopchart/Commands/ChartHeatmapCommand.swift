import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartHeatmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Provinces × indicators, each cell coloured by its place among the provinces, values printed.",
        discussion: """
        Colours are normalised within each indicator (lowest to highest among the provinces drawn), so \
        indicators with different units share one scale; the figures themselves are printed in the cells \
        (with ≈, > or < when they are approximate or bounds). Missing cells are white, marked "—" and named.

        Example:
          coopchart chart heatmap samples/*.csv --indicator htx --indicator new_htx --indicator members --indicator revenue_avg --year 2017 -o profile.png
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label, one column each (repeatable).", valueName: "ID")) var indicator: [String]
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func validate() throws {
        if indicator.isEmpty { throw ValidationError("give at least one --indicator") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year, indicator: indicator.first)
            let indicators = try indicator.map { try inputs.indicator($0) }
            let period = try parsePeriod(year)
            let scope = try inputs.scope(indicators: indicators, periods: [period], provinces: provinces)
            let values = scope.map { p in indicators.map { inputs.value(p, period, $0) } }
            let language = inputs.language
            let chart = HeatmapChart(
                chrome: inputs.chrome(title: (language == .vi ? "Các chỉ tiêu " : "Indicators ") + periodTitle(period, language),
                                      subtitle: inputs.subtitle([], unit: nil), decimals: 1, theme: try rendering.resolvedTheme()),
                rows: scope.map(inputs.name),
                columns: indicators.map { HeatmapChart.Column(label: "\($0.label(language)) (\($0.unit(language)))", maxDecimals: $0.isCount ? 0 : 1) },
                values: values)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
