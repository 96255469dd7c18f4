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
    public init(chrome: ChartChrome, categories: [String], series: [ChartSeries], arrangement: Arrangement = .single,
                orientation: Orientation = .automatic, reference: ChartReference? = nil) {
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
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        CategoryBarLayout(chart: self).place(into: &builder)
        builder.scene.render(on: area.backend)
    }
}

struct CategoryBarLayout {
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
        let legend = chart.series.count > 1
            ? chart.series.indices.map { ChartFrame.LegendEntry(label: chart.series[$0].name, style: theme.style(forSeries: $0), kind: .swatch) }
            : []
        let frame = ChartFrame.place(chrome: chart.chrome, notes: chart.notes, legend: legend, into: &builder)
        guard !chart.categories.isEmpty, !chart.series.isEmpty, frame.plot.height > 10, frame.plot.width > 10 else { return }
        let n = Double(chart.categories.count)
        let barsPerSlot = chart.arrangement == .grouped ? Double(chart.series.count) : 1
        let slotEstimate = frame.plot.width * 0.88 / n
        let vertical: Bool
        switch chart.orientation {
        case .vertical: vertical = true
        case .horizontal: vertical = false
        case .automatic:
            vertical = slotEstimate >= barsPerSlot * 4 + 4
                && Axes.slotLabelsFit(chart.categories, slotWidth: slotEstimate * 0.9, maxLines: 3, builder: builder)
        }
        if vertical { placeVertical(in: frame.plot, into: &builder) } else { placeHorizontal(in: frame.plot, into: &builder) }
    }

    // MARK: Vertical

    private func placeVertical(in plot: Rect, into builder: inout SceneBuilder) {
        let theme = chart.chrome.theme
        let n = chart.categories.count
        let labelHeight = Axes.slotLabelsHeight(chart.categories, slotWidth: plot.width * 0.8 / Double(n), maxLines: 3, builder: builder)
        let upper = Rect(x: plot.minX, y: plot.minY, width: plot.width, height: max(1, plot.height - labelHeight - builder.scale.note * 0.4))
        let (scale, area) = Axes.vertical(values: chart.domainValues, fixed: chart.arrangement == .stackedPercent ? 0...100 : nil,
                                          in: upper, format: tickFormat, into: &builder)
        let slot = area.width / Double(n)
        let centers = (0..<n).map { area.minX + slot * (Double($0) + 0.5) }
        _ = Axes.slotLabels(chart.categories, centers: centers, slotWidth: slot, top: area.maxY + builder.scale.note * 0.4,
                            maxLines: 3, into: &builder)
        let zeroY = scale.y(0, top: area.minY, bottom: area.maxY)
        let group = slot * 0.78
        let m = chart.series.count
        let barWidth = chart.arrangement == .grouped ? group / Double(m) : group * 0.85
        let valueFont = builder.type.font(builder.type.sizeFitting(valueTexts(), width: barWidth * 1.15, floor: builder.scale.floor,
                                                                   ceiling: builder.scale.label * 0.9))
        let showValues = valueFont.size >= 6 || (chart.arrangement == .single && n <= 12)
        var labels: [(String, Double, Double, Bool)] = []  // text, x, y, above

        for c in 0..<n {
            var up = 0.0, down = 0.0
            for s in 0..<m {
                let style = chart.chrome.theme.style(forSeries: chart.series.count > 1 ? s : 0)
                let x = chart.arrangement == .grouped ? centers[c] - group / 2 + barWidth * Double(s) : centers[c] - barWidth / 2
                guard let v = chart.drawn(s, c) else {
                    if chart.value(s, c).value == nil && !stacked {
                        labels.append(("—", x + barWidth / 2, zeroY, true))
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
                    let text = format(v, bound: chart.value(s, c).bound)
                    let extents = builder.type.extents(text, valueFont)
                    if showValues && extents.height * 1.2 < rect.height && extents.width * 1.05 < rect.width && style.hatch == nil {
                        builder.text(text, x: rect.midX, middle: rect.midY, font: valueFont, color: theme.text(on: style.color), anchor: .center)
                    }
                } else if showValues {
                    labels.append((format(v, bound: chart.value(s, c).bound), x + barWidth / 2, y1, v >= 0))
                }
            }
            if chart.arrangement == .stacked && showValues && (up > 0 || down < 0) {
                let bounds = (0..<m).map { chart.value($0, c).bound }
                let total = up + down
                let bound = bounds.contains(where: { $0 != .exact }) ? ValueBound.approx : .exact
                labels.append((format(total, bound: bound), centers[c], scale.y(up, top: area.minY, bottom: area.maxY), true))
            }
        }
        builder.line(Point(x: area.minX, y: zeroY), Point(x: area.maxX, y: zeroY), theme.axis, StrokeStyle(width: max(0.75, builder.scale.label * 0.08)))
        referenceLine(vertical: true, area: area, position: { scale.y($0, top: area.minY, bottom: area.maxY) }, into: &builder)
        let metrics = builder.type.line(valueFont)
        for (text, x, y, above) in labels {
            let baseline = above ? y - metrics.descent - valueFont.size * 0.25 : y + valueFont.size * 0.25 + metrics.ascent
            builder.text(text, x: x, baseline: baseline, font: valueFont, color: theme.text, anchor: .center)
        }
    }

    // MARK: Horizontal

    private func placeHorizontal(in plot: Rect, into builder: inout SceneBuilder) {
        let chart = self.chart
        BarRows(names: chart.categories, seriesCount: chart.series.count, arrangement: chart.arrangement,
                value: { chart.value($0, $1) }, drawn: { chart.drawn($0, $1) }, format: { format($0, bound: $1) },
                tickFormat: tickFormat, domain: chart.domainValues, fixedDomain: chart.arrangement == .stackedPercent ? 0...100 : nil,
                reference: chart.reference, referenceLabel: chart.reference.map { $0.label(chart.chrome.locale, suffix: chart.chrome.valueSuffix) },
                theme: chart.chrome.theme)
            .place(in: plot, into: &builder)
    }

    private func valueTexts() -> [String] {
        chart.categories.indices.flatMap { c in
            chart.series.indices.compactMap { s in chart.drawn(s, c).map { format($0, bound: chart.value(s, c).bound) } }
        }
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
