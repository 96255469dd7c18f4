import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `radar`: one or more provinces' profiles on several indicators, each scaled 0–100 between the
/// lowest and the highest province compared, against the average province; and the report's
/// province profiles, one radar per province.
enum RadarFigures {
    static let maximumProfiles = 6

    static func make(_ context: FigureContext) throws -> Figure {
        let indicators = try context.indicators(minimum: 3)
        guard context.request.provinces.count <= maximumProfiles else {
            throw InputError(
                parameter: .province, message: "at most \(maximumProfiles) provinces (\(option: .province)) stay readable on one radar",
                vietnamese: "một biểu đồ mạng nhện chỉ đọc được với tối đa \(maximumProfiles) tỉnh (\(option: .province))")
        }
        let period = try context.period()
        var everyoneRequest = context.request
        everyoneRequest.provinces = []
        let everyone = try FigureContext(context.data, everyoneRequest).scope(indicators: indicators, periods: [period])
        let profiled = context.request.provinces.isEmpty ? Array(everyone.prefix(2)) : try context.scope(indicators: indicators, periods: [period])
        var evidence = FigureEvidence()
        let comparison = (everyone + profiled.filter { !everyone.contains($0) })
        let table = comparison.map { p in indicators.map { context.value(p, period, $0, &evidence).value } }
        let profiles = FigureStatistics.Profiles(table: table)
        let language = context.language, words = context.words
        let series = profiled.map { p in ChartSeries(name: context.name(p), values: profiles.profile(of: comparison.firstIndex(of: p)!)) }
        let chart = RadarChart(
            chrome: context.chrome(
                title: words.profileTitle.fill(["period": periodTitle(period, language)]), subtitle: context.subtitle(unit: nil),
                decimals: 0, evidence: evidence),
            axes: indicators.map { $0.label(language) }, series: series,
            reference: ChartSeries(name: context.data.cluster == nil ? words.average : words.clusterAverage, values: profiles.average))
        return evidence.figure(chart, data: context.data)
    }

    /// The report's province profiles: one radar per province over `indicators` (those with figures
    /// in the period), against the cluster average; none when fewer than three indicators have figures.
    static func profiles(_ context: FigureContext, indicators ids: [String], period: Period, scope: [Int]) -> [(province: Int, figure: Figure)] {
        let used = ids.compactMap { context.dataset.catalog[$0] }.filter { indicator in
            scope.contains { context.observation($0, period, indicator) != nil }
        }
        guard used.count >= 3 else { return [] }
        var evidence = FigureEvidence()
        let profiles = FigureStatistics.Profiles(table: scope.map { p in used.map { context.value(p, period, $0, &evidence).value } })
        let language = context.language, words = context.words
        return scope.enumerated().map { row, province in
            let name = context.name(province)
            let chart = RadarChart(
                chrome: ChartChrome(
                    title: name, subtitle: periodTitle(period, language), footnotes: [], locale: language, maxDecimals: 0,
                    theme: context.request.theme),
                axes: used.map { $0.label(language) }, series: [ChartSeries(name: name, values: profiles.profile(of: row))],
                reference: ChartSeries(name: context.data.cluster == nil ? words.average : words.clusterAverage, values: profiles.average),
                explainsScale: false)
            return (province, Figure(chart: chart, sources: evidence.sources, notes: []))
        }
    }
}
