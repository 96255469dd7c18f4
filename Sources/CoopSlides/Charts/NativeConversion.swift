import Foundation
import CoopCharts
import CoopFormatting
import CoopSpreadsheets

/// A chart coopchart draws, as the native chart (or charts, side by side) PowerPoint draws from the same
/// figures: the categories are the names in full (without the source marks ¹ ², which move to the value
/// labels), the values sorted as coopchart sorts them, every label coopchart's own text ("≈590",
/// "2.425.931"), the reference (cluster average) as a dashed series, the highlighted name in its own
/// colour. Kinds with no native equivalent (tile map, heatmap, bump, small multiples, the scorecard,
/// the robustness bands) give nil and become pictures.
struct NativeConversion {
    let theme: Theme
    let fontName: String
    /// The name picked out in its own colour, if any.
    let highlight: String?
    let words: SlideWords

    /// At most this many bars in one native chart; a longer ranking stands in panels side by side, as
    /// coopchart's own ranking chart does, so every name is printed.
    static let rowsPerPanel = 32

    func convert(_ chart: any Chart) -> [NativeChart]? {
        switch chart {
        case let chart as RankingBarChart: return ranking(chart)
        case let chart as RadarChart: return [radar(chart)]
        case let chart as CategoryBarChart: return [categoryBars(chart)]
        case let chart as LineChart where !chart.drawsAsMultiples: return [line(chart)]
        // A bubble chart (points sized by a third figure) has no native form libxlsxwriter writes: a picture
        // keeps the sizes rather than a scatter that would silently drop them.
        case let chart as ScatterChart where chart.sizeTitle == nil: return [scatter(chart)]
        case let chart as DonutChart: return donut(chart).map { [$0] }
        default: return nil
        }
    }

    // MARK: kinds

    private func ranking(_ chart: RankingBarChart) -> [NativeChart] {
        let ranked = chart.rankedBars
        let chrome = chart.chrome
        let panels = max(1, (ranked.count + Self.rowsPerPanel - 1) / Self.rowsPerPanel)
        let perPanel = (ranked.count + panels - 1) / max(1, panels)
        let values = ranked.map(\.value)
        let maximum = (values + [chart.reference?.value].compactMap { $0 }).max() ?? 0
        let minimum = min(0, values.min() ?? 0)
        let (unit, _) = unitAndCluster(chrome.subtitle)
        return stride(from: 0, to: max(ranked.count, 1), by: max(perPanel, 1)).map { start in
            let bars = Array(ranked[start..<min(start + perPanel, ranked.count)])
            let names = bars.map { Self.plainName($0.label) }
            var series = [
                NativeChart.Series(
                    name: chrome.title, values: bars.map(\.value),
                    labels: bars.map { chart.valueLabel(for: $0) + Self.marks($0.label) },
                    color: rgb(theme.series[0]), pointColors: names.map { $0 == highlight ? rgb(theme.highlight) : nil })
            ]
            if let reference = chart.reference {
                series.append(
                    NativeChart.Series(
                        name: reference.label(chrome.locale, suffix: chrome.valueSuffix),
                        values: bars.map { _ in reference.value }, labels: bars.map { _ in nil },
                        color: rgb(theme.axis), style: .reference))
            }
            return native(
                .bar, chrome: chrome, categoryHeader: words.province, categories: names, series: series,
                valueTitle: unit, wholeNumbers: values.allSatisfy { $0 >= 0 && $0 == $0.rounded() },
                firstAtTop: true, range: (minimum, niceMaximum(maximum)), legend: chart.reference != nil)
        }
    }

    private func radar(_ chart: RadarChart) -> NativeChart {
        var series = chart.series.enumerated().map { index, item in
            NativeChart.Series(
                name: item.name, values: item.values.map(\.value), labels: item.values.map { _ in nil },
                color: rgb(item.name == highlight ? theme.highlight : theme.series[index % theme.series.count]))
        }
        if let reference = chart.reference {
            series.append(
                NativeChart.Series(
                    name: reference.name, values: reference.values.map(\.value), labels: reference.values.map { _ in nil },
                    color: rgb(theme.axis), style: .reference))
        }
        return native(
            .radar, chrome: chart.chrome, categoryHeader: words.indicator, categories: chart.axes, series: series,
            valueTitle: nil, wholeNumbers: true, firstAtTop: false, range: (0, 100), legend: true)
    }

    private func categoryBars(_ chart: CategoryBarChart) -> NativeChart {
        let chrome = chart.chrome
        let horizontal = chart.orientation == .horizontal || (chart.orientation == .automatic && chart.categories.count > 12)
        let kind: XlsxChart.Kind
        switch (chart.arrangement, horizontal) {
        case (.single, false), (.grouped, false): kind = .column
        case (.single, true), (.grouped, true): kind = .bar
        case (.stacked, false): kind = .stackedColumn
        case (.stacked, true): kind = .stackedBar
        case (.stackedPercent, false): kind = .percentColumn
        case (.stackedPercent, true): kind = .percentBar
        }
        let names = chart.categories.map(Self.plainName)
        var series = chart.series.enumerated().map { index, item in
            NativeChart.Series(
                name: item.name, values: names.indices.map { index < chart.series.count && $0 < item.values.count ? item.values[$0].value : nil },
                labels: names.indices.map { category in label(chart, series: index, category: category) },
                color: rgb(theme.series[index % theme.series.count]),
                pointColors: chart.series.count == 1 ? names.map { $0 == highlight ? rgb(theme.highlight) : nil } : [])
        }
        if let reference = chart.reference, chart.arrangement == .single || chart.arrangement == .grouped {
            series.append(
                NativeChart.Series(
                    name: reference.label(chrome.locale, suffix: chrome.valueSuffix),
                    values: names.map { _ in reference.value }, labels: names.map { _ in nil },
                    color: rgb(theme.axis), style: .reference))
        }
        let values = chart.series.flatMap { $0.values.compactMap(\.value) }
        let (unit, _) = unitAndCluster(chrome.subtitle)
        return native(
            kind, chrome: chrome, categoryHeader: words.province, categories: names, series: series,
            valueTitle: chart.arrangement == .stackedPercent ? "%" : unit,
            wholeNumbers: values.allSatisfy { $0 >= 0 && $0 == $0.rounded() }, firstAtTop: horizontal, range: (nil, nil),
            legend: series.count > 1)
    }

    /// The text coopchart prints on a bar: the value with its bound mark, or a 100 % stack's share.
    private func label(_ chart: CategoryBarChart, series: Int, category: Int) -> String? {
        guard category < chart.series[series].values.count, let value = chart.series[series].values[category].value else { return nil }
        if chart.arrangement == .stackedPercent {
            return chart.percentShare(series: series, category: category).map { chart.chrome.locale.formatPercent($0, decimals: 1) }
        }
        return chart.chrome.format(value, bound: chart.series[series].values[category].bound)
    }

    private func line(_ chart: LineChart) -> NativeChart {
        let chrome = chart.chrome
        var series = chart.series.enumerated().map { index, item in
            NativeChart.Series(
                name: Self.plainName(item.name), values: chart.periods.indices.map { $0 < item.values.count ? item.values[$0].value : nil },
                labels: chart.periods.indices.map { period in
                    // The latest value is labelled, as coopchart names each line at its end.
                    guard period == chart.periods.count - 1, period < item.values.count, let value = item.values[period].value else { return nil }
                    return chrome.format(value, bound: item.values[period].bound)
                },
                color: rgb(Self.plainName(item.name) == highlight ? theme.highlight : theme.series[index % theme.series.count]))
        }
        if let reference = chart.reference {
            series.append(
                NativeChart.Series(
                    name: reference.label(chrome.locale, suffix: chrome.valueSuffix),
                    values: chart.periods.map { _ in reference.value }, labels: chart.periods.map { _ in nil },
                    color: rgb(theme.axis), style: .reference))
        }
        let values = chart.series.flatMap { $0.values.compactMap(\.value) }
        let (unit, _) = unitAndCluster(chrome.subtitle)
        var made = native(
            .line, chrome: chrome, categoryHeader: words.periodHeader, categories: chart.periods, series: series, valueTitle: unit,
            wholeNumbers: values.allSatisfy { $0 >= 0 && $0 == $0.rounded() }, firstAtTop: false, range: (nil, nil), legend: true)
        made.labelHeader = words.label
        return made
    }

    private func scatter(_ chart: ScatterChart) -> NativeChart {
        let chrome = chart.chrome
        let items = chart.plotted
        let names = items.map { Self.plainName($0.label) }
        let series = NativeChart.Series(
            name: chrome.title, values: items.map(\.y.value), labels: names,
            color: rgb(theme.series[0]), pointColors: names.map { $0 == highlight ? rgb(theme.highlight) : nil },
            xValues: items.map(\.x.value))
        var made = native(
            .scatter, chrome: chrome, categoryHeader: words.province, categories: names, series: [series], valueTitle: chart.yTitle,
            wholeNumbers: items.allSatisfy { ($0.y.value ?? 0) >= 0 && $0.y.value == $0.y.value?.rounded() }, firstAtTop: false,
            range: (nil, nil), legend: false)
        made.categoryTitle = chart.xTitle
        return made
    }

    /// A donut of at most twelve named slices (and the "Khác" slice that says how many it holds); one
    /// coopchart refuses to draw is not drawn natively either.
    private func donut(_ chart: DonutChart) -> NativeChart? {
        let slices = chart.slices
        guard !slices.isEmpty else { return nil }
        let chrome = chart.chrome
        let names = slices.map { Self.plainName($0.label) }
        let series = NativeChart.Series(
            name: chrome.title, values: slices.map(\.value),
            labels: slices.map { "\(chrome.format($0.value, bound: $0.bound)) (\(chrome.locale.formatPercent($0.percent, decimals: 1)))" },
            color: rgb(theme.series[0]),
            pointColors: slices.enumerated().map { index, slice in
                slice.isOther ? rgb(theme.missing) : (names[index] == highlight ? rgb(theme.highlight) : rgb(theme.series[index % theme.series.count]))
            })
        return native(
            .doughnut, chrome: chrome, categoryHeader: words.province, categories: names, series: [series], valueTitle: nil,
            wholeNumbers: true, firstAtTop: false, range: (nil, nil), legend: true)
    }

    // MARK: shared

    private func native(
        _ kind: XlsxChart.Kind, chrome: ChartChrome, categoryHeader: String, categories: [String], series: [NativeChart.Series],
        valueTitle: String?, wholeNumbers: Bool, firstAtTop: Bool, range: (Double?, Double?), legend: Bool
    ) -> NativeChart {
        let format = NativeNumberFormat.code(
            decimals: chrome.maxDecimals, vietnamese: chrome.locale == .vi,
            nonNegativeWholeNumbers: wholeNumbers, suffix: chrome.valueSuffix)
        var chart = NativeChart(
            kind: kind, title: chrome.title, categoryHeader: categoryHeader, categories: categories, series: series,
            valueTitle: valueTitle, numberFormat: format, fontName: fontName, textColor: rgb(theme.text),
            firstCategoryAtTop: firstAtTop, valueRange: (range.0, range.1), showsLegend: legend, labelHeader: words.label)
        chart.showsTitle = false
        return chart
    }

    /// The unit named in a subtitle ("Đơn vị: HTX · Cụm …" → "HTX"), for the value axis's title.
    private func unitAndCluster(_ subtitle: String) -> (unit: String?, rest: String) {
        let parts = subtitle.components(separatedBy: " · ")
        for lead in ["Đơn vị: ", "Unit: "] {
            if let part = parts.first(where: { $0.hasPrefix(lead) }) { return (String(part.dropFirst(lead.count)), subtitle) }
        }
        return (nil, subtitle)
    }

    /// A round number a little above `maximum`, so every panel of a ranking shares one scale.
    private func niceMaximum(_ maximum: Double) -> Double? {
        guard maximum > 0 else { return nil }
        let magnitude = pow10(floor(log10(maximum)))
        for step in [1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where step * magnitude >= maximum * 1.08 { return step * magnitude }
        return 10 * magnitude
    }

    private func pow10(_ exponent: Double) -> Double {
        var value = 1.0
        if exponent >= 0 { for _ in 0..<Int(exponent) { value *= 10 } } else { for _ in 0..<Int(-exponent) { value /= 10 } }
        return value
    }

    private func rgb(_ color: Color) -> UInt32 {
        func byte(_ component: Double) -> UInt32 { UInt32(max(0, min(255, (component * 255).rounded()))) }
        return byte(color.red) << 16 | byte(color.green) << 8 | byte(color.blue)
    }

    static let superscripts: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// "Ninh Bình¹" → "Ninh Bình": the name in full, as the categories hold it.
    static func plainName(_ label: String) -> String {
        String(label.reversed().drop(while: { superscripts.contains($0) }).reversed())
    }

    /// "Ninh Bình¹" → "¹": the source mark, carried by the value label instead.
    static func marks(_ label: String) -> String {
        String(label.reversed().prefix(while: { superscripts.contains($0) }).reversed())
    }
}
