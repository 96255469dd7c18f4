/// Measures text for layouts: fonts of one family, line metrics, and fitting into widths.
/// Every layout measures through this, with the backend it will draw on, so boxes match the drawing.
struct Typesetter {
    let backend: any DrawingBackend
    let family: FontFamily

    /// Tall Vietnamese capitals with stacked marks and descenders: the ink a line of text may need.
    static let lineProbe = NormalizedText("ẾỖẶÁgjpyQ|")
    /// Space between lines of a block, as a fraction of the probe's ink height.
    static let lineSpacing = 1.12

    /// A font's line: ink above and below the baseline and the pitch between baselines.
    struct LineMetrics {
        var ascent: Double
        var descent: Double
        var height: Double { ascent + descent }
        var pitch: Double { height * Typesetter.lineSpacing }
    }

    func font(_ size: Double, _ weight: Font.Weight = .regular) -> Font {
        Font(family: family, size: size, weight: weight)
    }

    func line(_ font: Font) -> LineMetrics {
        let probe = backend.measureText(Self.lineProbe, font: font)
        return LineMetrics(ascent: probe.ascent, descent: probe.descent)
    }

    func extents(_ text: String, _ font: Font) -> TextExtents {
        backend.measureText(NormalizedText(text), font: font)
    }

    func width(_ text: String, _ font: Font) -> Double { extents(text, font).width }

    func fitter(_ font: Font) -> LabelFitter { LabelFitter { width($0, font) } }

    /// The largest size in `floor…ceiling` at which every text fits `width` on one line (or `floor`).
    func sizeFitting(_ texts: [String], width: Double, weight: Font.Weight = .regular, floor: Double, ceiling: Double) -> Double {
        let widest = texts.map { self.width($0, font(10, weight)) }.max() ?? 0
        guard widest > 0 else { return ceiling }
        return min(max(width / widest * 10, floor), ceiling)
    }
}
