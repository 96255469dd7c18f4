import Foundation
import CoopFormatting

/// Two indicators against each other, one point per item, optionally sized by a third (area ∝ value).
/// Points are labelled with their names beside themselves where there is room, trying eight positions,
/// the points farthest from the centre first. When the names cannot all be placed, the chart changes
/// form: each point gets a short number beside it and a key beside the plot maps the numbers to names,
/// so every point is still named. Dashed lines mark the averages. Items missing either value are named
/// in a note.
public struct ScatterChart: ChromedChart {
    /// One item.
    public struct Item: Sendable, Hashable {
        public var label: String
        public var x: ChartValue
        public var y: ChartValue
        /// The bubble size figure; nil draws a plain point.
        public var size: ChartValue?
        /// Creates an item.
        public init(label: String, x: ChartValue, y: ChartValue, size: ChartValue? = nil) {
            self.label = label; self.x = x; self.y = y; self.size = size
        }
    }

    public var chrome: ChartChrome
    public var items: [Item]
    public var xTitle: String
    public var yTitle: String
    /// What bubble areas show, for the note; nil when points are not sized.
    public var sizeTitle: String?
    /// Draws dashed lines at the averages of x and y.
    public var showsAverages: Bool

    /// Creates a scatter chart.
    public init(chrome: ChartChrome, items: [Item], xTitle: String, yTitle: String, sizeTitle: String? = nil, showsAverages: Bool = true) {
        self.chrome = chrome
        self.items = items
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.sizeTitle = sizeTitle
        self.showsAverages = showsAverages
    }

    /// The points that have both values, in the order given.
    public var plotted: [Item] { items.filter { $0.x.value != nil && $0.y.value != nil } }

    /// Every plotted point's name (beside it, or in the key).
    public var requiredLabels: [String] { plotted.map(\.label) }

    public func draw(in area: DrawingArea) {
        let start = SceneBuilder(area: area, theme: chrome.theme)
        let forms: [(inout SceneBuilder) -> Void] = [false, true].map { numbered in { ScatterLayout(chart: self, numbered: numbered).place(into: &$0) } }
        let builder = FormChoice.first(from: start, required: requiredLabels, forms: forms)
        builder.scene.render(on: area.backend)
    }
}

/// The scatter's frame, axes and points, labelled with names or with numbers and a key.
struct ScatterLayout: ChartLayout {
    typealias Item = ScatterChart.Item
    let chart: ScatterChart
    let numbered: Bool

    /// The key beside the plot: its font, columns, and the width it takes.
    private struct Key {
        var font: Font
        var line: Typesetter.LineMetrics
        var numberWidth: Double
        var columnWidth: Double
        var rowsPerColumn: Int
        var columns: Int
        var width: Double { Double(columns) * columnWidth }
    }

    /// The largest key (down to a legible size) that fits beside the plot in at most half the width.
    private func key(_ shown: [Item], plot: Rect, builder: SceneBuilder) -> Key? {
        var size = builder.scale.label * 0.85
        let floor = min(6, builder.scale.label)
        while true {
            let font = builder.type.font(size)
            let line = builder.type.line(font)
            let numberWidth = builder.type.width(String(shown.count), font)
            let nameWidth = shown.map { builder.type.width(NormalizedText($0.label).string, font) }.max() ?? 0
            let columnWidth = numberWidth + font.size * 0.5 + nameWidth + font.size * 1.2
            let rowsPerColumn = max(1, Int(plot.height / line.pitch))
            let columns = (shown.count + rowsPerColumn - 1) / rowsPerColumn
            let key = Key(font: font, line: line, numberWidth: numberWidth, columnWidth: columnWidth, rowsPerColumn: rowsPerColumn, columns: columns)
            if key.width <= plot.width * 0.5 { return key }
            if size <= floor { return nil }
            size = max(floor, size - 0.5)
        }
    }

    func place(into builder: inout SceneBuilder) {
        let chart = self.chart
        let chrome = chart.chrome
        let theme = chrome.theme
        let strings = chrome.strings
        let shown = chart.plotted
        let missing = chart.items.filter { $0.x.value == nil || $0.y.value == nil }.map(\.label)
        let bounds = shown.flatMap { [$0.x.bound, $0.y.bound] }
        var notes: [String?] = [chrome.boundsLegend(bounds), strings.missingNote(missing)]
        if let sizeTitle = chart.sizeTitle { notes.insert(strings.pointArea + sizeTitle, at: 0) }
        let frame = ChartFrame.place(chrome: chrome, notes: notes + chrome.footnotes.map { $0 }, into: &builder)
        guard frame.plot.height > 20, frame.plot.width > 20 else { return }
        var region = frame.plot
        var key: Key?
        if numbered {
            guard let fitted = self.key(shown, plot: frame.plot, builder: builder) else { return }
            key = fitted
            region.width -= fitted.width + fitted.font.size
        }

        let titleFont = builder.type.font(builder.scale.note, .bold)
        let titleLine = builder.type.line(titleFont)
        // The y title sits above the axis, the x title under the tick labels, both horizontal.
        builder.text(
            builder.type.fitter(titleFont).ellipsize(NormalizedText(chart.yTitle).string, width: frame.plot.width),
            x: region.minX, baseline: region.minY + titleLine.ascent, font: titleFont, color: theme.text)
        let xTitleText = builder.type.fitter(titleFont).ellipsize(NormalizedText(chart.xTitle).string, width: region.width)
        builder.text(xTitleText, x: region.maxX, baseline: region.maxY - titleLine.descent, font: titleFont, color: theme.text, anchor: .right)
        let body = Rect(x: region.minX, y: region.minY + titleLine.pitch, width: region.width, height: region.height - titleLine.pitch * 2.2)
        let xs = shown.map { $0.x.value! }, ys = shown.map { $0.y.value! }
        let tickFormat: (Double, Int) -> String = { chrome.locale.format($0, maxDecimals: $1) }
        // Vertical axis first, on the body less the x tick labels; then the horizontal axis under it.
        let tickLine = builder.type.line(builder.type.font(builder.scale.note))
        let upper = Rect(x: body.minX, y: body.minY, width: body.width, height: body.height - tickLine.pitch - builder.scale.note * 0.3)
        let yAxis = Axes.vertical(values: ys, includeZero: ys.contains { $0 < 0 } || ys.isEmpty, in: upper, format: tickFormat, into: &builder)
        let xPlot = Rect(x: yAxis.area.minX, y: yAxis.area.minY, width: yAxis.area.width, height: body.maxY - yAxis.area.minY)
        let xAxis = Axes.horizontal(values: xs, includeZero: xs.contains { $0 < 0 } || xs.isEmpty, in: xPlot, format: tickFormat, into: &builder)
        let plot = Rect(x: xAxis.area.minX, y: yAxis.area.minY, width: xAxis.area.width, height: yAxis.area.height)
        func position(_ p: Item) -> Point {
            Point(x: xAxis.scale.position(p.x.value!, in: plot.minX...plot.maxX), y: yAxis.scale.y(p.y.value!, top: plot.minY, bottom: plot.maxY))
        }
        builder.stroke(.rectangle(plot), theme.grid, StrokeStyle(width: 0.75))
        if chart.showsAverages, !shown.isEmpty {
            let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
            let style = StrokeStyle(width: 0.8, dash: [4, 3])
            let px = xAxis.scale.position(mx, in: plot.minX...plot.maxX), py = yAxis.scale.y(my, top: plot.minY, bottom: plot.maxY)
            builder.line(Point(x: px, y: plot.minY), Point(x: px, y: plot.maxY), theme.axis, style)
            builder.line(Point(x: plot.minX, y: py), Point(x: plot.maxX, y: py), theme.axis, style)
        }
        for axis in [xAxis.scale.low < 0 ? 0.0 : nil].compactMap({ $0 }) {
            let px = xAxis.scale.position(axis, in: plot.minX...plot.maxX)
            builder.line(Point(x: px, y: plot.minY), Point(x: px, y: plot.maxY), theme.axis, StrokeStyle(width: 1))
        }
        if yAxis.scale.low < 0 {
            let py = yAxis.scale.y(0, top: plot.minY, bottom: plot.maxY)
            builder.line(Point(x: plot.minX, y: py), Point(x: plot.maxX, y: py), theme.axis, StrokeStyle(width: 1))
        }

        // Bubble radius ∝ √value, the largest at 6 % of the plot's shorter side.
        let sizes = shown.compactMap { $0.size?.value }.filter { $0 > 0 }
        let largest = sizes.max() ?? 0
        let base = max(3, builder.scale.label * 0.45)
        func radius(_ p: Item) -> Double {
            guard let s = p.size?.value, s > 0, largest > 0 else { return base / 2 }
            return max(base / 2, min(plot.width, plot.height) * 0.06 * (s / largest).squareRoot())
        }
        let style = theme.style(forSeries: 0)
        let order = shown.indices.sorted { radius(shown[$0]) > radius(shown[$1]) }
        for index in order {
            let p = position(shown[index])
            let r = radius(shown[index])
            builder.fill(.circle(center: p, radius: r), style.color.mixed(with: .white, shown[index].size == nil ? 0 : 0.35))
            builder.stroke(.circle(center: p, radius: r), theme.background, StrokeStyle(width: 0.75))
        }
        // Labels: the points farthest from the centre first; eight candidate spots around each, then
        // (numbers only) two wider rings of spots joined to the point by a thin leader.
        let font = key?.font ?? builder.type.font(max(builder.scale.floor, builder.scale.label * 0.85))
        let line = builder.type.line(font)
        let centre = Point(x: plot.midX, y: plot.midY)
        let priority = shown.indices.sorted { a, b in
            let pa = position(shown[a]), pb = position(shown[b])
            return hypot(pa.x - centre.x, pa.y - centre.y) > hypot(pb.x - centre.x, pb.y - centre.y)
        }
        // Points themselves are kept clear of labels.
        for index in shown.indices {
            let p = position(shown[index]), r = radius(shown[index]) * 0.7
            builder.reserve(Rect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r))
        }
        // A label per point; with numbers, points drawn on the same spot (tied figures) share one label
        // ("3, 8, 11"), up to six numbers each, so a cluster does not need a ring of separate numbers.
        var groups: [[Int]] = []
        if numbered {
            var bySpot: [String: Int] = [:]
            for index in priority {
                let p = position(shown[index])
                let spot = "\((p.x * 2).rounded()),\((p.y * 2).rounded())"
                if let group = bySpot[spot], groups[group].count < 6 {
                    groups[group].append(index)
                } else {
                    bySpot[spot] = groups.count
                    groups.append([index])
                }
            }
        } else {
            groups = priority.map { [$0] }
        }
        var placed = Set<Int>()
        let fitter = builder.type.fitter(font)
        for group in groups {
            let index = group[0]
            let p = position(shown[index])
            let text =
                numbered
                ? group.sorted().map { String($0 + 1) }.joined(separator: ", ")
                : fitter.ellipsize(NormalizedText(shown[index].label).string, width: plot.width * 0.3)
            let w = builder.type.width(text, font)
            let h = line.height
            let rings = numbered ? (0..<6).map { h * 1.1 * Double($0) } : [0.0]
            spots: for extra in rings {
                let r = radius(shown[index]) + 1.5 + extra
                var candidates: [(Double, Double)] = [
                    (p.x + r, p.y - h / 2), (p.x - r - w, p.y - h / 2), (p.x - w / 2, p.y - r - h), (p.x - w / 2, p.y + r),
                    (p.x + r * 0.7, p.y - r * 0.7 - h), (p.x - r * 0.7 - w, p.y - r * 0.7 - h), (p.x + r * 0.7, p.y + r * 0.7),
                    (p.x - r * 0.7 - w, p.y + r * 0.7),
                ]
                if extra > 0 {
                    // Farther out, sixteen directions, each joined to its point by a thin leader.
                    candidates += (0..<16).map { k -> (Double, Double) in
                        let angle = Double(k) * .pi / 8 + .pi / 16
                        return (p.x + r * cos(angle) - w / 2, p.y + r * sin(angle) - h / 2)
                    }
                }
                for (x, top) in candidates {
                    let box = Rect(x: x, y: top, width: w, height: h)
                    guard plot.contains(box), builder.isFree(builder.box(text, at: Point(x: x, y: top + line.ascent), font: font)) else { continue }
                    guard builder.text(text, x: x, baseline: top + line.ascent, font: font, color: theme.text) else { continue }
                    if extra > 0 {
                        let target = Point(x: min(max(p.x, box.minX), box.maxX), y: min(max(p.y, box.minY), box.maxY))
                        builder.line(p, target, theme.secondaryText, StrokeStyle(width: 0.5))
                    }
                    placed.formUnion(group)
                    break spots
                }
            }
        }
        if let key {
            // The key lists a number only when the number stands beside its point, so a name in the key
            // always leads to a point; a number that found no room leaves its name out, and the chart's
            // completeness check says so.
            let left = frame.plot.maxX - key.width
            let nameFont = key.font
            for index in shown.indices {
                let column = index / key.rowsPerColumn, row = index % key.rowsPerColumn
                let x = left + Double(column) * key.columnWidth
                let baseline = frame.plot.minY + Double(row) * key.line.pitch + key.line.ascent
                guard placed.contains(index) else { continue }
                builder.text(String(index + 1), x: x + key.numberWidth, baseline: baseline, font: key.font, color: theme.secondaryText, anchor: .right)
                builder.text(shown[index].label, x: x + key.numberWidth + key.font.size * 0.5, baseline: baseline, font: nameFont, color: theme.text)
            }
        }
        let omitted = shown.count - placed.count
        if let note = strings.omittedLabelsNote(omitted) {
            let small = builder.type.font(builder.scale.note)
            builder.text(
                note, x: plot.maxX, baseline: frame.plot.minY + builder.type.line(small).ascent, font: small, color: theme.secondaryText, anchor: .right)
        }
    }
}
