import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `column`: one indicator in one period as bars in a fixed order (registry, value, name, or the
/// order of the requested provinces), with the plain average of the provinces drawn.
enum ColumnFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicator = try context.indicators(maximum: 1)[0]
        let period = try context.period()
        var scope = try context.scope(indicators: [indicator], periods: [period])
        if context.request.provinces.isEmpty {
            switch context.request.order {
            case .registry: break
            case .name: scope.sort { context.name($0).matchingKey < context.name($1).matchingKey }
            case .value:
                // Highest first; provinces without a figure go last, in registry order.
                let values = Dictionary(uniqueKeysWithValues: scope.map { ($0, context.observation($0, period, indicator)?.value ?? -.infinity) })
                scope.sort { values[$0]! > values[$1]! }
            }
        }
        var evidence = FigureEvidence()
        let values = scope.map { context.value($0, period, indicator, &evidence) }
        let average = FigureStatistics.mean(values)
        let language = context.language
        let chart = CategoryBarChart(
            chrome: context.chrome(
                title: "\(indicator.label(language)) \(periodTitle(period, language))",
                subtitle: context.subtitle(unit: indicator.unit(language)), decimals: context.decimals([indicator]),
                evidence: evidence),
            categories: scope.map(context.name), series: [ChartSeries(name: period.description, values: values)],
            reference: average.map { ChartReference(value: $0.value, name: context.words.average, bound: $0.bound, maxDecimals: 1) })
        return evidence.figure(chart, data: context.data)
    }
}
