/// Value axes with round ticks, grid lines and tick labels that never overlap, shared by every
/// chart with a numeric axis. The tick count follows the room: about one tick per three lines of text
/// vertically, one per label-and-a-half horizontally.
enum Axes {
    /// A vertical value axis on the left of `plot`: returns the scale and the area right of the labels.
    static func vertical(
        values: [Double], fixed: ClosedRange<Double>? = nil, includeZero: Bool = true, in plot: Rect,
        format: (Double, Int) -> String, into builder: inout SceneBuilder
    ) -> (scale: NiceScale, area: Rect) {
        let font = builder.type.font(builder.scale.note)
        let metrics = builder.type.line(font)
        let maxTicks = max(2, min(8, Int(plot.height / (metrics.pitch * 2.5))))
        let scale = NiceScale(covering: values, includeZero: includeZero, maxTicks: maxTicks, fixed: fixed)
        let labels = scale.ticks.map { format($0, scale.decimals) }
        let labelWidth = labels.map { builder.type.width($0, font) }.max() ?? 0
        let gap = font.size * 0.5
        let area = Rect(
            x: plot.minX + labelWidth + gap, y: plot.minY + metrics.height / 2,
            width: max(1, plot.width - labelWidth - gap), height: max(1, plot.height - metrics.height))
        for (tick, label) in zip(scale.ticks, labels) {
            let y = scale.y(tick, top: area.minY, bottom: area.maxY)
            builder.line(Point(x: area.minX, y: y), Point(x: area.maxX, y: y), builder.theme.grid, StrokeStyle(width: 0.6))
            builder.text(label, x: area.minX - gap, middle: y, font: font, color: builder.theme.secondaryText, anchor: .right)
        }
        return (scale, area)
    }

    /// A horizontal value axis along the bottom of `plot`: returns the scale and the area above the labels.
    static func horizontal(
        values: [Double], fixed: ClosedRange<Double>? = nil, includeZero: Bool = true, in plot: Rect,
        format: (Double, Int) -> String, into builder: inout SceneBuilder
    ) -> (scale: NiceScale, area: Rect) {
        let font = builder.type.font(builder.scale.note)
        let metrics = builder.type.line(font)
        // Judge label width from the widest likely label, then settle the tick count.
        var maxTicks = 8
        var scale = NiceScale(covering: values, includeZero: includeZero, maxTicks: maxTicks, fixed: fixed)
        while maxTicks > 2 {
            let widest = scale.ticks.map { builder.type.width(format($0, scale.decimals), font) }.max() ?? 0
            if Double(scale.ticks.count) * widest * 1.6 <= plot.width { break }
            maxTicks -= 1
            scale = NiceScale(covering: values, includeZero: includeZero, maxTicks: maxTicks, fixed: fixed)
        }
        let labels = scale.ticks.map { format($0, scale.decimals) }
        let edge = (labels.map { builder.type.width($0, font) }.max() ?? 0) / 2
        let area = Rect(
            x: plot.minX + edge, y: plot.minY, width: max(1, plot.width - 2 * edge),
            height: max(1, plot.height - metrics.pitch - font.size * 0.3))
        for (tick, label) in zip(scale.ticks, labels) {
            let x = scale.position(tick, in: area.minX...area.maxX)
            builder.line(Point(x: x, y: area.minY), Point(x: x, y: area.maxY), builder.theme.grid, StrokeStyle(width: 0.6))
            builder.text(
                label, x: x, baseline: area.maxY + font.size * 0.3 + metrics.ascent, font: font,
                color: builder.theme.secondaryText, anchor: .center)
        }
        return (scale, area)
    }

    /// Labels under evenly spaced slots (categories or periods), wrapped into the slot width. Periods on a
    /// time axis may be `thinned` (every n-th year when even the floor size cannot fit them all: the axis
    /// still reads); category names never are: a chart whose names do not fit changes form instead.
    /// Returns the height used.
    static func slotLabels(
        _ labels: [String], centers: [Double], slotWidth: Double, top: Double, maxLines: Int, thinned: Bool = false,
        into builder: inout SceneBuilder
    ) -> Double {
        guard !labels.isEmpty else { return 0 }
        let size = labelSize(labels, slotWidth: slotWidth, maxLines: maxLines, builder: builder)
        let font = builder.type.font(size)
        let metrics = builder.type.line(font)
        let fitter = builder.type.fitter(font)
        let wrapped = labels.map { fitter.wrap(NormalizedText($0).string, width: max(slotWidth * 0.96, 1), maxLines: maxLines) }
        let widest = labels.map { builder.type.width($0, font) }.min() ?? 0
        let stride = !thinned || slotWidth >= min(widest, font.size * 2.5) ? 1 : Int((font.size * 3 / slotWidth).rounded(.up))
        var height = 0.0
        for (index, lines) in wrapped.enumerated() where index % stride == 0 {
            for (row, line) in lines.enumerated() {
                builder.text(
                    line, x: centers[index], baseline: top + Double(row) * metrics.pitch + metrics.ascent, font: font,
                    color: builder.theme.text, anchor: .center)
            }
            height = max(height, Double(lines.count) * metrics.pitch)
        }
        return height
    }

    /// The height `slotLabels` will need.
    static func slotLabelsHeight(_ labels: [String], slotWidth: Double, maxLines: Int, builder: SceneBuilder) -> Double {
        let size = labelSize(labels, slotWidth: slotWidth, maxLines: maxLines, builder: builder)
        let font = builder.type.font(size)
        let fitter = builder.type.fitter(font)
        let lines = labels.map { fitter.wrap(NormalizedText($0).string, width: max(slotWidth * 0.96, 1), maxLines: maxLines).count }.max() ?? 1
        return Double(lines) * builder.type.line(font).pitch
    }

    /// True when every label fits its slot on `maxLines` lines at a legible size without shortening.
    static func slotLabelsFit(_ labels: [String], slotWidth: Double, maxLines: Int, builder: SceneBuilder) -> Bool {
        let font = builder.type.font(max(builder.scale.label * 0.8, 7))
        let fitter = builder.type.fitter(font)
        return labels.allSatisfy { !fitter.wrap(NormalizedText($0).string, width: slotWidth * 0.96, maxLines: maxLines).joined().hasSuffix("…") }
    }

    private static func labelSize(_ labels: [String], slotWidth: Double, maxLines: Int, builder: SceneBuilder) -> Double {
        // The longest word must fit the slot: shrink until it does, never below the floor.
        let words = labels.flatMap { $0.split(separator: " ").map(String.init) }
        return builder.type.sizeFitting(words, width: slotWidth * 0.96, floor: max(builder.scale.floor, 6), ceiling: builder.scale.label)
    }
}
