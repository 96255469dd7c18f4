/// Decides where every mark of a `RankingBarChart` goes. Works top-down for the header, bottom-up for
/// the notes, and gives the rows what is left, so no block can run into another.
struct RankingBarLayout {
    let chart: RankingBarChart
    let area: DrawingArea

    /// Tall Vietnamese capitals with stacked marks and descenders: the ink a line of text may need.
    private static let lineProbe = NormalizedText("ẾỖẶÁgjpyQ|")
    /// Space between lines of a block, as a fraction of the probe's ink height.
    private static let lineSpacing = 1.12

    /// A font's line: ink above and below the baseline and the pitch between baselines.
    private struct LineMetrics {
        var ascent: Double
        var descent: Double
        var pitch: Double { (ascent + descent) * RankingBarLayout.lineSpacing }
    }

    private func font(_ size: Double, _ weight: Font.Weight = .regular) -> Font {
        Font(family: chart.theme.fontFamily ?? area.fontFamily, size: size, weight: weight)
    }

    private func lineMetrics(_ font: Font) -> LineMetrics {
        let probe = area.backend.measureText(Self.lineProbe, font: font)
        return LineMetrics(ascent: probe.ascent, descent: probe.descent)
    }

    private func width(_ text: String, _ font: Font) -> Double {
        area.backend.measureText(NormalizedText(text), font: font).width
    }

    private func fitter(_ font: Font) -> LabelFitter {
        LabelFitter { text in width(text, font) }
    }

    func scene() -> Scene {
        var scene = Scene()
        let bounds = area.bounds
        guard bounds.width > 0, bounds.height > 0 else { return scene }
        let type = TypeScale(canvas: Size(width: bounds.width, height: bounds.height), factor: chart.theme.typeFactor)
        let margin = TypeScale.clamp(min(bounds.width, bounds.height) * 0.035, 4, 24)
        let content = bounds.inset(by: margin)

        // Header: title, then subtitle, each on at most two lines.
        var top = content.minY
        top = placeBlock(chart.title, font: font(type.title, .bold), color: chart.theme.text, maxLines: 2,
                         top: top, within: content, into: &scene)
        if !chart.subtitle.isEmpty {
            top += type.subtitle * 0.25
            top = placeBlock(chart.subtitle, font: font(type.subtitle), color: chart.theme.secondaryText, maxLines: 2,
                             top: top, within: content, into: &scene)
        }
        top += type.note * 0.8

        // Notes, stacked upwards from the bottom: legend, missing items, then footnotes last.
        let noteFont = font(type.note)
        let noteLine = lineMetrics(noteFont)
        let fitNotes = fitter(noteFont)
        let notes = [chart.boundsLegend, chart.missingNote].compactMap { $0 } + chart.footnotes.filter { !$0.isEmpty }
        let noteLines = notes.flatMap { fitNotes.wrap(NormalizedText($0).string, width: content.width, maxLines: 3) }
        let notesTop = content.maxY - Double(noteLines.count) * noteLine.pitch
        for (index, line) in noteLines.enumerated() {
            let baseline = notesTop + Double(index) * noteLine.pitch + noteLine.ascent
            scene.add(.text(NormalizedText(line), at: Point(x: content.minX, y: baseline), noteFont, chart.theme.secondaryText))
        }

        // The reference label gets its own strip above the rows, so it can cross no other text.
        var plotTop = top
        if chart.reference != nil { plotTop += noteLine.pitch + type.note * 0.3 }
        let plotBottom = notesTop - (noteLines.isEmpty ? 0 : type.note * 0.6)
        placeRows(type: type, content: content, plotTop: plotTop, plotBottom: plotBottom,
                  referenceBaseline: plotTop - type.note * 0.3 - noteLine.descent, into: &scene)
        return scene
    }

    /// Wraps `text` into `within.width` and places it from `top`; returns the bottom of the block.
    private func placeBlock(_ text: String, font: Font, color: Color, maxLines: Int, top: Double, within: Rect,
                            into scene: inout Scene) -> Double {
        guard !text.isEmpty else { return top }
        let metrics = lineMetrics(font)
        let lines = fitter(font).wrap(NormalizedText(text).string, width: within.width, maxLines: maxLines)
        for (index, line) in lines.enumerated() {
            let baseline = top + Double(index) * metrics.pitch + metrics.ascent
            scene.add(.text(NormalizedText(line), at: Point(x: within.minX, y: baseline), font, color))
        }
        return top + Double(lines.count) * metrics.pitch
    }

    private func placeRows(type: TypeScale, content: Rect, plotTop: Double, plotBottom: Double,
                           referenceBaseline: Double, into scene: inout Scene) {
        let bars = chart.rankedBars
        guard !bars.isEmpty, plotBottom > plotTop else { return }

        // Type shrinks with the number of rows; rows never grow so tall that two bars look like a poster.
        // Row height is judged by the ink of the labels actually drawn (measured at 10 pt, metrics scale
        // linearly without hinting), so ordinary names are not shrunk for a capital Ế that never appears.
        let names = bars.map { NormalizedText($0.label).string }
        let values = bars.map { NormalizedText(chart.valueLabel(for: $0)) }
        var unit = LineMetrics(ascent: 0, descent: 0)
        for (name, bar) in zip(names, bars) {
            let ink = area.backend.measureText(NormalizedText(name), font: font(10, bar.isHighlighted ? .bold : .regular))
            unit = LineMetrics(ascent: max(unit.ascent, ink.ascent), descent: max(unit.descent, ink.descent))
        }
        for value in values {
            let ink = area.backend.measureText(value, font: font(10))
            unit = LineMetrics(ascent: max(unit.ascent, ink.ascent), descent: max(unit.descent, ink.descent))
        }
        let lineHeightPerPoint = unit.pitch / 10
        let available = plotBottom - plotTop
        let fittedSize = type.labelSize(rowPitch: available / Double(bars.count), lineHeightPerPoint: lineHeightPerPoint)
        let pitch = min(available / Double(bars.count), fittedSize * lineHeightPerPoint * 3)
        let labelFont = font(fittedSize)
        let boldLabelFont = font(fittedSize, .bold)
        let labelLine = LineMetrics(ascent: unit.ascent * fittedSize / 10, descent: unit.descent * fittedSize / 10)
        // Below the floor even one line no longer fits a row: label every n-th row rather than overprint.
        let labelStride = pitch >= labelLine.pitch ? 1 : Int((labelLine.pitch / pitch).rounded(.up))
        let maxLabelLines = pitch >= 2 * labelLine.pitch ? 2 : 1
        let gap = fittedSize * 0.5

        // Category labels: right-aligned in a column at most 30 % of the width; long names wrap, then shorten.
        let columnLimit = content.width * 0.3
        let fittedNames: [[String]] = zip(names, bars).map { name, bar in
            fitter(bar.isHighlighted ? boldLabelFont : labelFont).wrap(name, width: columnLimit, maxLines: maxLabelLines)
        }
        var column = 0.0
        for (lines, bar) in zip(fittedNames, bars) {
            let lineFont = bar.isHighlighted ? boldLabelFont : labelFont
            for line in lines { column = max(column, width(line, lineFont)) }
        }

        // Value labels sit outside the bars; reserve room for them on the side they fall.
        let valueWidths = values.map { area.backend.measureText($0, font: labelFont).width }
        let positiveWidth = zip(bars, valueWidths).filter { $0.0.value >= 0 }.map(\.1).max() ?? 0
        let negativeWidth = zip(bars, valueWidths).filter { $0.0.value < 0 }.map(\.1).max()
        let rightReserve = min(positiveWidth + gap, content.width * 0.25)
        let leftReserve = negativeWidth.map { min($0 + gap, content.width * 0.2) } ?? 0
        let columnRight = content.minX + column
        let plotLeft = columnRight + gap + leftReserve
        let plotRight = max(plotLeft + 1, content.maxX - rightReserve)

        let scale = LinearScale(covering: bars.map(\.value) + [chart.reference?.value].compactMap { $0 },
                                range: plotLeft...plotRight)
        let zeroX = scale.position(0)
        let rowsBottom = plotTop + pitch * Double(bars.count)
        let thickness = pitch * 0.72

        for (index, bar) in bars.enumerated() {
            let middle = plotTop + pitch * (Double(index) + 0.5)
            let end = scale.position(bar.value)
            let rect = Rect(x: min(zeroX, end), y: middle - thickness / 2, width: abs(end - zeroX), height: thickness)
            scene.add(.rect(rect, bar.isHighlighted ? chart.theme.highlight : chart.theme.series[0]))
        }

        let axisStyle = StrokeStyle(width: max(0.75, fittedSize * 0.08))
        scene.add(.line(from: Point(x: zeroX, y: plotTop), to: Point(x: zeroX, y: rowsBottom), chart.theme.axis, axisStyle))

        if let reference = chart.reference, reference.value.isFinite {
            let x = scale.position(reference.value)
            let style = StrokeStyle(width: max(1, fittedSize * 0.1), dash: [type.note * 0.5, type.note * 0.35])
            scene.add(.line(from: Point(x: x, y: plotTop - type.note * 0.2), to: Point(x: x, y: rowsBottom),
                            chart.theme.axis, style))
            let noteFont = font(type.note)
            let label = fitter(noteFont).ellipsize(NormalizedText(reference.label(chart.locale)).string, width: content.width)
            let labelWidth = width(label, noteFont)
            let labelX = min(max(x - labelWidth / 2, content.minX), content.maxX - labelWidth)
            scene.add(.text(NormalizedText(label), at: Point(x: labelX, y: referenceBaseline), noteFont, chart.theme.text))
        }

        for (index, bar) in bars.enumerated() where index % labelStride == 0 {
            let middle = plotTop + pitch * (Double(index) + 0.5)
            let lineFont = bar.isHighlighted ? boldLabelFont : labelFont
            let lines = fittedNames[index]
            // Centre the block of lines on the bar using the probe's ink, the same for every row.
            let blockHeight = Double(lines.count - 1) * labelLine.pitch + labelLine.ascent + labelLine.descent
            let firstBaseline = middle - blockHeight / 2 + labelLine.ascent
            for (lineIndex, line) in lines.enumerated() {
                let lineWidth = width(line, lineFont)
                let origin = Point(x: columnRight - lineWidth, y: firstBaseline + Double(lineIndex) * labelLine.pitch)
                scene.add(.text(NormalizedText(line), at: origin, lineFont, chart.theme.text))
            }

            let valueBaseline = middle - (labelLine.ascent + labelLine.descent) / 2 + labelLine.ascent
            let placement = valuePlacement(width: valueWidths[index], value: bar.value, zeroX: zeroX,
                                           end: scale.position(bar.value), gap: gap,
                                           leftLimit: columnRight + gap, rightLimit: content.maxX)
            if !placement.inside {
                // A canvas-coloured plate keeps the dashed reference line from striking through the number.
                let plate = Rect(x: placement.x - gap * 0.3, y: middle - thickness / 2,
                                 width: valueWidths[index] + gap * 0.6, height: thickness)
                scene.add(.rect(plate, chart.theme.background))
            }
            scene.add(.text(values[index], at: Point(x: placement.x, y: valueBaseline), labelFont,
                            placement.inside ? chart.theme.background : chart.theme.text))
        }
    }

    /// Outside the bar's end when it fits on the canvas, otherwise inside the bar in white.
    private func valuePlacement(width: Double, value: Double, zeroX: Double, end: Double, gap: Double,
                                leftLimit: Double, rightLimit: Double) -> (x: Double, inside: Bool) {
        if value >= 0 {
            let outside = end + gap
            if outside + width <= rightLimit { return (outside, false) }
            return (max(zeroX + gap, end - gap - width), true)
        }
        let outside = end - gap - width
        if outside >= leftLimit { return (outside, false) }
        return (min(zeroX - gap - width, end + gap), true)
    }
}
