import Foundation
import CoopFormatting

/// Profiles on several indicators: one axis per indicator around a circle, each item a polygon of its
/// scores on a 0–100 scale (the caller normalises, e.g. min–max across the cluster), against a dashed
/// reference profile such as the cluster average. A missing score leaves a gap in the outline.
public struct RadarChart: ChromedChart {
    public var chrome: ChartChrome
    /// Axis names, clockwise from the top.
    public var axes: [String]
    /// Profiles, each with one 0–100 score per axis.
    public var series: [ChartSeries]
    /// The comparison profile (dashed), e.g. the cluster average.
    public var reference: ChartSeries?
    /// Whether the chart explains the 0–100 scale under itself; off when a page of radars says it once.
    public var explainsScale: Bool

    /// Creates a radar chart.
    public init(chrome: ChartChrome, axes: [String], series: [ChartSeries], reference: ChartSeries? = nil, explainsScale: Bool = true) {
        self.chrome = chrome
        self.axes = axes
        self.series = series
        self.reference = reference
        self.explainsScale = explainsScale
    }

    /// Every axis label, every profile's name and the comparison's name (in the legend).
    public var requiredLabels: [String] { axes + series.map(\.name) + [reference?.name].compactMap { $0 } }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        var legend = series.indices.map { ChartFrame.LegendEntry(label: series[$0].name, style: theme.style(forSeries: $0), kind: .line) }
        let referenceStyle = SeriesStyle(color: theme.secondaryText, marker: .square, dash: [4, 3])
        if let reference { legend.append(.init(label: reference.name, style: referenceStyle, kind: .line)) }
        var missing: [String] = []
        for item in series {
            let gaps = axes.indices.filter { $0 >= item.values.count || item.values[$0].value == nil }.map { axes[$0] }
            if !gaps.isEmpty { missing.append("\(item.name) (\(gaps.joined(separator: ", ")))") }
        }
        let frame = ChartFrame.place(
            chrome: chrome, notes: [explainsScale ? chrome.strings.normalisedNote : nil, chrome.strings.missingNote(missing)] + chrome.footnotes.map { $0 },
            legend: legend, into: &builder)
        guard axes.count >= 1, frame.plot.height > 20 else { builder.scene.render(on: area.backend); return }
        let plot = frame.plot
        let (font, labels) = Self.axisLabels(axes, plot: plot, builder: builder)
        let line = builder.type.line(font)
        let widest = labels.flatMap { $0 }.map { builder.type.width($0, font) }.max() ?? 0
        // The circle takes what the labels leave: their width beside it, their lines above and below it.
        let tallest = Double(labels.map(\.count).max() ?? 1)
        let radius = max(10, min((plot.width - 2 * widest) / 2 - font.size, plot.height / 2 - line.pitch * tallest - font.size * 0.6))
        let center = Point(x: plot.midX, y: plot.midY)
        func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(axes.count) }
        func point(_ i: Int, _ score: Double) -> Point {
            let r = radius * min(max(score, 0), 100) / 100
            return Point(x: center.x + r * cos(angle(i)), y: center.y + r * sin(angle(i)))
        }
        for ring in [25.0, 50, 75, 100] {
            builder.stroke(.polygon(axes.indices.map { point($0, ring) }), theme.grid, StrokeStyle(width: ring == 100 ? 1 : 0.6))
        }
        for i in axes.indices { builder.line(center, point(i, 100), theme.grid, StrokeStyle(width: 0.6)) }
        let width = max(1.5, builder.scale.label * 0.17)
        func scores(_ values: [ChartValue]) -> [Double?] { axes.indices.map { $0 < values.count ? values[$0].value : nil } }
        // Fills first, then the dashed average over them, then the profiles' outlines: no fill hides the average.
        if series.count <= 3 {
            for (s, item) in series.enumerated() {
                let values = scores(item.values)
                guard values.allSatisfy({ $0 != nil }) else { continue }
                builder.fill(.polygon(axes.indices.map { point($0, values[$0]!) }), theme.style(forSeries: s).color.mixed(with: .white, 0.82))
            }
        }
        func outline(_ values: [ChartValue], style: SeriesStyle) {
            let scores = scores(values)
            // Segments between neighbouring axes that both have scores: a missing score is a gap.
            for i in axes.indices {
                let j = (i + 1) % axes.count
                guard axes.count > 1, let a = scores[i], let b = scores[j] else { continue }
                builder.line(point(i, a), point(j, b), style.color, StrokeStyle(width: width, dash: style.dash))
            }
            for i in axes.indices { if let a = scores[i] { builder.marker(style.marker, at: point(i, a), size: width * 3, color: style.color) } }
        }
        if let reference { outline(reference.values, style: referenceStyle) }
        for (s, item) in series.enumerated() { outline(item.values, style: theme.style(forSeries: s)) }
        for (i, lines) in labels.enumerated() {
            let a = angle(i)
            let anchorPoint = Point(x: center.x + (radius + font.size * 0.6) * cos(a), y: center.y + (radius + font.size * 0.6) * sin(a))
            let horizontal: SceneBuilder.Anchor = abs(cos(a)) < 0.2 ? .center : (cos(a) > 0 ? .left : .right)
            let block = Double(lines.count - 1) * line.pitch + line.height
            let top = sin(a) < -0.2 ? anchorPoint.y - block : (sin(a) > 0.2 ? anchorPoint.y : anchorPoint.y - block / 2)
            for (k, text) in lines.enumerated() {
                builder.text(text, x: anchorPoint.x, baseline: top + Double(k) * line.pitch + line.ascent, font: font, color: theme.text, anchor: horizontal)
            }
        }
        // The scale's 50 and 100 sit just inside the rings beside the first axis, after the axis labels,
        // so a crowded top gives way to the labels rather than the other way round.
        let small = builder.type.font(max(builder.scale.floor, builder.scale.note * 0.8))
        let smallLine = builder.type.line(small)
        for ring in [50.0, 100] {
            builder.text(
                chrome.locale.format(ring, maxDecimals: 0), x: point(0, ring).x + 2, baseline: point(0, ring).y + smallLine.ascent + 2,
                font: small, color: theme.secondaryText)
        }
        builder.scene.render(on: area.backend)
    }

    /// The axis labels, each drawn whole: wrapped at word breaks onto at most three lines, within a
    /// fifth of the plot's width if it can be, else a quarter, then three tenths; the type shrinks
    /// towards the floor before a label would be cut. A label is never shortened with "…" ("HTX thành
    /// l…" says nothing): when nothing fits, each word gets a line of its own at the floor size.
    static func axisLabels(_ axes: [String], plot: Rect, builder: SceneBuilder) -> (font: Font, lines: [[String]]) {
        let scale = builder.scale
        let largest = max(scale.floor, scale.note * (axes.count > 10 ? 0.9 : 1.05))
        var sizes: [Double] = []
        var size = largest
        while size > scale.floor { sizes.append(size); size -= 0.5 }
        sizes.append(scale.floor)
        let texts = axes.map { NormalizedText($0).string }
        for size in sizes {
            let font = builder.type.font(size)
            let fitter = builder.type.fitter(font)
            for share in [0.2, 0.25, 0.3] {
                let width = plot.width * share
                let lines = texts.map { fitter.wrap($0, width: width, maxLines: 3) }
                if zip(texts, lines).allSatisfy({ isWhole($0, $1) }) { return (font, lines) }
            }
        }
        let font = builder.type.font(scale.floor)
        return (font, texts.map { $0.split(separator: " ").map(String.init) })
    }

    /// True when `lines` spell `text` out, word for word: nothing was cut or shortened.
    static func isWhole(_ text: String, _ lines: [String]) -> Bool {
        lines.flatMap { $0.split(separator: " ") } == text.split(separator: " ")
    }
}
