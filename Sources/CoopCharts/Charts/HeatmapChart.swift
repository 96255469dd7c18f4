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

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        let strings = chrome.strings
        var missing: [String] = []
        for r in rows.indices {
            let gaps = columns.indices.filter { value(r, $0).value == nil }.map { columns[$0].label }
            if !gaps.isEmpty { missing.append("\(rows[r]) (\(gaps.joined(separator: ", ")))") }
        }
        let bounds = rows.indices.flatMap { r in columns.indices.map { value(r, $0) }.filter { $0.value != nil }.map(\.bound) }
        let texts = rows.indices.map { r in columns.indices.map { c in
            value(r, c).value.map { chrome.locale.format($0, bound: value(r, c).bound, maxDecimals: columns[c].maxDecimals) } ?? "—"
        } }
        let frameProbe = Typesetter(backend: area.backend, family: theme.fontFamily ?? area.fontFamily)
        // Decide whether values fit before placing notes, so the note can say when they do not.
        let scaleNote = strings.normalisedNote
        var notes: [String?] = [scaleNote, chrome.boundsLegend(bounds), strings.missingNote(missing)]
        let frameGuess = area.bounds.inset(by: 20)
        let cellWidthGuess = frameGuess.width * 0.7 / Double(max(columns.count, 1))
        let cellHeightGuess = frameGuess.height * 0.7 / Double(max(rows.count, 1))
        let widest = texts.flatMap { $0 }.map { frameProbe.width($0, frameProbe.font(10)) }.max() ?? 1
        let valueSize = min(cellWidthGuess * 0.9 / widest * 10, cellHeightGuess * 0.75, 14)
        let printsValues = valueSize >= 5
        if !printsValues { notes.append(strings.valuesOmitted) }
        let frame = ChartFrame.place(chrome: chrome, notes: notes + chrome.footnotes.map { $0 }, into: &builder)
        guard !rows.isEmpty, !columns.isEmpty, frame.plot.height > 10 else { builder.scene.render(on: area.backend); return }

        // Column headers wrap onto up to three lines above the cells.
        let headerFont = builder.type.font(max(builder.scale.floor, builder.scale.note), .bold)
        let headerLine = builder.type.line(headerFont)
        let headerFitter = builder.type.fitter(headerFont)
        let rowsProbe = RowLayout(count: rows.count, top: frame.plot.minY, height: frame.plot.height * 0.8, builder: builder)
        let nameWidth = rowsProbe.fit(rows, widthLimit: frame.plot.width * 0.28, builder: builder).width + rowsProbe.font.size * 0.6
        let cellWidth = (frame.plot.width - nameWidth) / Double(columns.count)
        let headers = columns.map { headerFitter.wrap(NormalizedText($0.label).string, width: cellWidth * 0.94, maxLines: 3) }
        let headerHeight = Double(headers.map(\.count).max() ?? 1) * headerLine.pitch + headerLine.descent
        let grid = RowLayout(count: rows.count, top: frame.plot.minY + headerHeight, height: frame.plot.height - headerHeight, builder: builder)
        let fitted = grid.fit(rows, widthLimit: frame.plot.width * 0.28, builder: builder)
        let left = frame.plot.minX + fitted.width + grid.font.size * 0.6
        let width = (frame.plot.maxX - left) / Double(columns.count)
        for (c, lines) in headers.enumerated() {
            let x = left + width * (Double(c) + 0.5)
            let first = frame.plot.minY + headerHeight - headerLine.descent - Double(lines.count - 1) * headerLine.pitch - headerLine.descent
            for (k, line) in lines.enumerated() {
                builder.text(line, x: x, baseline: first + Double(k) * headerLine.pitch, font: headerFont, color: theme.text, anchor: .center)
            }
        }
        let cellFont = builder.type.font(min(builder.type.sizeFitting(texts.flatMap { $0 }, width: width * 0.9, floor: 1, ceiling: builder.scale.label),
                                             grid.pitch / (grid.line.pitch / grid.font.size) * 0.95))
        let cellFits = cellFont.size >= builder.scale.floor
        for r in rows.indices {
            let top = grid.top + grid.pitch * Double(r)
            grid.drawName(fitted.lines[r], row: r, x: left - grid.font.size * 0.6, anchor: .right, color: theme.text, into: &builder)
            for c in columns.indices {
                let cell = Rect(x: left + width * Double(c), y: top, width: width, height: grid.pitch)
                let fill = normalised(row: r, column: c).map { theme.ramp.color(at: $0) } ?? theme.missing
                builder.fill(cell, fill)
                builder.stroke(.rectangle(cell), theme.background, StrokeStyle(width: 0.75))
                if cellFits && (printsValues || value(r, c).value == nil) {
                    builder.text(texts[r][c], x: cell.midX, middle: cell.midY, font: cellFont, color: theme.text(on: fill), anchor: .center)
                }
            }
        }
        builder.scene.render(on: area.backend)
    }
}
