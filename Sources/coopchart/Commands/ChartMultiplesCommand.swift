import ArgumentParser
import CoopAnalytics
import CoopCharts

struct ChartMultiplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "multiples",
        abstract: "Small multiples: one small panel per province on a shared scale.",
        discussion: """
        Each province gets a panel with its line over the periods (a single bar when one period is \
        given), all on one scale so panels compare at a glance; each panel prints its latest value.

        Example:
          coopchart chart multiples samples/*.csv --indicator htx --years 2015-2019 -o htx-panels.png --size a4-landscape
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label.", valueName: "ID")) var indicator: String
    @Option(help: ArgumentHelp("Years: 2015-2019, 2015,2017 or one period.", valueName: "A-B")) var years: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, indicator: indicator)
            let trend = try inputs.trend(indicator: indicator, years: years, provinces: provinces, theme: try rendering.resolvedTheme())
            let chart = SmallMultiplesChart(chrome: trend.chrome, periods: trend.periods.map(\.description), series: trend.series)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
