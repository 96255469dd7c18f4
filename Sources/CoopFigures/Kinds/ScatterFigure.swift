import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `scatter`: two indicators against each other, a labelled point per province, optionally sized by a third.
enum ScatterFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        guard let xText = context.request.x, let yText = context.request.y else {
            throw InputError(
                parameter: context.request.x == nil ? .x : .y, message: "a scatter needs two indicators: \(option: .x) htx \(option: .y) revenue_avg",
                vietnamese: "biểu đồ tán xạ cần hai chỉ tiêu: \(option: .x) htx \(option: .y) revenue_avg")
        }
        let xIndicator = try context.indicator(xText, parameter: .x), yIndicator = try context.indicator(yText, parameter: .y)
        let sizeIndicator = try context.request.bubble.map { try context.indicator($0, parameter: .bubble) }
        let period = try context.period()
        let scope = try context.scope(indicators: [xIndicator, yIndicator], periods: [period])
        let language = context.language
        var evidence = FigureEvidence()
        let items = scope.map { p in
            ScatterChart.Item(
                label: context.name(p), x: context.value(p, period, xIndicator, &evidence), y: context.value(p, period, yIndicator, &evidence),
                size: sizeIndicator.map { context.value(p, period, $0, &evidence) })
        }
        func title(_ indicator: Indicator) -> String { "\(indicator.label(language)) (\(indicator.unit(language)))" }
        let chart = ScatterChart(
            chrome: context.chrome(
                title: "\(yIndicator.label(language)) / \(context.inTitle(xIndicator.label(language))) \(periodTitle(period, language))",
                subtitle: context.subtitle(unit: nil), decimals: 1, evidence: evidence),
            items: items, xTitle: title(xIndicator), yTitle: title(yIndicator), sizeTitle: sizeIndicator.map(title))
        return evidence.figure(chart, data: context.data)
    }
}
