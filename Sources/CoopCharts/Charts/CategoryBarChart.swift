import CoopFormatting

/// Bars per category in a fixed order: one series (`column`), several side by side (`grouped`), or
/// stacked into a total, absolute or as 100 % (`stacked`). Vertical while the category names fit under
/// their slots; horizontal rows (like the ranking chart) when they do not, so 63 provinces stay legible.
/// Missing figures leave a gap marked "—" and are named in a note; negative values hang below a
/// visible zero line.
public struct CategoryBarChart: ChromedChart {
    /// How several series share a category.
    public enum Arrangement: Sendable, Hashable { case single, grouped, stacked, stackedPercent }
    /// Which way the bars run; `automatic` turns them horizontal when names would not fit.
    public enum Orientation: Sendable, Hashable { case automatic, vertical, horizontal }

    public var chrome: ChartChrome
    /// The category names, in drawing order.
    public var categories: [String]
    /// Each series' values line up with `categories`.
    public var series: [ChartSeries]
    public var arrangement: Arrangement
    public var orientation: Orientation
    public var reference: ChartReference?

    /// Creates a bar chart; with one series and `.single` it is a column chart.
    public init(
        chrome: ChartChrome, categories: [String], series: [ChartSeries], arrangement: Arrangement = .single,
        orientation: Orientation = .automatic, reference: ChartReference? = nil
    ) {
        self.chrome = chrome
        self.categories = categories
        self.series = series
        self.arrangement = series.count <= 1 && arrangement == .grouped ? .single : arrangement
        self.orientation = orientation
        self.reference = reference
    }

    /// The value of series `s` in category `c`, or nil when missing.
    func value(_ s: Int, _ c: Int) -> ChartValue {
        c < series[s].values.count ? series[s].values[c] : .missing
    }

    /// The share (0…100) of series `s` in category `c` for 100 % stacks; negative parts are left out.
    public func percentShare(series s: Int, category c: Int) -> Double? {
        let total = series.indices.compactMap { value($0, c).value }.filter { $0 > 0 }.reduce(0, +)
        guard total > 0, let v = value(s, c).value, v > 0 else { return nil }
        return v / total * 100
    }

    /// The figure drawn for series `s` in category `c`: the value, or its share for 100 % stacks.
    func drawn(_ s: Int, _ c: Int) -> Double? {
        arrangement == .stackedPercent ? percentShare(series: s, category: c) : value(s, c).value
    }

    /// Every number the value axis must cover.
    var domainValues: [Double] {
        switch arrangement {
        case .single, .grouped:
            return series.flatMap { $0.values.compactMap(\.value) } + [reference?.value].compactMap { $0 }
        case .stacked:
            return categories.indices.flatMap { c -> [Double] in
                let values = series.indices.compactMap { value($0, c).value }
                return [values.filter { $0 > 0 }.reduce(0, +), values.filter { $0 < 0 }.reduce(0, +)]
            }
        case .stackedPercent:
            return [0, 100]
        }
    }

    /// The value label of series `s` in category `c` as printed (a share for 100 % stacks), or nil when missing.
    func valueText(_ s: Int, _ c: Int) -> String? {
        guard let v = drawn(s, c) else { return nil }
        return arrangement == .stackedPercent ? chrome.locale.formatPercent(v, decimals: 1) : chrome.format(v, bound: value(s, c).bound)
    }

    /// The total printed at the end of a stack (absolute stacks only), or nil when the category has no figure.
    func totalText(_ c: Int) -> String? {
        guard arrangement == .stacked else { return nil }
        let present = series.indices.map { value($0, c) }.filter { $0.value != nil }
        guard !present.isEmpty else { return nil }
        let bound = present.allSatisfy { $0.bound == .exact } ? ValueBound.exact : .approx
        return chrome.format(present.reduce(0) { $0 + $1.value! }, bound: bound)
    }

    /// Every category's name, and the value labels the arrangement prints: each figure of single and
    /// grouped bars, each stack's total; a 100 % stack is read against its axis.
    public var requiredLabels: [String] {
        var labels = categories
        for c in categories.indices {
            switch arrangement {
            case .single, .grouped: labels += series.indices.compactMap { valueText($0, c) }
            case .stacked: labels += [totalText(c)].compactMap { $0 }
            case .stackedPercent: break
            }
        }
        return labels
    }

    /// Notes: bound marks, missing figures (with their series when there are several), negatives left out of shares.
    var notes: [String?] {
        let strings = chrome.strings
        var missing: [String] = []
        var negatives: [String] = []
        for c in categories.indices {
            for s in series.indices {
                let v = value(s, c)
                let name = series.count > 1 ? "\(categories[c]) (\(series[s].name))" : categories[c]
                if v.value == nil { missing.append(name) }
                if arrangement == .stackedPercent, let x = v.value, x < 0 { negatives.append(name) }
            }
        }
        let bounds = series.flatMap { $0.values.filter { $0.value != nil }.map(\.bound) }
        return [chrome.boundsLegend(bounds), strings.missingNote(missing), strings.negativeExcluded(negatives)] + chrome.footnotes.map { $0 }
    }

    public func draw(in area: DrawingArea) {
        CategoryBarLayout(chart: self).draw(in: area, theme: chrome.theme)
    }
}

struct CategoryBarLayout: ChartLayout {
    let chart: CategoryBarChart

    private var stacked: Bool { chart.arrangement == .stacked || chart.arrangement == .stackedPercent }

    private func format(_ value: Double, bound: ValueBound = .exact) -> String {
        chart.arrangement == .stackedPercent ? chart.chrome.locale.formatPercent(value, decimals: 1) : chart.chrome.format(value, bound: bound)
    }

    private func tickFormat(_ value: Double, _ decimals: Int) -> String {
        chart.chrome.locale.format(value, maxDecimals: decimals) + (chart.arrangement == .stackedPercent ? "%" : "")
    }

    func place(into builder: inout SceneBuilder) {
        let theme = chart.chrome.theme
        let legend =
            chart.series.count > 1
            ? chart.series.indices.map { ChartFrame.LegendEntry(label: chart.series[$0].name, style: theme.style(forSeries: $0), kind: .swatch) }
            : []
        let required = chart.requiredLabels
        var rows = chart.orientation == .horizontal
        if chart.orientation == .automatic {
            // Columns while every name fits under its slot and every value over its bar, and the columns
            // drawn hold every label; otherwise rows (in side-by-side panels when there are many), which
            // keep every name and value whole, and a note says why the columns lie down.
            var trial = builder
            let plot = ChartFrame.place(chrome: chart.chrome, notes: chart.notes, legend: legend, into: &trial).plot
            if verticalFits(plot, builder: trial) {
                placeVertical(in: plot, into: &trial)
                rows = !trial.missing(required).isEmpty
            } else {
                rows = true
            }
        }
        let formNote = rows && chart.orientation == .automatic ? chart.chrome.strings.drawnAsRows(chart.categories.count) : nil
        let frame = ChartFrame.place(chrome: chart.chrome, notes: [formNote] + chart.notes, legend: legend, into: &builder)
        guard !chart.categories.isEmpty, !chart.series.isEmpty, frame.plot.height > 10, frame.plot.width > 10 else { return }
        let plot = frame.plot
        if rows { placeHorizontal(in: plot, into: &builder) } else { placeVertical(in: plot, into: &builder) }
    }

    /// True when columns are wide enough for their bars, names and value labels at a legible size.
    private func verticalFits(_ plot: Rect, builder: SceneBuilder) -> Bool {
        let n = Double(chart.categories.count)
        let barsPerSlot = chart.arrangement == .grouped ? Double(chart.series.count) : 1
        let slotEstimate = plot.width * 0.88 / n
        guard slotEstimate >= barsPerSlot * 4 + 4,
            Axes.slotLabelsFit(chart.categories, slotWidth: slotEstimate * 0.9, maxLines: 3, builder: builder)
        else { return false }
        guard !stacked else { return true }
        let barWidth = chart.arrangement == .grouped ? slotEstimate * 0.78 / barsPerSlot : slotEstimate * 0.78 * 0.85
        let size = builder.type.sizeFitting(valueTexts(), width: barWidth * 1.15, floor: builder.scale.floor, ceiling: builder.scale.label * 0.9)
        return size >= min(6, builder.scale.label * 0.9)
    }

    // MARK: Vertical

    private func placeVertical(in plot: Rect, into builder: inout SceneBuilder) {
        let theme = chart.chrome.theme
        let n = chart.categories.count
        let labelHeight = Axes.slotLabelsHeight(chart.categories, slotWidth: plot.width * 0.8 / Double(n), maxLines: 3, builder: builder)
        let upper = Rect(x: plot.minX, y: plot.minY, width: plot.width, height: max(1, plot.height - labelHeight - builder.scale.note * 0.4))
        let (scale, area) = Axes.vertical(
            values: chart.domainValues, fixed: chart.arrangement == .stackedPercent ? 0...100 : nil,
            in: upper, format: tickFormat, into: &builder)
        let slot = area.width / Double(n)
        let centers = (0..<n).map { area.minX + slot * (Double($0) + 0.5) }
        _ = Axes.slotLabels(
            chart.categories, centers: centers, slotWidth: slot, top: area.maxY + builder.scale.note * 0.4,
            maxLines: 3, into: &builder)
        let zeroY = scale.y(0, top: area.minY, bottom: area.maxY)
        let group = slot * 0.78
        let m = chart.series.count
        let barWidth = chart.arrangement == .grouped ? group / Double(m) : group * 0.85
        let valueFont = builder.type.font(
            builder.type.sizeFitting(
                valueTexts(), width: barWidth * 1.15, floor: builder.scale.floor,
                ceiling: builder.scale.label * 0.9))
        // Every value is labelled; one that cannot be placed makes this form incomplete and the rows take over.
        let showValues = true
        let metrics = builder.type.line(valueFont)
        let pad = valueFont.size * 0.25
        // A label's spots in order of preference: beyond the bar's end, inside it near the end, beyond zero.
        var labels: [(text: String, x: Double, spots: [(baseline: Double, color: Color)])] = []
        func outside(_ y: Double, above: Bool) -> Double { above ? y - metrics.descent - pad : y + pad + metrics.ascent }
        func inside(_ y: Double, above: Bool) -> Double { above ? y + pad + metrics.ascent : y - pad - metrics.descent }

        for c in 0..<n {
            var up = 0.0, down = 0.0
            for s in 0..<m {
                let style = chart.chrome.theme.style(forSeries: chart.series.count > 1 ? s : 0)
                let x = chart.arrangement == .grouped ? centers[c] - group / 2 + barWidth * Double(s) : centers[c] - barWidth / 2
                guard let v = chart.drawn(s, c) else {
                    if chart.value(s, c).value == nil && !stacked {
                        labels.append(("—", x + barWidth / 2, [(outside(zeroY, above: true), theme.secondaryText)]))
                    }
                    continue
                }
                var from = 0.0, to = v
                if stacked {
                    if v >= 0 { from = up; up += v; to = up } else { from = down; down += v; to = down }
                }
                let y0 = scale.y(from, top: area.minY, bottom: area.maxY), y1 = scale.y(to, top: area.minY, bottom: area.maxY)
                let rect = Rect(x: x, y: min(y0, y1), width: barWidth, height: abs(y1 - y0))
                builder.fill(rect, style: style)
                if stacked {
                    builder.line(Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY), theme.background, StrokeStyle(width: 0.75))
                    // A segment's value goes inside it when it fits; otherwise the legend and the axis tell.
                    let text = chart.valueText(s, c) ?? ""
                    let extents = builder.type.extents(text, valueFont)
                    if showValues && extents.height * 1.2 < rect.height && extents.width * 1.05 < rect.width && style.hatch == nil {
                        builder.text(text, x: rect.midX, middle: rect.midY, font: valueFont, color: theme.text(on: style.color), anchor: .center)
                    }
                } else if showValues, let text = chart.valueText(s, c) {
                    var spots = [(outside(y1, above: v >= 0), theme.text)]
                    if rect.height >= metrics.height + 2 * pad { spots.append((inside(y1, above: v >= 0), theme.text(on: style.color))) }
                    spots.append((outside(zeroY, above: v < 0), theme.text))
                    labels.append((text, x + barWidth / 2, spots))
                }
            }
            if let total = chart.totalText(c) {
                labels.append((total, centers[c], [(outside(scale.y(up, top: area.minY, bottom: area.maxY), above: true), theme.text)]))
            }
        }
        builder.line(Point(x: area.minX, y: zeroY), Point(x: area.maxX, y: zeroY), theme.axis, StrokeStyle(width: max(0.75, builder.scale.label * 0.08)))
        referenceLine(vertical: true, area: area, position: { scale.y($0, top: area.minY, bottom: area.maxY) }, into: &builder)
        for label in labels {
            let spot =
                label.spots.first { spot in
                    builder.isFree(
                        builder.box(label.text, at: Point(x: label.x - builder.type.width(label.text, valueFont) / 2, y: spot.baseline), font: valueFont))
                } ?? label.spots[0]
            builder.text(label.text, x: label.x, baseline: spot.baseline, font: valueFont, color: spot.color, anchor: .center)
        }
    }

    // MARK: Horizontal

    private func placeHorizontal(in plot: Rect, into builder: inout SceneBuilder) {
        let chart = self.chart
        BarRows(
            names: chart.categories, seriesCount: chart.series.count, arrangement: chart.arrangement,
            value: { chart.value($0, $1) }, drawn: { chart.drawn($0, $1) }, format: { format($0, bound: $1) },
            tickFormat: tickFormat, domain: chart.domainValues, fixedDomain: chart.arrangement == .stackedPercent ? 0...100 : nil,
            reference: chart.reference, referenceLabel: chart.reference.map { $0.label(chart.chrome.locale, suffix: chart.chrome.valueSuffix) },
            theme: chart.chrome.theme, total: { chart.totalText($0) }
        )
        .place(in: plot, into: &builder)
    }

    private func valueTexts() -> [String] {
        chart.categories.indices.flatMap { c in chart.series.indices.compactMap { s in chart.valueText(s, c) } }
    }

    /// A dashed line at the reference value, labelled at its end where there is room.
    private func referenceLine(vertical: Bool, area: Rect, position: (Double) -> Double, into builder: inout SceneBuilder) {
        guard let reference = chart.reference, reference.value.isFinite else { return }
        let theme = chart.chrome.theme
        let font = builder.type.font(builder.scale.note)
        let style = StrokeStyle(width: 1, dash: [font.size * 0.5, font.size * 0.35])
        let p = position(reference.value)
        if vertical {
            builder.line(Point(x: area.minX, y: p), Point(x: area.maxX, y: p), theme.axis, style)
            let metrics = builder.type.line(font)
            let label = reference.label(chart.chrome.locale, suffix: chart.chrome.valueSuffix)
            if !builder.text(label, x: area.maxX, baseline: p - metrics.descent - 2, font: font, color: theme.text, anchor: .right) {
                builder.text(label, x: area.maxX, baseline: p + metrics.ascent + 2, font: font, color: theme.text, anchor: .right)
            }
        } else {
            builder.line(Point(x: p, y: area.minY), Point(x: p, y: area.maxY), theme.axis, style)
        }
    }
}

extension Rect {
    /// The horizontal centre.
    public var midX: Double { x + width / 2 }
}
