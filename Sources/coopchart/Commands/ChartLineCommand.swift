import ArgumentParser
import CoopAnalytics
import CoopCharts

struct ChartLineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "Each province's values of one indicator over several periods, one named line each.",
        discussion: """
        Lines are named at their right end; names are moved apart so they never overlap, and when there \
        is not room for all, the highest and lowest keep theirs and the note says how many were left out. \
        A missing period breaks the line and is named in a note. More than twelve provinces are drawn as \
        small multiples on a shared scale instead.

        Examples:
          coopchart chart line samples/*.csv --indicator new_htx --years 2015-2019 -o new-htx-trend.png
          coopchart chart line samples/*.csv --indicator htx --years 2015-2019 --province "Thái Bình" --province "Nam Định" -o two.svg
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label.", valueName: "ID")) var indicator: String
    @Option(help: ArgumentHelp("Years: 2015-2019 or 2015,2017,2019.", valueName: "A-B")) var years: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, indicator: indicator)
            let trend = try inputs.trend(indicator: indicator, years: years, provinces: provinces, theme: try rendering.resolvedTheme())
            let chart = LineChart(chrome: trend.chrome, periods: trend.periods.map(\.description), series: trend.series)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
