import ArgumentParser
import CoopAnalytics
import CoopCharts

struct ChartBumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bump",
        abstract: "Each province's rank on one indicator over several periods, rank 1 at the top.",
        discussion: """
        Ranks are competition ranks (1, 2, 2, 4) among the provinces drawn, highest value first. Names \
        stand at both ends with the first and last rank; a period without a figure breaks the line.

        Example:
          coopchart chart bump samples/*.csv --indicator new_htx --years 2015-2019 -o rank-trend.png
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
            let indicator = try inputs.indicator(self.indicator)
            let periods = try ChartInputs.periods(years)
            let scope = try inputs.scope(indicators: [indicator], periods: periods, provinces: provinces)
            var ranks = Array(repeating: [Int?](repeating: nil, count: periods.count), count: scope.count)
            for (p, period) in periods.enumerated() {
                let values = scope.map { inputs.value($0, period, indicator).value }
                let present = values.indices.filter { values[$0] != nil }
                let ranked = CompetitionRanking.ranks(present.map { values[$0]! })
                for (k, index) in present.enumerated() { ranks[index][p] = ranked[k] }
            }
            let language = inputs.language
            let chart = BumpChart(
                chrome: inputs.chrome(title: (language == .vi ? "Thứ hạng: " : "Rank: ") + "\(indicator.label(language)) \(inputs.periodsTitle(periods))",
                                      subtitle: inputs.subtitle([language == .vi ? "Hạng 1 = cao nhất" : "Rank 1 = highest"], unit: nil), decimals: 0,
                                      theme: try rendering.resolvedTheme()),
                periods: periods.map(\.description), items: scope.indices.map { BumpChart.Item(name: inputs.name(scope[$0]), ranks: ranks[$0]) })
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
