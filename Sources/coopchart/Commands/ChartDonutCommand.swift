import CoopFormatting
import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartDonutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "donut",
        abstract: "Each province's share of the cluster total, as a ring.",
        discussion: """
        Shares are printed so that they add up to exactly 100 %. Provinces under 3 % of the total, or \
        beyond the seventh slice, are grouped as "Khác" ("Other" with --lang en) and named in a note. \
        Only indicators that add up (counts) make sense here; averages and shares are refused.

        Example:
          coopchart chart donut samples/*.csv --indicator new_htx --year 2017 -o new-htx-shares.png
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label (a count that adds up).", valueName: "ID")) var indicator: String
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year, indicator: indicator)
            let indicator = try inputs.indicator(self.indicator)
            guard indicator.aggregation == .sum else {
                throw InputError(file: "--indicator", message: "\(indicator.id) is an average or a share and does not add up to a total; a donut needs a count such as htx or new_htx")
            }
            let period = try parsePeriod(year)
            let scope = try inputs.scope(indicators: [indicator], periods: [period], provinces: provinces)
            let items = scope.map { DonutChart.Item(label: inputs.name($0), value: inputs.value($0, period, indicator)) }
            let language = inputs.language
            let chart = DonutChart(
                chrome: inputs.chrome(title: (language == .vi ? "Tỷ trọng " : "Shares: ") + "\(indicator.label(language).lowercasedFirst(language)) \(periodTitle(period, language))",
                                      subtitle: inputs.subtitle([], unit: indicator.unit(language)), decimals: 0, theme: try rendering.resolvedTheme()),
                items: items)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}

extension String {
    /// "HTX thành lập mới" stays (an acronym), "Thành viên" → "thành viên" inside a Vietnamese sentence.
    func lowercasedFirst(_ language: Language) -> String {
        guard language == .vi, let first = first, let second = dropFirst().first, !second.isUppercase else { return self }
        return first.lowercased() + dropFirst()
    }
}
