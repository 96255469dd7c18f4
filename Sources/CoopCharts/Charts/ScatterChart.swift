import Foundation
import CoopFormatting

/// Two indicators against each other, one point per item, optionally sized by a third (area ∝ value).
/// Points are labelled beside themselves where there is room, trying eight positions; the points
/// farthest from the centre are labelled first, so the extremes keep their names when space runs out.
/// Dashed lines mark the averages. Items missing either value are named in a note.
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

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        let strings = chrome.strings
        let shown = plotted
        let missing = items.filter { $0.x.value == nil || $0.y.value == nil }.map(\.label)
        let bounds = shown.flatMap { [$0.x.bound, $0.y.bound] }
        var notes: [String?] = [chrome.boundsLegend(bounds), strings.missingNote(missing)]
        if let sizeTitle { notes.insert(chrome.strings.pointArea + sizeTitle, at: 0) }
        let frame = ChartFrame.place(chrome: chrome, notes: notes + chrome.footnotes.map { $0 }, into: &builder)
        guard frame.plot.height > 20, frame.plot.width > 20 else { builder.scene.render(on: area.backend); return }

        let titleFont = builder.type.font(builder.scale.note, .bold)
        let titleLine = builder.type.line(titleFont)
        // The y title sits above the axis, the x title under the tick labels, both horizontal.
        builder.text(builder.type.fitter(titleFont).ellipsize(NormalizedText(yTitle).string, width: frame.plot.width),
                     x: frame.plot.minX, baseline: frame.plot.minY + titleLine.ascent, font: titleFont, color: theme.text)
        let xTitleText = builder.type.fitter(titleFont).ellipsize(NormalizedText(xTitle).string, width: frame.plot.width)
        builder.text(xTitleText, x: frame.plot.maxX, baseline: frame.plot.maxY - titleLine.descent, font: titleFont, color: theme.text, anchor: .right)
        let body = Rect(x: frame.plot.minX, y: frame.plot.minY + titleLine.pitch, width: frame.plot.width,
                        height: frame.plot.height - titleLine.pitch * 2.2)
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
        if showsAverages, !shown.isEmpty {
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
        // Labels: the points farthest from the centre first; eight candidate spots each.
        let font = builder.type.font(max(builder.scale.floor, builder.scale.label * 0.85))
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
        var omitted = 0
        let fitter = builder.type.fitter(font)
        for index in priority {
            let p = position(shown[index])
            let r = radius(shown[index]) + 1.5
            let text = fitter.ellipsize(NormalizedText(shown[index].label).string, width: plot.width * 0.3)
            let w = builder.type.width(text, font)
            let h = line.height
            let candidates: [(Double, Double)] = [
                (p.x + r, p.y - h / 2), (p.x - r - w, p.y - h / 2), (p.x - w / 2, p.y - r - h), (p.x - w / 2, p.y + r),
                (p.x + r * 0.7, p.y - r * 0.7 - h), (p.x - r * 0.7 - w, p.y - r * 0.7 - h), (p.x + r * 0.7, p.y + r * 0.7), (p.x - r * 0.7 - w, p.y + r * 0.7),
            ]
            var placed = false
            for (x, top) in candidates {
                let box = Rect(x: x, y: top, width: w, height: h)
                guard plot.contains(box), builder.isFree(builder.box(text, at: Point(x: x, y: top + line.ascent), font: font)) else { continue }
                placed = builder.text(text, x: x, baseline: top + line.ascent, font: font, color: theme.text)
                if placed { break }
            }
            if !placed { omitted += 1 }
        }
        if let note = strings.omittedLabelsNote(omitted) {
            let small = builder.type.font(builder.scale.note)
            builder.text(note, x: plot.maxX, baseline: frame.plot.minY + builder.type.line(small).ascent, font: small, color: theme.secondaryText, anchor: .right)
        }
        builder.scene.render(on: area.backend)
    }
}
