import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `bump`: each province's competition rank on one indicator in each period, rank 1 at the top.
enum BumpFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicator = try context.indicators(maximum: 1)[0]
        let periods = try context.periods()
        let scope = try context.scope(indicators: [indicator], periods: periods)
        let language = context.language, words = context.words
        var evidence = FigureEvidence()
        let values = scope.map { province in periods.map { context.value(province, $0, indicator, &evidence).value } }
        let ranks = FigureStatistics.ranksPerPeriod(values)
        let chart = BumpChart(
            chrome: context.chrome(
                title: words.rankTitle.fill(["indicator": indicator.label(language), "period": periodsTitle(periods, language)]),
                subtitle: context.subtitle([words.rankOneIsHighest], unit: nil), decimals: 0, evidence: evidence),
            periods: periods.map(\.description), items: scope.indices.map { BumpChart.Item(name: context.name(scope[$0]), ranks: ranks[$0]) })
        return evidence.figure(chart, data: context.data)
    }
}
