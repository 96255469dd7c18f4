import CoopAnalytics
import CoopCharts
import CoopFormatting

/// Turns an indicator table (provinces, figures, sources) into a ranking bar chart of plain values:
/// the charts library never learns what a province is.
public enum RankingBarChartBuilder {
    public static func chart(for table: IndicatorTable, dataset: Dataset, cluster: Cluster?, language: Language) -> RankingBarChart {
        let registry = dataset.registry
        let indicator = table.indicator
        let decimals = indicator.isCount ? 0 : 1
        // With several sources, each bar carries the superscript number of its source in the footnote,
        // so an illustrative figure can never pass for a published one.
        let numbered = table.sources.count > 1
        let bars = table.rows.map { row in
            var label = registry.provinces[row.province].name
            if numbered, let source = row.source, let index = table.sources.firstIndex(of: source) {
                label += superscript(index + 1)
            }
            return RankingBarChart.Bar(label: label, value: row.value, bound: row.qualifier)
        }
        var subtitle = [indicator.label(language), periodTitle(table.period, language), "\(language == .vi ? "Đơn vị" : "Unit"): \(indicator.unit(language))"]
        if let cluster { subtitle.append(cluster.title) }
        if let total = table.total, total.method == .sum {
            let lead = language == .vi ? "Tổng" : "Total"
            subtitle.append("\(lead): \(language.format(total.value, bound: total.qualifier, maxDecimals: decimals))")
        }
        var reference: ChartReference?
        if let average = table.average {
            let label: String
            switch (average.method, language) {
            case (.weightedMean(let weight), .vi): label = "Bình quân gia quyền theo \(weightName(weight, dataset, language))"
            case (.weightedMean(let weight), .en): label = "Average weighted by \(weightName(weight, dataset, language))"
            // An average over the reporting provinces only must not pass for the cluster's.
            case (_, .vi) where !table.missing.isEmpty: label = "Bình quân \(table.rows.count) tỉnh có số liệu"
            case (_, .en) where !table.missing.isEmpty: label = "Average of the \(table.rows.count) reporting provinces"
            case (_, .vi): label = cluster == nil ? "Bình quân" : "Bình quân cụm"
            case (_, .en): label = cluster == nil ? "Average" : "Cluster average"
            }
            // The chart prints the value in its own locale (22,9 in Vietnamese), with the average's bound mark.
            reference = .init(value: average.value, name: label, bound: average.qualifier, maxDecimals: 1)
        }
        let chrome = ChartChrome(
            title: "\(indicator.label(language)) \(periodTitle(table.period, language))",
            subtitle: subtitle.dropFirst(2).joined(separator: " · "),
            footnotes: footnotes(for: table, dataset: dataset, language: language)
                + [ClusterNote.restatement(cluster, registry: registry, language: language)].compactMap { $0 },
            locale: language, maxDecimals: decimals)
        return RankingBarChart(chrome: chrome, bars: bars, reference: reference,
                               missingLabels: table.missing.map { registry.provinces[$0].name })
    }

    private static func weightName(_ id: String, _ dataset: Dataset, _ language: Language) -> String {
        (dataset.catalog[id]?.label(language) ?? id).lowercased()
    }

    /// The source line, then any notes the figures carry (year-to-date, "as of" dates): a chart
    /// must not show a partial figure as if it were complete.
    private static func footnotes(for table: IndicatorTable, dataset: Dataset, language: Language) -> [String] {
        var lines: [String] = []
        if table.sources.count == 1 {
            lines.append((language == .vi ? "Nguồn: " : "Source: ") + table.sources[0])
        } else if table.sources.count > 1 {
            let cited = table.sources.enumerated().map { superscript($0.offset + 1) + " " + $0.element }
            lines.append((language == .vi ? "Nguồn: " : "Sources: ") + cited.joined(separator: "; "))
        }
        // Provinces sharing a note are named together rather than repeating the note.
        var provincesByNote: [(note: String, names: [String])] = []
        for row in table.rows {
            guard let note = dataset.observation(province: row.province, period: table.period, indicator: table.indicator.id)?.note else { continue }
            let name = dataset.registry.provinces[row.province].name
            if let index = provincesByNote.firstIndex(where: { $0.note == note }) {
                provincesByNote[index].names.append(name)
            } else {
                provincesByNote.append((note, [name]))
            }
        }
        if !provincesByNote.isEmpty {
            let notes = provincesByNote.map { "\($0.names.joined(separator: ", ")): \($0.note)" }
            lines.append((language == .vi ? "Ghi chú: " : "Notes: ") + notes.joined(separator: "; "))
        }
        return lines
    }

    private static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
