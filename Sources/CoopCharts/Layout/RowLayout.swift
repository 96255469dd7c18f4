/// Rows of labelled items down a plot (ranked bars, rank bands, heatmap rows): the type shrinks as rows
/// get denser, down to the floor; names wrap onto two lines when rows are tall enough, then shorten
/// with "…". Every row is labelled: a label that cannot fit is refused by the scene builder and
/// reported by the chart's completeness check, never skipped on purpose. (Skipping every other row
/// once dropped half of 63 province names whenever a rounding error made the row a hair too short.)
struct RowLayout {
    let count: Int
    let top: Double
    let pitch: Double
    let font: Font
    let line: Typesetter.LineMetrics
    let maxLines: Int

    init(count: Int, top: Double, height: Double, builder: SceneBuilder, weight: Font.Weight = .regular, ceiling: Double? = nil) {
        self.count = count
        self.top = top
        let n = Double(max(count, 1))
        let probe = builder.type.line(builder.type.font(10, weight))
        let perPoint = probe.pitch / 10
        let size = builder.scale.labelSize(rowPitch: height / n, lineHeightPerPoint: perPoint)
        let fontSize = min(size, ceiling ?? size)
        // Rows never grow so tall that two items look like a poster.
        pitch = min(height / n, fontSize * perPoint * 3)
        font = builder.type.font(fontSize, weight)
        line = builder.type.line(font)
        // Metrics measured at the real size differ from the 10 pt probe in the last bits: allow for it.
        maxLines = pitch >= 2 * line.pitch * 0.999 ? 2 : 1
    }

    func middle(_ index: Int) -> Double { top + pitch * (Double(index) + 0.5) }
    var bottom: Double { top + pitch * Double(count) }

    /// Names fitted to at most `widthLimit`, and the width of the widest fitted line.
    func fit(_ names: [String], widthLimit: Double, builder: SceneBuilder) -> (lines: [[String]], width: Double) {
        let fitter = builder.type.fitter(font)
        let lines = names.map { fitter.wrap(NormalizedText($0).string, width: max(widthLimit, 1), maxLines: maxLines) }
        let width = lines.flatMap { $0 }.map { builder.type.width($0, font) }.max() ?? 0
        return (lines, width)
    }

    /// Draws the fitted name of row `index`, right-aligned at `right` (or left-aligned at `left`).
    func drawName(
        _ lines: [String], row index: Int, x: Double, anchor: SceneBuilder.Anchor, color: Color, font: Font? = nil,
        into builder: inout SceneBuilder
    ) {
        let font = font ?? self.font
        let line = font == self.font ? self.line : builder.type.line(font)
        let block = Double(lines.count - 1) * line.pitch + line.height
        let first = middle(index) - block / 2 + line.ascent
        for (offset, text) in lines.enumerated() {
            builder.text(text, x: x, baseline: first + Double(offset) * line.pitch, font: font, color: color, anchor: anchor)
        }
    }
}
