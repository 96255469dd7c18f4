import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `bar`: one indicator in one period, ranked from the highest value down, with the cluster total in
/// the subtitle and the average as a dashed line. With several sources each bar carries the number
/// of its own (¹ ²), so an illustrative figure never passes for a published one.
enum BarFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicator = try context.indicators(maximum: 1)[0]
        let period = try context.period()
        let scope = try context.scope(indicators: [indicator], periods: [period])
        let table = IndicatorTable(dataset: context.dataset, indicator: indicator, period: period, scope: scope)
        guard !table.rows.isEmpty else {
            let have = Set(context.dataset.observations.lazy.filter { $0.indicator == indicator.id }.map(\.period)).sorted().map(\.description)
            throw InputError(
                parameter: .year,
                message: "no figures for \(indicator.id) in \(period)\(context.data.cluster.map { " in \($0.name)" } ?? ""); "
                    + "periods with \(indicator.id): \(have.isEmpty ? "none" : have.joined(separator: ", "))",
                vietnamese: "không có số liệu \(indicator.id) trong kỳ \(period)\(context.data.cluster.map { " của cụm \($0.name)" } ?? ""); "
                    + "các kỳ có \(indicator.id): \(have.isEmpty ? "không có" : have.joined(separator: ", "))")
        }
        return chart(table, context)
    }

    /// The ranking chart of an indicator table: also the chart of each indicator page of the report.
    static func chart(_ table: IndicatorTable, _ context: FigureContext) -> Figure {
        var evidence = FigureEvidence()
        for row in table.rows { evidence.record(context.observation(row.province, table.period, table.indicator)) }
        let language = context.language, words = context.words
        let indicator = table.indicator
        let decimals = context.decimals([indicator])
        let bars = table.rows.map { row in
            RankingBarChart.Bar(label: context.name(row.province) + evidence.mark(for: row.source), value: row.value, bound: row.qualifier)
        }
        var parts: [String] = []
        if let total = table.total, total.method == .sum {
            parts.append(words.totalLead + language.format(total.value, bound: total.qualifier, maxDecimals: decimals))
        }
        var subtitle = context.subtitle(unit: indicator.unit(language))
        if !parts.isEmpty { subtitle += " · " + parts.joined(separator: " · ") }
        var reference: ChartReference?
        if let average = table.average {
            let name: String
            switch average.method {
            case .weightedMean(let weight):
                name = words.weightedAverage.fill(["weight": (context.dataset.catalog[weight]?.label(language) ?? weight).lowercased()])
            default:
                // An average over the reporting provinces only must not pass for the cluster's.
                name =
                    !table.missing.isEmpty
                    ? words.averageOfReporting.fill(["count": String(table.rows.count)])
                    : (context.data.cluster == nil ? words.average : words.clusterAverage)
            }
            reference = ChartReference(value: average.value, name: name, bound: average.qualifier, maxDecimals: 1)
        }
        let chrome = ChartChrome(
            title: "\(indicator.label(language)) \(periodTitle(table.period, language))", subtitle: subtitle,
            footnotes: evidence.footnotes(context.data, words: words, numbered: true), locale: language,
            maxDecimals: decimals, theme: context.request.theme)
        let chart = RankingBarChart(chrome: chrome, bars: bars, reference: reference, missingLabels: table.missing.map(context.name))
        return evidence.figure(chart, data: context.data)
    }
}
