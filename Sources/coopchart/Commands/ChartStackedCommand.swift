import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartStackedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stacked",
        abstract: "The composition of a total per province: indicators stacked, absolute or as 100 %.",
        discussion: """
        Each --indicator is one layer of the stack, bottom first (e.g. HTX, credit funds and unions as \
        the collective-economy organisations of a province). --percent draws every province's stack as \
        100 % with the shares printed where they fit; negative values cannot be shares and are named.

        Examples:
          coopchart chart stacked samples/*.csv --indicator htx --indicator credit_funds --indicator unions --year 2017 -o orgs.png
          coopchart chart stacked samples/*.csv --indicator htx --indicator tht --year 2017 --percent -o share.pdf --theme print
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label, one per layer, bottom first (repeatable, at least 2).", valueName: "ID")) var indicator: [String]
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @Flag(help: "Draw each stack as 100 % (shares) instead of absolute values.") var percent = false
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces, in this order (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func validate() throws {
        if indicator.count < 2 { throw ValidationError("a stack needs at least two --indicator options (its layers)") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year, indicator: indicator.first)
            let indicators = try indicator.map { try inputs.indicator($0) }
            let period = try parsePeriod(year)
            let scope = try inputs.scope(indicators: indicators, periods: [period], provinces: provinces)
            let language = inputs.language
            let series = indicators.map { ind in ChartSeries(name: ind.label(language), values: scope.map { inputs.value($0, period, ind) }) }
            let units = Set(indicators.map { $0.unit(language) })
            if units.count > 1 && !percent {
                Diagnostics.note("note: the layers have different units (\(units.sorted().joined(separator: ", "))); their sum counts organisations of several kinds")
            }
            let title = (language == .vi ? "Cơ cấu " : "Composition: ") + indicators.map { $0.label(language) }.joined(separator: " + ") + " " + periodTitle(period, language)
            let chart = CategoryBarChart(
                chrome: inputs.chrome(title: title, subtitle: inputs.subtitle(percent ? [language == .vi ? "Tỷ trọng (%)" : "Shares (%)"] : [],
                                                                            unit: percent || units.count != 1 ? nil : units.first),
                                      decimals: indicators.allSatisfy(\.isCount) ? 0 : 1, theme: try rendering.resolvedTheme()),
                categories: scope.map(inputs.name), series: series, arrangement: percent ? .stackedPercent : .stacked)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
