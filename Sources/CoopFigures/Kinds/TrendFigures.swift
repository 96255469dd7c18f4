import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `line` and `multiples`: one indicator over several periods, a line (or a panel) per province.
/// A period without a figure breaks the line; a bounded or approximate point keeps its mark.
enum TrendFigures {
    static func line(_ context: FigureContext) throws -> Figure {
        let trend = try self.trend(context)
        return trend.evidence.figure(LineChart(chrome: trend.chrome, periods: trend.periods, series: trend.series), data: context.data)
    }

    static func multiples(_ context: FigureContext) throws -> Figure {
        let trend = try self.trend(context)
        return trend.evidence.figure(SmallMultiplesChart(chrome: trend.chrome, periods: trend.periods, series: trend.series), data: context.data)
    }

    private static func trend(_ context: FigureContext) throws -> (periods: [String], series: [ChartSeries], chrome: ChartChrome, evidence: FigureEvidence) {
        let indicator = try context.indicators(maximum: 1)[0]
        let periods = try context.periods()
        let scope = try context.scope(indicators: [indicator], periods: periods)
        let language = context.language
        var evidence = FigureEvidence()
        let series = scope.map { province in
            ChartSeries(name: context.name(province), values: periods.map { context.value(province, $0, indicator, &evidence) })
        }
        let chrome = context.chrome(
            title: "\(indicator.label(language)) \(periodsTitle(periods, language))",
            subtitle: context.subtitle(unit: indicator.unit(language)), decimals: context.decimals([indicator]),
            evidence: evidence)
        return (periods.map(\.description), series, chrome, evidence)
    }
}
