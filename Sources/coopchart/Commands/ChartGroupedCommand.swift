import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartGroupedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grouped",
        abstract: "Several periods, or several indicators, side by side for each province.",
        discussion: """
        Give one indicator and a range of years to compare periods, or several --indicator options and one \
        year to compare indicators that share a unit. Provinces stand in registry order; a legend names \
        the bars; missing figures leave a gap marked "—" and are named in a note.

        Examples:
          coopchart chart grouped samples/*.csv --indicator new_htx --years 2015-2019 -o new-htx-years.png
          coopchart chart grouped samples/*.csv --indicator new_htx --indicator target_new_htx --years 2017 -o plan.pdf
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label (repeatable).", valueName: "ID")) var indicator: [String]
    @Option(help: ArgumentHelp("Years: 2015-2019, 2015,2017 or one period.", valueName: "A-B")) var years: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces, in this order (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func validate() throws {
        if indicator.isEmpty { throw ValidationError("give at least one --indicator") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, indicator: indicator.first)
            let indicators = try indicator.map { try inputs.indicator($0) }
            let periods = try ChartInputs.periods(years)
            if indicators.count > 1 && periods.count > 1 {
                throw InputError(file: "--years", message: "with several indicators give one year (e.g. --years 2017); with several years give one indicator")
            }
            let scope = try inputs.scope(indicators: indicators, periods: periods, provinces: provinces)
            let language = inputs.language
            let series: [ChartSeries]
            if indicators.count > 1 {
                series = indicators.map { ind in ChartSeries(name: ind.label(language), values: scope.map { inputs.value($0, periods[0], ind) }) }
            } else {
                series = periods.map { period in ChartSeries(name: period.description, values: scope.map { inputs.value($0, period, indicators[0]) }) }
            }
            let units = Set(indicators.map { $0.unit(language) })
            let title = indicators.count > 1 ? indicators.map { $0.label(language) }.joined(separator: ", ") + " " + periodTitle(periods[0], language)
                : "\(indicators[0].label(language)) \(inputs.periodsTitle(periods))"
            let chart = CategoryBarChart(
                chrome: inputs.chrome(title: title, subtitle: inputs.subtitle([], unit: units.count == 1 ? units.first : nil),
                                      decimals: indicators.allSatisfy(\.isCount) ? 0 : 1, theme: try rendering.resolvedTheme()),
                categories: scope.map(inputs.name), series: series, arrangement: .grouped)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
