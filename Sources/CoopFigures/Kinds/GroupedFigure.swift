import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `grouped`: bars side by side per province — several indicators in one period, or one indicator
/// over several periods.
enum GroupedFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicators = try context.indicators()
        let periods = try context.periods()
        if indicators.count > 1 && periods.count > 1 {
            throw InputError(
                parameter: .years,
                message: "with several indicators give one year (e.g. \(option: .years) 2017); with several years give one indicator (\(option: .indicator))",
                vietnamese: "với nhiều chỉ tiêu hãy chọn một năm (ví dụ \(option: .years) 2017); với nhiều năm hãy chọn một chỉ tiêu (\(option: .indicator))")
        }
        let scope = try context.scope(indicators: indicators, periods: periods)
        let language = context.language
        var evidence = FigureEvidence()
        let series: [ChartSeries]
        if indicators.count > 1 {
            series = indicators.map { ind in ChartSeries(name: ind.label(language), values: scope.map { context.value($0, periods[0], ind, &evidence) }) }
        } else {
            series = periods.map { period in ChartSeries(name: period.description, values: scope.map { context.value($0, period, indicators[0], &evidence) }) }
        }
        let units = Set(indicators.map { $0.unit(language) })
        let title =
            indicators.count > 1
            ? indicators.map { $0.label(language) }.joined(separator: ", ") + " " + periodTitle(periods[0], language)
            : "\(indicators[0].label(language)) \(periodsTitle(periods, language))"
        let chart = CategoryBarChart(
            chrome: context.chrome(
                title: title, subtitle: context.subtitle(unit: units.count == 1 ? units.first : nil),
                decimals: context.decimals(indicators), evidence: evidence),
            categories: scope.map(context.name), series: series, arrangement: .grouped)
        return evidence.figure(chart, data: context.data)
    }
}
