import CoopFormatting

/// Each item's values over periods, one line each, named at its right end. End labels are moved apart
/// and, when they cannot all fit, the extremes keep theirs. Missing periods break the line (a visible
/// gap, named in a note). More than twelve lines become small multiples on a shared scale.
public struct LineChart: ChromedChart {
    public var chrome: ChartChrome
    /// The x-axis labels, oldest first ("2015", "2016-H1"…).
    public var periods: [String]
    /// One series per item; values line up with `periods`.
    public var series: [ChartSeries]
    public var reference: ChartReference?
    /// Above this many series the chart is drawn as small multiples instead.
    public var maxLines: Int

    /// Creates a line chart.
    public init(chrome: ChartChrome, periods: [String], series: [ChartSeries], reference: ChartReference? = nil, maxLines: Int = 12) {
        self.chrome = chrome
        self.periods = periods
        self.series = series
        self.reference = reference
        self.maxLines = maxLines
    }

    /// True when the chart switches to small multiples.
    public var drawsAsMultiples: Bool { series.count > maxLines }

    var notes: [String?] {
        var missing: [String] = []
        for item in series {
            let gaps = periods.indices.filter { $0 >= item.values.count || item.values[$0].value == nil }.map { periods[$0] }
            if !gaps.isEmpty { missing.append("\(item.name) (\(gaps.joined(separator: ", ")))") }
        }
        let bounds = series.flatMap { $0.values.filter { $0.value != nil }.map(\.bound) }
        return [chrome.boundsLegend(bounds), chrome.strings.missingNote(missing)] + chrome.footnotes.map { $0 }
    }

    /// Every line's name (or, drawn as small multiples, every panel's name and latest value).
    public var requiredLabels: [String] {
        drawsAsMultiples ? SmallMultiplesChart(chrome: chrome, periods: periods, series: series).requiredLabels : series.map(\.name)
    }

    public func draw(in area: DrawingArea) {
        if drawsAsMultiples {
            SmallMultiplesChart(chrome: chrome, periods: periods, series: series).draw(in: area)
            return
        }
        // Names at the line ends, moved apart; smaller when they do not all fit; else a legend above the
        // plot (while every line still has a style of its own), so every line keeps its name.
        let start = SceneBuilder(area: area, theme: chrome.theme)
        var forms: [(inout SceneBuilder) -> Void] = [1.0, 0.8, 0.65].map { factor in
            { builder in
                let frame = ChartFrame.place(chrome: chrome, notes: notes, into: &builder)
                PeriodLines(chrome: chrome, periods: periods, series: series, reference: reference, endLabelFactor: factor)
                    .place(in: frame.plot, into: &builder)
            }
        }
        if series.count <= Self.distinctStyles(chrome.theme) {
            forms.append { builder in
                let legend = series.indices.map { ChartFrame.LegendEntry(label: series[$0].name, style: chrome.theme.style(forSeries: $0), kind: .line) }
                let frame = ChartFrame.place(chrome: chrome, notes: notes, legend: legend, into: &builder)
                PeriodLines(chrome: chrome, periods: periods, series: series, reference: reference, endLabelFactor: nil)
                    .place(in: frame.plot, into: &builder)
            }
        }
        let builder = FormChoice.first(from: start, required: requiredLabels, forms: forms)
        builder.scene.render(on: area.backend)
    }

    /// How many series `theme` draws with a style of their own (colour, or colour with marker and dash).
    static func distinctStyles(_ theme: Theme) -> Int {
        theme.usesPatterns ? theme.series.count * SeriesStyle.Marker.allCases.count : theme.series.count
    }
}

/// The body of a line chart: value axis, period labels, lines with markers, dodged end labels.
struct PeriodLines {
    let chrome: ChartChrome
    let periods: [String]
    let series: [ChartSeries]
    let reference: ChartReference?
    /// The size of the end labels relative to the label size; nil when a legend names the lines instead.
    var endLabelFactor: Double? = 1

    func place(in plot: Rect, into builder: inout SceneBuilder) {
        guard !periods.isEmpty, !series.isEmpty, plot.height > 10 else { return }
        let theme = chrome.theme
        let font = builder.type.font(max(builder.scale.floor + 1, builder.scale.label * 0.9 * (endLabelFactor ?? 1)))
        let fitter = builder.type.fitter(font)
        let names = series.map { fitter.ellipsize(NormalizedText($0.name).string, width: plot.width * 0.3) }
        let labelWidth = endLabelFactor == nil ? font.size : (names.map { builder.type.width($0, font) }.max() ?? 0) + font.size
        let periodHeight = Axes.slotLabelsHeight(periods, slotWidth: (plot.width - labelWidth) / Double(periods.count), maxLines: 2, builder: builder)
        let upper = Rect(x: plot.minX, y: plot.minY, width: plot.width - labelWidth, height: plot.height - periodHeight - builder.scale.note * 0.4)
        let values = series.flatMap { $0.values.compactMap(\.value) } + [reference?.value].compactMap { $0 }
        let (scale, area) = Axes.vertical(values: values, in: upper, format: { chrome.locale.format($0, maxDecimals: $1) }, into: &builder)
        let slot = area.width / Double(periods.count)
        let xs = periods.indices.map { area.minX + slot * (Double($0) + 0.5) }
        _ = Axes.slotLabels(periods, centers: xs, slotWidth: slot, top: area.maxY + builder.scale.note * 0.4, maxLines: 2, thinned: true, into: &builder)
        func y(_ v: Double) -> Double { scale.y(v, top: area.minY, bottom: area.maxY) }
        if scale.low < 0 {
            builder.line(Point(x: area.minX, y: y(0)), Point(x: area.maxX, y: y(0)), theme.axis, StrokeStyle(width: 1))
        }
        if let reference {
            builder.line(
                Point(x: area.minX, y: y(reference.value)), Point(x: area.maxX, y: y(reference.value)), theme.axis,
                StrokeStyle(width: 1, dash: [4, 3]))
            let note = builder.type.font(builder.scale.note)
            builder.text(
                reference.label(chrome.locale, suffix: chrome.valueSuffix), x: area.minX + 2,
                baseline: y(reference.value) - builder.type.line(note).descent - 2, font: note,
                color: theme.text)
        }
        let width = max(1.2, builder.scale.label * 0.16)
        let markerSize = max(3, builder.scale.label * 0.5)
        var ends: [(series: Int, y: Double, value: Double)] = []
        for (s, item) in series.enumerated() {
            let style = theme.style(forSeries: s)
            var run: [Point] = []
            func flush() {
                if run.count > 1 { builder.stroke(.polyline(run), style.color, StrokeStyle(width: width, dash: style.dash)) }
                run = []
            }
            for (p, value) in item.values.prefix(periods.count).enumerated() {
                guard let v = value.value else { flush(); continue }
                run.append(Point(x: xs[p], y: y(v)))
            }
            flush()
            for (p, value) in item.values.prefix(periods.count).enumerated() {
                guard let v = value.value else { continue }
                let point = Point(x: xs[p], y: y(v))
                guard value.bound != .exact else {
                    builder.marker(style.marker, at: point, size: markerSize, color: style.color, outline: theme.background)
                    continue
                }
                // An estimate or a bound (a partial sum across the merger) is hollow and carries its mark.
                builder.marker(style.marker, at: point, size: markerSize * 1.2, color: theme.background, outline: style.color)
                let small = builder.type.font(builder.scale.note)
                builder.text(value.bound.mark, x: point.x, baseline: point.y - markerSize * 0.8, font: small, color: style.color, anchor: .center)
            }
            if let last = item.values.prefix(periods.count).lastIndex(where: { $0.value != nil }), let v = item.values[last].value {
                ends.append((s, y(v), v))
            }
        }
        guard endLabelFactor != nil else { return }
        // End labels: moved apart vertically, the extremes kept first when they cannot all fit.
        let metrics = builder.type.line(font)
        let placed = LabelDodge.place(
            targets: ends.map(\.y), priorities: LabelDodge.extremesFirst(ends.map(\.value)),
            height: metrics.height * 1.05, low: plot.minY, high: area.maxY + metrics.height / 2)
        let labelX = area.maxX + font.size * 0.8
        var omitted = 0
        for (index, end) in ends.enumerated() {
            guard let middle = placed[index] else { omitted += 1; continue }
            let style = theme.style(forSeries: end.series)
            if abs(middle - end.y) > 1 {
                builder.line(Point(x: xs[xs.count - 1] + markerSize * 0.6, y: end.y), Point(x: labelX - 2, y: middle), style.color, StrokeStyle(width: 0.5))
            }
            if !builder.text(names[end.series], x: labelX, middle: middle, font: font, color: style.color.luminance > 0.6 ? theme.text : style.color) {
                omitted += 1
            }
        }
        if omitted > 0, let note = chrome.strings.omittedLabelsNote(omitted) {
            let small = builder.type.font(builder.scale.note)
            builder.text(
                note, x: area.maxX, baseline: area.minY - builder.type.line(small).descent - 1, font: small,
                color: theme.secondaryText, anchor: .right)
        }
    }
}
