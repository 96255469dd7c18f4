import CoopFormatting

/// Horizontal bars, one row per category, shared by the ranking chart and the horizontal form of the
/// category bar chart: names right-aligned in a column, bars from a visible zero, value labels outside
/// the bar (inside, in the background colour, when there is no room), "—" for a missing figure, and a
/// dashed reference line labelled in a strip of its own above the rows.
///
/// Every name and every value is drawn whole. When the rows of one column would need type below the
/// legible size (63 provinces on a slide), the rows are split into two or three side-by-side panels on
/// one shared scale, rank order running down the first panel and on into the next. Only when even
/// three panels cannot hold them does text go missing, and the chart's completeness check says so.
struct BarRows {
    /// Category names, top to bottom.
    var names: [String]
    var seriesCount: Int
    var arrangement: CategoryBarChart.Arrangement
    /// The figure of series `s` in row `r` (for its bound mark and "missing").
    var value: (_ series: Int, _ row: Int) -> ChartValue
    /// What is drawn for series `s` in row `r`: the value, or its share in a 100 % stack.
    var drawn: (_ series: Int, _ row: Int) -> Double?
    var format: (_ value: Double, _ bound: ValueBound) -> String
    /// Tick labels of a value axis under each panel; nil draws no axis (the value labels tell).
    var tickFormat: ((Double, Int) -> String)?
    var domain: [Double]
    var fixedDomain: ClosedRange<Double>?
    var reference: ChartReference?
    var referenceLabel: String?
    /// Rows drawn in the highlight colour with bold names.
    var highlighted: Set<Int> = []
    var theme: Theme
    /// The total printed at the end of row `r`'s stack (absolute stacks), or nil.
    var total: (_ row: Int) -> String? = { _ in nil }

    /// The smallest type a row label is drawn at before the rows are split into panels.
    static let legibleSize = 6.5
    static let maxPanels = 3

    private var stacked: Bool { arrangement == .stacked || arrangement == .stackedPercent }

    /// The heights above and below the rows: the reference label's strip and the axis.
    private func margins(_ builder: SceneBuilder) -> (strip: Double, axis: Double) {
        let noteLine = builder.type.line(builder.type.font(builder.scale.note))
        // The reference label gets a strip of its own above the rows, so it can cross no other text.
        let strip = reference != nil && referenceLabel != nil ? noteLine.pitch + builder.scale.note * 0.3 : 0
        let axisHeight = tickFormat == nil ? 0 : noteLine.pitch + builder.scale.note * 0.3
        return (strip, axisHeight)
    }

    /// How many panels side by side the rows take in `plot` (1 when they fit one column), so the
    /// chart can say so in a note before it draws.
    func panelCount(in plot: Rect, builder: SceneBuilder) -> Int {
        guard !names.isEmpty, seriesCount > 0, plot.height > 10, plot.width > 10 else { return 1 }
        let (strip, axis) = margins(builder)
        return panelCount(n: names.count, width: plot.width, height: max(1, plot.height - strip - axis), builder: builder)
    }

    func place(in plot: Rect, into builder: inout SceneBuilder) {
        let n = names.count
        guard n > 0, seriesCount > 0, plot.height > 10, plot.width > 10 else { return }
        let noteFont = builder.type.font(builder.scale.note)
        let noteLine = builder.type.line(noteFont)
        let (strip, axisHeight) = margins(builder)
        let rowsTop = plot.minY + strip
        let rowsHeight = max(1, plot.height - strip - axisHeight)

        let panels = panelCount(n: n, width: plot.width, height: rowsHeight, builder: builder)
        let perPanel = (n + panels - 1) / panels
        let gutter = panels > 1 ? builder.scale.label * 1.5 : 0
        let panelWidth = (plot.width - gutter * Double(panels - 1)) / Double(panels)
        let rows = RowLayout(count: perPanel, top: rowsTop, height: rowsHeight, builder: builder)
        let nameLimit = panelWidth * 0.45
        // Names shrink to fit their column on one line, down to the legible size; below it they wrap.
        let fitting = builder.type.sizeFitting(
            names.map { NormalizedText($0).string }, width: nameLimit, weight: highlighted.isEmpty ? .regular : .bold,
            floor: builder.scale.floor, ceiling: rows.font.size)
        let nameSize = max(fitting, min(rows.font.size, Self.legibleSize))
        let nameFont = builder.type.font(nameSize), boldFont = builder.type.font(nameSize, .bold)
        let fitted = fittedNames(rows: rows, font: nameFont, boldFont: boldFont, limit: nameLimit, builder: builder)
        let nameWidth =
            zip(fitted, names.indices).map { lines, row in
                lines.map { builder.type.width($0, highlighted.contains(row) ? boldFont : nameFont) }.max() ?? 0
            }.max() ?? 0

        let gap = rows.font.size * 0.5
        let valueFont = arrangement == .grouped ? builder.type.font(groupedValueSize(pitch: rows.pitch, font: rows.font, builder: builder)) : rows.font
        let showValues = !stacked && valueFont.size >= builder.scale.floor
        let valueTexts = showValues ? allValueTexts() : names.indices.compactMap { total($0) }.map { (text: $0, negative: false) }
        let positiveWidth = valueTexts.filter { !$0.negative }.map { builder.type.width($0.text, valueFont) }.max() ?? 0
        let negativeWidth = valueTexts.filter(\.negative).map { builder.type.width($0.text, valueFont) }.max()
        let rightReserve = valueTexts.isEmpty ? 0 : min(positiveWidth + gap, panelWidth * 0.3)
        let leftReserve = negativeWidth.map { min($0 + gap, panelWidth * 0.25) } ?? 0

        var scales: [(NiceScale?, LinearScale?, Rect)] = []
        for panel in 0..<panels {
            let left = plot.minX + Double(panel) * (panelWidth + gutter)
            let barsLeft = left + nameWidth + gap + leftReserve
            let barsWidth = max(1, left + panelWidth - rightReserve - barsLeft)
            let rowsBottom = rows.top + rows.pitch * Double(min(perPanel, n - panel * perPanel))
            if let tickFormat {
                let axisPlot = Rect(x: barsLeft, y: rowsTop, width: barsWidth, height: rowsBottom - rowsTop + axisHeight)
                let (scale, area) = Axes.horizontal(values: domain, fixed: fixedDomain, in: axisPlot, format: tickFormat, into: &builder)
                scales.append((scale, nil, Rect(x: area.minX, y: rowsTop, width: area.width, height: rowsBottom - rowsTop)))
            } else {
                let area = Rect(x: barsLeft, y: rowsTop, width: barsWidth, height: rowsBottom - rowsTop)
                scales.append((nil, LinearScale(covering: domain, range: area.minX...area.maxX), area))
            }
        }
        func position(_ value: Double, panel: Int) -> Double {
            let (nice, linear, area) = scales[panel]
            return nice?.position(value, in: area.minX...area.maxX) ?? linear!.position(value)
        }

        // Bars first, then the zero and reference lines over them, then the labels on their plates.
        func rowGeometry(_ row: Int) -> (panel: Int, middle: Double, area: Rect) {
            let panel = row / perPanel
            return (panel, rows.middle(row % perPanel), scales[panel].2)
        }
        var labels: [ValueLabel] = []
        for row in 0..<n {
            let (panel, middle, area) = rowGeometry(row)
            labels += placeBars(
                row: row, middle: middle, rows: rows, area: area, gap: gap, valueFont: valueFont, showValues: showValues,
                panelLeft: area.minX - leftReserve, panelRight: area.maxX + rightReserve,
                position: { position($0, panel: panel) }, into: &builder)
        }
        for panel in 0..<panels {
            let area = scales[panel].2
            let zeroX = position(0, panel: panel)
            builder.line(
                Point(x: zeroX, y: area.minY), Point(x: zeroX, y: area.maxY), theme.axis,
                StrokeStyle(width: max(0.75, rows.font.size * 0.08)))
            if let reference, reference.value.isFinite {
                let x = position(reference.value, panel: panel)
                let style = StrokeStyle(width: max(1, rows.font.size * 0.1), dash: [noteFont.size * 0.5, noteFont.size * 0.35])
                builder.line(Point(x: x, y: area.minY - (panel == 0 ? builder.scale.note * 0.2 : 0)), Point(x: x, y: area.maxY), theme.axis, style)
                if panel == 0, let referenceLabel {
                    let label = builder.type.fitter(noteFont).ellipsize(NormalizedText(referenceLabel).string, width: plot.width)
                    let width = builder.type.width(label, noteFont)
                    let labelX = min(max(x - width / 2, plot.minX), plot.maxX - width)
                    builder.text(label, x: labelX, baseline: rowsTop - builder.scale.note * 0.3 - noteLine.descent, font: noteFont, color: theme.text)
                }
            }
        }
        for row in 0..<n {
            let (_, _, area) = rowGeometry(row)
            rows.drawName(
                fitted[row], row: row % perPanel, x: area.minX - gap - leftReserve, anchor: .right,
                color: theme.text, font: highlighted.contains(row) ? boldFont : nameFont, into: &builder)
        }
        for label in labels {
            // A plate goes down only under a label that will be drawn, so a refused label hides nothing.
            let spot = label.spots.first { builder.canPlace(label.text, x: $0.x, middle: label.middle, font: valueFont, anchor: $0.anchor) } ?? label.spots[0]
            if let plate = spot.plate, builder.canPlace(label.text, x: spot.x, middle: label.middle, font: valueFont, anchor: spot.anchor) {
                builder.fill(plate, theme.background)
            }
            builder.text(label.text, x: spot.x, middle: label.middle, font: valueFont, color: spot.color, anchor: spot.anchor)
        }
    }

    /// A value label decided with its bar, drawn after the lines so none strikes through it, at the first
    /// of its spots where it is clear of every other text.
    private struct ValueLabel {
        struct Spot {
            var x: Double
            var anchor: SceneBuilder.Anchor
            var color: Color
            /// A background-coloured plate under a label outside its bar.
            var plate: Rect?
        }
        var text: String
        var middle: Double
        var spots: [Spot]
    }

    /// The fewest panels (1 to 3) whose rows keep labels at the legible size and leave the bars room;
    /// grouped bars also need each bar tall enough for its value label.
    private func panelCount(n: Int, width: Double, height: Double, builder: SceneBuilder) -> Int {
        let perPoint = builder.type.line(builder.type.font(10)).pitch / 10
        for panels in 1...Self.maxPanels {
            let perPanel = (n + panels - 1) / panels
            let pitch = height / Double(perPanel)
            let size = builder.scale.labelSize(rowPitch: pitch, lineHeightPerPoint: perPoint)
            let panelWidth = width / Double(panels)
            let widest = names.map { builder.type.width(NormalizedText($0).string, builder.type.font(size)) }.max() ?? 0
            let legible = min(Self.legibleSize, builder.scale.label)
            let valuesFit =
                arrangement != .grouped
                || groupedValueSize(pitch: min(pitch, size * perPoint * 3), font: builder.type.font(size), builder: builder) >= min(
                    legible, builder.scale.label) - 1
            if size >= legible && widest <= panelWidth * 0.45 && valuesFit { return panels }
        }
        return Self.maxPanels
    }

    /// The value label size of grouped bars: each bar's share of the row, never larger than the names.
    private func groupedValueSize(pitch: Double, font: Font, builder: SceneBuilder) -> Double {
        let perPoint = builder.type.line(builder.type.font(10)).height / 10
        return min(font.size, pitch * 0.78 / Double(max(seriesCount, 1)) / perPoint / 1.02)
    }

    /// Names on one or two lines; shortened with "…" only when nothing else fits (the completeness check reports it).
    private func fittedNames(rows: RowLayout, font nameFont: Font, boldFont: Font, limit: Double, builder: SceneBuilder) -> [[String]] {
        let maxLines = rows.pitch >= 2 * builder.type.line(nameFont).pitch * 0.999 ? 2 : 1
        return names.indices.map { row in
            let font = highlighted.contains(row) ? boldFont : nameFont
            return builder.type.fitter(font).wrap(NormalizedText(names[row]).string, width: max(limit, 1), maxLines: maxLines)
        }
    }

    private func allValueTexts() -> [(text: String, negative: Bool)] {
        names.indices.flatMap { row in
            (0..<seriesCount).compactMap { s in drawn(s, row).map { (format($0, value(s, row).bound), $0 < 0) } }
        }
    }

    private func placeBars(
        row: Int, middle: Double, rows: RowLayout, area: Rect, gap: Double, valueFont: Font, showValues: Bool,
        panelLeft: Double, panelRight: Double, position: (Double) -> Double, into builder: inout SceneBuilder
    ) -> [ValueLabel] {
        let m = seriesCount
        let band = rows.pitch * 0.78
        let barHeight = arrangement == .grouped ? band / Double(m) : band * 0.9
        let zeroX = position(0)
        var right = 0.0, left = 0.0
        var labels: [ValueLabel] = []
        for s in 0..<m {
            let style =
                highlighted.contains(row) && m == 1
                ? SeriesStyle(color: theme.highlight) : theme.style(forSeries: m > 1 ? s : 0)
            let y = arrangement == .grouped ? middle - band / 2 + barHeight * Double(s) : middle - barHeight / 2
            let centre = y + barHeight / 2
            guard let v = drawn(s, row) else {
                if value(s, row).value == nil && !stacked {
                    labels.append(
                        ValueLabel(text: "—", middle: centre, spots: [.init(x: zeroX + gap * 0.5, anchor: .left, color: theme.secondaryText, plate: nil)]))
                }
                continue
            }
            var from = 0.0, to = v
            if stacked {
                if v >= 0 { from = right; right += v; to = right } else { from = left; left += v; to = left }
            }
            let x0 = position(from), x1 = position(to)
            builder.fill(Rect(x: min(x0, x1), y: y, width: abs(x1 - x0), height: barHeight), style: style)
            if stacked {
                builder.line(Point(x: max(x0, x1), y: y), Point(x: max(x0, x1), y: y + barHeight), theme.background, StrokeStyle(width: 0.75))
            }
            guard showValues else { continue }
            let text = format(v, value(s, row).bound)
            let width = builder.type.width(text, valueFont)
            let onColour = theme.text(on: style.color)
            func plate(_ x: Double) -> Rect { Rect(x: x - gap * 0.3, y: y, width: width + gap * 0.6, height: barHeight) }
            // Outside the bar's end; else inside it; else on the other side of zero: the first that fits.
            var spots: [ValueLabel.Spot] = []
            if v >= 0 {
                if x1 + gap + width <= panelRight { spots.append(.init(x: x1 + gap, anchor: .left, color: theme.text, plate: plate(x1 + gap))) }
                if x1 - x0 >= width + 2 * gap { spots.append(.init(x: x1 - gap, anchor: .right, color: onColour, plate: nil)) }
                if zeroX - gap - width >= panelLeft {
                    spots.append(.init(x: zeroX - gap, anchor: .right, color: theme.text, plate: plate(zeroX - gap - width)))
                }
            } else {
                if x1 - gap - width >= panelLeft { spots.append(.init(x: x1 - gap, anchor: .right, color: theme.text, plate: plate(x1 - gap - width))) }
                if x0 - x1 >= width + 2 * gap { spots.append(.init(x: x1 + gap, anchor: .left, color: onColour, plate: nil)) }
                if zeroX + gap + width <= panelRight { spots.append(.init(x: zeroX + gap, anchor: .left, color: theme.text, plate: plate(zeroX + gap))) }
            }
            if spots.isEmpty { spots.append(.init(x: x1 + (v >= 0 ? gap : -gap), anchor: v >= 0 ? .left : .right, color: theme.text, plate: nil)) }
            labels.append(ValueLabel(text: text, middle: centre, spots: spots))
        }
        if stacked, let text = total(row) {
            // The stack's total after its positive end (or after zero when it has none).
            let end = position(max(right, 0))
            let width = builder.type.width(text, valueFont)
            let plate = Rect(x: end + gap * 0.7, y: middle - band * 0.45, width: width + gap * 0.6, height: band * 0.9)
            labels.append(ValueLabel(text: text, middle: middle, spots: [.init(x: end + gap, anchor: .left, color: theme.text, plate: plate)]))
        }
        return labels
    }
}
