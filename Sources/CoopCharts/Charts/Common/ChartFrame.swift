/// The blocks every chart shares, placed before its data: the title and subtitle at the top, a legend
/// under them, and the notes at the bottom (bound marks, missing items, other notes, then footnotes).
/// What is left between them is the plot area. Generalises the ranking chart's header and notes.
struct ChartFrame {
    /// A legend entry: a swatch (area), a line with its marker, or a marker alone.
    struct LegendEntry {
        enum Kind { case swatch, line, marker }
        var label: String
        var style: SeriesStyle
        var kind: Kind
    }

    /// The plot area left for the data, and the content rectangle inside the margins.
    struct Result {
        var plot: Rect
        var content: Rect
    }

    /// Places the header, legend and notes; returns the free plot area.
    static func place(chrome: ChartChrome, notes: [String?], legend: [LegendEntry] = [], into builder: inout SceneBuilder) -> Result {
        let bounds = builder.canvas
        let scale = builder.scale
        let theme = builder.theme
        let type = builder.type
        let margin = TypeScale.clamp(min(bounds.width, bounds.height) * 0.035, 4, 24)
        let content = bounds.inset(by: margin)
        guard content.width > 0, content.height > 0 else { return Result(plot: content, content: content) }

        var top = content.minY
        // Titles wrap rather than clip: a long scheme title is the user's own and is shown whole.
        top = builder.block(
            chrome.title, x: content.minX, top: top, width: content.width, font: type.font(scale.title, .bold),
            color: theme.text, maxLines: 4)
        if !chrome.subtitle.isEmpty {
            top += scale.subtitle * 0.25
            top = builder.block(
                chrome.subtitle, x: content.minX, top: top, width: content.width, font: type.font(scale.subtitle),
                color: theme.secondaryText, maxLines: 3)
        }
        top += scale.note * 0.8

        if !legend.isEmpty {
            top = placeLegend(legend, left: content.minX, top: top, width: content.width, into: &builder) + scale.note * 0.6
        }

        // Notes stack upwards from the bottom edge; each wraps onto at most three lines.
        let noteFont = type.font(scale.note)
        let noteLine = type.line(noteFont)
        let fitter = type.fitter(noteFont)
        let lines = notes.compactMap { $0 }.filter { !$0.isEmpty }
            .flatMap { fitter.wrap(NormalizedText($0).string, width: content.width, maxLines: 3) }
        // Notes may take at most a third of the page; the oldest (footnotes, last) are kept.
        let maxNoteLines = max(1, Int(content.height / 3 / noteLine.pitch))
        let shown = Array(lines.suffix(maxNoteLines))
        let notesTop = content.maxY - Double(shown.count) * noteLine.pitch
        for (index, line) in shown.enumerated() {
            builder.text(
                line, x: content.minX, baseline: notesTop + Double(index) * noteLine.pitch + noteLine.ascent,
                font: noteFont, color: theme.secondaryText)
        }
        let bottom = notesTop - (shown.isEmpty ? 0 : scale.note * 0.6)
        let plot = Rect(x: content.minX, y: top, width: content.width, height: max(0, bottom - top))
        return Result(plot: plot, content: content)
    }

    /// Entries in rows, wrapping to the next row when the width is used up; returns the bottom.
    static func placeLegend(_ entries: [LegendEntry], left: Double, top: Double, width: Double, into builder: inout SceneBuilder) -> Double {
        let type = builder.type
        let font = type.font(builder.scale.note)
        let metrics = type.line(font)
        let swatch = metrics.height
        let gap = font.size * 0.4
        let spacing = font.size * 1.2
        let fitter = type.fitter(font)
        var x = left
        var rowTop = top
        for entry in entries {
            let label = fitter.ellipsize(NormalizedText(entry.label).string, width: width - swatch * 2 - gap)
            let entryWidth = swatch * (entry.kind == .line ? 2 : 1) + gap + type.width(label, font)
            if x > left && x + entryWidth > left + width {
                x = left
                rowTop += metrics.pitch
            }
            let middle = rowTop + metrics.height / 2
            let markerWidth = swatch * (entry.kind == .line ? 2 : 1)
            switch entry.kind {
            case .swatch:
                builder.fill(Rect(x: x, y: rowTop + metrics.height * 0.1, width: swatch, height: metrics.height * 0.8), style: entry.style)
            case .line:
                builder.line(
                    Point(x: x, y: middle), Point(x: x + markerWidth, y: middle), entry.style.color,
                    StrokeStyle(width: max(1, font.size * 0.15), dash: entry.style.dash))
                builder.marker(entry.style.marker, at: Point(x: x + markerWidth / 2, y: middle), size: swatch * 0.6, color: entry.style.color)
            case .marker:
                builder.marker(entry.style.marker, at: Point(x: x + swatch / 2, y: middle), size: swatch * 0.7, color: entry.style.color)
            }
            builder.text(label, x: x + markerWidth + gap, baseline: rowTop + metrics.ascent, font: font, color: builder.theme.text)
            x += entryWidth + spacing
        }
        return rowTop + metrics.pitch
    }
}
