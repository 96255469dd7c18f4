import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `stacked`: the composition of a total per province, one indicator per layer, absolute or as 100 %.
enum StackedFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicators = try context.indicators(minimum: 2)
        let period = try context.period()
        let scope = try context.scope(indicators: indicators, periods: [period])
        let language = context.language, words = context.words
        var evidence = FigureEvidence()
        let series = indicators.map { ind in ChartSeries(name: ind.label(language), values: scope.map { context.value($0, period, ind, &evidence) }) }
        let units = Set(indicators.map { $0.unit(language) })
        let percent = context.request.percent
        let title = words.compositionTitle.fill([
            "indicators": indicators.map { $0.label(language) }.joined(separator: " + "),
            "period": periodTitle(period, language),
        ])
        let chart = CategoryBarChart(
            chrome: context.chrome(
                title: title,
                subtitle: context.subtitle(
                    percent ? [words.sharesPercent] : [],
                    unit: percent || units.count != 1 ? nil : units.first),
                decimals: context.decimals(indicators), evidence: evidence),
            categories: scope.map(context.name), series: series, arrangement: percent ? .stackedPercent : .stacked)
        return evidence.figure(chart, data: context.data)
    }
}
