import CoopFormatting

/// Items × indicators, each cell coloured by its value normalised within its column (min–max, so
/// indicators with different units compare), with the value printed in the cell when it fits.
/// Missing cells are left white, marked "—" and named in a note.
public struct HeatmapChart: ChromedChart {
    /// An indicator column: header, decimals, and whether lower values are better (then the ramp flips).
    public struct Column: Sendable, Hashable {
        public var label: String
        public var maxDecimals: Int
        public var lowerIsBetter: Bool
        /// Creates a column.
        public init(label: String, maxDecimals: Int = 1, lowerIsBetter: Bool = false) {
            self.label = label; self.maxDecimals = maxDecimals; self.lowerIsBetter = lowerIsBetter
        }
    }

    public var chrome: ChartChrome
    public var rows: [String]
    public var columns: [Column]
    /// `values[row][column]`.
    public var values: [[ChartValue]]

    /// Creates a heatmap.
    public init(chrome: ChartChrome, rows: [String], columns: [Column], values: [[ChartValue]]) {
        self.chrome = chrome
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    func value(_ r: Int, _ c: Int) -> ChartValue {
        r < values.count && c < values[r].count ? values[r][c] : .missing
    }

    /// The cell's position 0…1 within its column (0.5 when the column's values are all equal).
    public func normalised(row r: Int, column c: Int) -> Double? {
        guard let v = value(r, c).value else { return nil }
        let column = rows.indices.compactMap { value($0, c).value }
        guard let low = column.min(), let high = column.max() else { return nil }
        guard high > low else { return 0.5 }
        let t = (v - low) / (high - low)
        return columns[c].lowerIsBetter ? 1 - t : t
    }

    /// The printed value of row `r` in column `c`, or "—" for a missing figure.
    func cellText(_ r: Int, _ c: Int) -> String {
        value(r, c).value.map { chrome.locale.format($0, bound: value(r, c).bound, maxDecimals: columns[c].maxDecimals) } ?? "—"
    }

    /// Every row's name, every column's header and every figure printed in a cell.
    public var requiredLabels: [String] {
        rows + columns.map(\.label) + rows.indices.flatMap { r in columns.indices.filter { value(r, $0).value != nil }.map { cellText(r, $0) } }
    }

    public func draw(in area: DrawingArea) {
        let start = SceneBuilder(area: area, theme: chrome.theme)
        // One block of rows, or two to four side by side (each under its own header) when one block would
        // need type below the legible size: every name and every figure stays whole.
        let layouts = (1...HeatmapLayout.maxPanels).map { HeatmapLayout(chart: self, panels: $0) }
        let preferred = layouts.firstIndex { $0.isLegible(builder: start) } ?? 0
        let forms = (layouts[preferred...] + layouts[..<preferred]).map { layout in { (builder: inout SceneBuilder) in layout.place(into: &builder) } }
        let builder = FormChoice.first(from: start, required: requiredLabels, forms: forms)
        builder.scene.render(on: area.backend)
    }
}

/// The heatmap in `panels` blocks of rows side by side, each with the column headers over it.
struct HeatmapLayout: ChartLayout {
    static let maxPanels = 4
    /// The smallest row-name size before the rows are split into another panel.
    static let legibleSize = 6.5

    let chart: HeatmapChart
    let panels: Int

    private var perPanel: Int { (chart.rows.count + panels - 1) / panels }

    /// The sizes this layout would draw at, measured before anything is placed.
    private struct Metrics {
        var panelWidth: Double
        var gutter: Double
        var headerFont: Font
        var headers: [[String]]
        var headerHeight: Double
        var grid: RowLayout
        var nameFont: Font
        var names: [[String]]
        var nameWidth: Double
        var cellWidth: Double
        var cellFont: Font
    }

    private func metrics(plot: Rect, builder: SceneBuilder) -> Metrics {
        let gutter = panels > 1 ? builder.scale.label * 1.2 : 0
        let panelWidth = (plot.width - gutter * Double(panels - 1)) / Double(panels)
        let columns = Double(max(chart.columns.count, 1))
        // Names first, on rows sized as if the header took a fifth of the height.
        let probe = RowLayout(count: perPanel, top: plot.minY, height: plot.height * 0.8, builder: builder)
        let probeName = nameFont(rows: probe, width: panelWidth * 0.4, builder: builder)
        let probeNameWidth = chart.rows.map { builder.type.width(NormalizedText($0).string, probeName) }.max() ?? 0
        let probeCell = max(1, (panelWidth - min(probeNameWidth, panelWidth * 0.4) - probeName.size * 0.6) / columns)
        // Headers wrap onto three lines at most, at the largest size (down to the floor) that keeps them whole.
        var headerFont = builder.type.font(max(builder.scale.floor, builder.scale.note), .bold)
        var headers: [[String]] = []
        while true {
            let fitter = builder.type.fitter(headerFont)
            headers = chart.columns.map { fitter.wrap(NormalizedText($0.label).string, width: probeCell * 0.94, maxLines: 3) }
            let whole = zip(headers, chart.columns).allSatisfy { $0.joined(separator: " ") == NormalizedText($1.label).string }
            if whole || headerFont.size <= builder.scale.floor { break }
            headerFont = builder.type.font(max(builder.scale.floor, headerFont.size - 0.5), .bold)
        }
        let headerLine = builder.type.line(headerFont)
        let headerHeight = Double(headers.map(\.count).max() ?? 1) * headerLine.pitch + headerLine.descent
        let grid = RowLayout(count: perPanel, top: plot.minY + headerHeight, height: max(1, plot.height - headerHeight), builder: builder)
        let nameFont = nameFont(rows: grid, width: panelWidth * 0.4, builder: builder)
        let maxLines = grid.pitch >= 2 * builder.type.line(nameFont).pitch * 0.999 ? 2 : 1
        let names = chart.rows.map { builder.type.fitter(nameFont).wrap(NormalizedText($0).string, width: panelWidth * 0.4, maxLines: maxLines) }
        let nameWidth = (names.flatMap { $0 }.map { builder.type.width($0, nameFont) }.max() ?? 0) + nameFont.size * 0.6
        let cellWidth = max(1, (panelWidth - nameWidth) / columns)
        let texts = chart.rows.indices.flatMap { r in chart.columns.indices.map { chart.cellText(r, $0) } }
        let byWidth = builder.type.sizeFitting(texts, width: cellWidth * 0.9, floor: 1, ceiling: builder.scale.label)
        let byHeight = grid.pitch / (grid.line.pitch / grid.font.size) * 0.95
        let cellFont = builder.type.font(min(byWidth, byHeight))
        return Metrics(
            panelWidth: panelWidth, gutter: gutter, headerFont: headerFont, headers: headers, headerHeight: headerHeight, grid: grid,
            nameFont: nameFont, names: names, nameWidth: nameWidth, cellWidth: cellWidth, cellFont: cellFont)
    }

    /// Row names shrink to fit their column on one line, down to the legible size; below it they wrap.
    private func nameFont(rows: RowLayout, width: Double, builder: SceneBuilder) -> Font {
        let fitting = builder.type.sizeFitting(chart.rows.map { NormalizedText($0).string }, width: width, floor: builder.scale.floor, ceiling: rows.font.size)
        return builder.type.font(max(fitting, min(rows.font.size, Self.legibleSize)))
    }

    /// True when names and figures are drawn at a legible size in this many panels (judged on a frame
    /// without notes, which is close enough to choose where to start).
    func isLegible(builder: SceneBuilder) -> Bool {
        var probe = builder
        let frame = ChartFrame.place(chrome: chart.chrome, notes: [], into: &probe)
        let m = metrics(plot: frame.plot, builder: builder)
        let legible = min(Self.legibleSize, builder.scale.label)
        return m.grid.font.size >= legible - 1e-9 && m.nameFont.size >= legible - 1e-9 && m.cellFont.size >= min(6, builder.scale.label)
    }

    func place(into builder: inout SceneBuilder) {
        let chart = self.chart
        let theme = chart.chrome.theme
        let strings = chart.chrome.strings
        var missing: [String] = []
        for r in chart.rows.indices {
            let gaps = chart.columns.indices.filter { chart.value(r, $0).value == nil }.map { chart.columns[$0].label }
            if !gaps.isEmpty { missing.append("\(chart.rows[r]) (\(gaps.joined(separator: ", ")))") }
        }
        let bounds = chart.rows.indices.flatMap { r in chart.columns.indices.map { chart.value(r, $0) }.filter { $0.value != nil }.map(\.bound) }
        // Whether the figures fit decides a note, so measure on a frame with the notes it would carry.
        var notes: [String?] = [
            strings.normalisedNote, chart.chrome.boundsLegend(bounds), strings.missingNote(missing),
            panels > 1 ? strings.rowsInPanels(chart.rows.count, panels: panels) : nil,
        ]
        var probe = builder
        let probeFrame = ChartFrame.place(chrome: chart.chrome, notes: notes + chart.chrome.footnotes.map { $0 }, into: &probe)
        let printsValues = metrics(plot: probeFrame.plot, builder: builder).cellFont.size >= builder.scale.floor
        if !printsValues { notes.append(strings.valuesOmitted) }
        let frame = ChartFrame.place(chrome: chart.chrome, notes: notes + chart.chrome.footnotes.map { $0 }, into: &builder)
        guard !chart.rows.isEmpty, !chart.columns.isEmpty, frame.plot.height > 10, frame.plot.width > 10 else { return }
        let m = metrics(plot: frame.plot, builder: builder)
        let headerLine = builder.type.line(m.headerFont)
        let nameLine = builder.type.line(m.nameFont)
        for panel in 0..<panels {
            let rowsHere = Array(chart.rows.indices.dropFirst(panel * perPanel).prefix(perPanel))
            guard !rowsHere.isEmpty else { continue }
            let panelLeft = frame.plot.minX + Double(panel) * (m.panelWidth + m.gutter)
            let left = panelLeft + m.nameWidth
            for (c, lines) in m.headers.enumerated() {
                let x = left + m.cellWidth * (Double(c) + 0.5)
                let first = frame.plot.minY + m.headerHeight - headerLine.descent - Double(lines.count - 1) * headerLine.pitch - headerLine.descent
                for (k, line) in lines.enumerated() {
                    builder.text(line, x: x, baseline: first + Double(k) * headerLine.pitch, font: m.headerFont, color: theme.text, anchor: .center)
                }
            }
            for (position, r) in rowsHere.enumerated() {
                let top = m.grid.top + m.grid.pitch * Double(position)
                let lines = m.names[r]
                let block = Double(lines.count - 1) * nameLine.pitch + nameLine.height
                let firstBaseline = m.grid.middle(position) - block / 2 + nameLine.ascent
                for (k, line) in lines.enumerated() {
                    builder.text(
                        line, x: left - m.nameFont.size * 0.6, baseline: firstBaseline + Double(k) * nameLine.pitch, font: m.nameFont,
                        color: theme.text, anchor: .right)
                }
                for c in chart.columns.indices {
                    let cell = Rect(x: left + m.cellWidth * Double(c), y: top, width: m.cellWidth, height: m.grid.pitch)
                    let fill = chart.normalised(row: r, column: c).map { theme.ramp.color(at: $0) } ?? theme.missing
                    builder.fill(cell, fill)
                    builder.stroke(.rectangle(cell), theme.background, StrokeStyle(width: 0.75))
                    if m.cellFont.size >= builder.scale.floor {
                        builder.text(chart.cellText(r, c), x: cell.midX, middle: cell.midY, font: m.cellFont, color: theme.text(on: fill), anchor: .center)
                    }
                }
            }
        }
    }
}
