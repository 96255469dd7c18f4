import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartScatterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scatter",
        abstract: "Two indicators against each other, one labelled point per province, optionally sized by a third.",
        discussion: """
        Points are named beside themselves where there is room; the provinces farthest from the middle \
        are named first, so the extremes keep their names when space runs out (the note says how many \
        names were left out). Dashed lines mark the averages. --bubble sizes each point by a third \
        indicator (area proportional to the value). The bubble option is --bubble, not --size: --size is \
        the page size on every chart command.

        Examples:
          coopchart chart scatter samples/*.csv --x htx --y revenue_avg --year 2017 -o htx-revenue.png
          coopchart chart scatter samples/*.csv --x htx --y effective_share --bubble members --year 2017 -o bubbles.pdf
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator on the horizontal axis.", valueName: "ID")) var x: String
    @Option(help: ArgumentHelp("Indicator on the vertical axis.", valueName: "ID")) var y: String
    @Option(name: [.customLong("bubble"), .customLong("size-by")], help: ArgumentHelp("Indicator that sizes the points (area ∝ value); also --size-by.", valueName: "ID"))
    var bubble: String?
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year)
            let xIndicator = try inputs.indicator(x, option: "--x"), yIndicator = try inputs.indicator(y, option: "--y")
            let sizeIndicator = try bubble.map { try inputs.indicator($0, option: "--bubble") }
            let period = try parsePeriod(year)
            let scope = try inputs.scope(indicators: [xIndicator, yIndicator], periods: [period], provinces: provinces)
            let language = inputs.language
            let items = scope.map { p in
                ScatterChart.Item(label: inputs.name(p), x: inputs.value(p, period, xIndicator), y: inputs.value(p, period, yIndicator),
                                  size: sizeIndicator.map { inputs.value(p, period, $0) })
            }
            func title(_ indicator: Indicator) -> String { "\(indicator.label(language)) (\(indicator.unit(language)))" }
            let chart = ScatterChart(
                chrome: inputs.chrome(title: "\(yIndicator.label(language)) / \(xIndicator.label(language).lowercasedFirst(language)) \(periodTitle(period, language))",
                                      subtitle: inputs.subtitle([], unit: nil), decimals: 1, theme: try rendering.resolvedTheme()),
                items: items, xTitle: title(xIndicator), yTitle: title(yIndicator), sizeTitle: sizeIndicator.map(title))
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
