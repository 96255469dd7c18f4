import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `donut`: each province's share of the total of an indicator that adds up.
enum DonutFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicator = try context.indicators(maximum: 1)[0]
        guard indicator.aggregation == .sum else {
            throw InputError(
                parameter: .indicator,
                message: "\(indicator.id) is an average or a share and does not add up to a total; a donut needs a count such as htx or new_htx",
                vietnamese: "\(indicator.id) là số bình quân hay tỷ lệ, không cộng thành tổng; biểu đồ vành khuyên cần một chỉ tiêu đếm như htx hay new_htx")
        }
        let period = try context.period()
        let scope = try context.scope(indicators: [indicator], periods: [period])
        var evidence = FigureEvidence()
        let items = scope.map { DonutChart.Item(label: context.name($0), value: context.value($0, period, indicator, &evidence)) }
        let language = context.language
        let chart = DonutChart(
            chrome: context.chrome(
                title: context.words.sharesTitle.fill([
                    "indicator": context.inTitle(indicator.label(language)),
                    "period": periodTitle(period, language),
                ]),
                subtitle: context.subtitle(unit: indicator.unit(language)), decimals: 0, evidence: evidence),
            items: items)
        if case let .unreadable(count, named, share) = chart.grouping {
            throw InputError(
                parameter: .province,
                message: "\(count) provinces with nearly equal shares: the \(named) largest hold only "
                    + "\(Language.en.formatPercent(share * 100, decimals: 1)) of the total, so a donut would be mostly \"\(chart.chrome.strings.other)\"; "
                    + "draw a bar chart of \(indicator.id) instead, or choose at most \(named) provinces (\(option: .province))",
                vietnamese: "\(count) tỉnh có tỷ trọng gần bằng nhau: \(named) tỉnh lớn nhất chỉ chiếm "
                    + "\(Language.vi.formatPercent(share * 100, decimals: 1)) tổng số, nên biểu đồ vành khuyên sẽ gần như toàn là \"\(chart.chrome.strings.other)\"; "
                    + "hãy vẽ biểu đồ thanh của \(indicator.id), hoặc chọn tối đa \(named) tỉnh (\(option: .province))")
        }
        return evidence.figure(chart, data: context.data)
    }
}
