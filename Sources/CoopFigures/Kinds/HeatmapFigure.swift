import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `heatmap`: provinces × indicators, each cell coloured by its place among the provinces, values printed.
enum HeatmapFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicators = try context.indicators()
        let period = try context.period()
        let scope = try context.scope(indicators: indicators, periods: [period])
        let language = context.language
        var evidence = FigureEvidence()
        let values = scope.map { p in indicators.map { context.value(p, period, $0, &evidence) } }
        let chart = HeatmapChart(
            chrome: context.chrome(
                title: context.words.indicatorsTitle.fill(["period": periodTitle(period, language)]),
                subtitle: context.subtitle(unit: nil), decimals: 1, evidence: evidence),
            rows: scope.map(context.name),
            columns: indicators.map { HeatmapChart.Column(label: "\($0.label(language)) (\($0.unit(language)))", maxDecimals: $0.decimals) },
            values: values)
        return evidence.figure(chart, data: context.data)
    }
}
