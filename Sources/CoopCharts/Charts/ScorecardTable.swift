import CoopFormatting

/// An emulation score sheet as a publication table: rank, name, points per criterion under the criterion
/// labels, adjustments, total and award. Tied ranks are marked "=", a tie at rank 1 is shaded and
/// explained (the conference votes), missing figures show "—" and are named in a note. Rows shrink to
/// fit the page; a short, wide page may set the rows in blocks side by side when that gives larger type,
/// never narrower than the columns need. A document cuts a long table into pages instead (`pages`),
/// each part one block with the header.
public struct ScorecardTable: ChromedChart {
    /// A criterion column: its label (the header) and its maximum points, shown under the label.
    public struct Criterion: Sendable, Hashable {
        public var label: String
        public var maxPoints: Double?

        /// Creates a column header.
        public init(label: String, maxPoints: Double? = nil) {
            self.label = label
            self.maxPoints = maxPoints
        }
    }

    /// One ranked item.
    public struct Row: Sendable, Hashable {
        public var rank: Int
        public var name: String
        /// Points per criterion, in column order; missing points print "—".
        public var points: [ChartValue]
        public var adjustments: Double
        public var total: Double
        public var award: String?
        /// True when the rank is shared with another row.
        public var isTied: Bool
        /// A rank change since the previous period ("↑2", "↓1", "="), when compared.
        public var change: String?

        /// Creates a row.
        public init(
            rank: Int, name: String, points: [ChartValue], adjustments: Double = 0, total: Double,
            award: String? = nil, isTied: Bool = false, change: String? = nil
        ) {
            self.rank = rank
            self.name = name
            self.points = points
            self.adjustments = adjustments
            self.total = total
            self.award = award
            self.isTied = isTied
            self.change = change
        }
    }

    public var chrome: ChartChrome
    public var criteria: [Criterion]
    /// In rank order, as they are printed.
    public var rows: [Row]
    /// Extra lines printed above the footnotes (e.g. the period compared with).
    public var notes: [String]
    /// The header of the change column, when rows carry changes.
    public var changeHeader: String?
    /// The notes printed under the table in place of its own: set on the parts of a table cut into
    /// pages (none under the first parts, the whole table's under the last).
    public var fixedNotes: [String]?
    /// Whether rank 1 is shared in the whole table (a part of it may hold only some of the tied rows).
    private var sharedFirstRank: Bool?
    /// The optional columns of the whole table, so that every part of it has the same columns.
    private var wholeTableColumns: OptionalColumns?

    /// The columns printed only when some row needs them.
    public struct OptionalColumns: Sendable, Hashable {
        public var adjustments: Bool
        public var change: Bool
        public var award: Bool
    }

    /// Which optional columns the table prints: adjustments, the change in rank and the award, each when
    /// any row of the (whole) table has one.
    public var optionalColumns: OptionalColumns {
        wholeTableColumns
            ?? OptionalColumns(
                adjustments: rows.contains { $0.adjustments != 0 }, change: rows.contains { $0.change != nil },
                award: rows.contains { $0.award != nil })
    }

    /// Creates a scorecard.
    public init(chrome: ChartChrome, criteria: [Criterion], rows: [Row], notes: [String] = [], changeHeader: String? = nil) {
        self.chrome = chrome
        self.criteria = criteria
        self.rows = rows
        self.notes = notes
        self.changeHeader = changeHeader
    }

    /// True when rank 1 is shared, so the table carries the vote note.
    public var voteAtTop: Bool { sharedFirstRank ?? (rows.filter { $0.rank == 1 }.count > 1) }

    /// The rank as printed: "=2" for a shared rank.
    public func rankText(_ row: Row) -> String { (row.isTied ? "=" : "") + String(row.rank) }

    /// The notes under the table: ties, the vote, missing figures, then the caller's notes and footnotes.
    public var allNotes: [String] {
        if let fixedNotes { return fixedNotes }
        let strings = chrome.strings
        var lines: [String] = []
        if rows.contains(where: \.isTied) { lines.append(strings.tieNote) }
        if voteAtTop { lines.append(strings.voteNote) }
        var missing: [String] = []
        for row in rows {
            let columns = row.points.indices.filter { row.points[$0].value == nil }.map { criteria.indices.contains($0) ? criteria[$0].label : "#\($0 + 1)" }
            if !columns.isEmpty { missing.append("\(row.name) (\(columns.joined(separator: ", ")))") }
        }
        if let note = strings.missingNote(missing) { lines.append(note + " — 0 " + strings.points) }
        return lines + notes + chrome.footnotes
    }

    /// Every row's rank, name, points and total: a table that cuts a name or drops a row is incomplete.
    public var requiredLabels: [String] {
        rows.flatMap { row in
            [rankText(row), row.name, chrome.locale.format(row.total, maxDecimals: 2)]
                + row.points.prefix(criteria.count).compactMap { point in point.value.map { chrome.locale.format($0, bound: point.bound, maxDecimals: 2) } }
        }
    }

    public func draw(in area: DrawingArea) {
        ScorecardLayout(table: self).draw(in: area, theme: chrome.theme)
    }

    /// The table cut into consecutive parts, one a page, each drawn in one block at `minimumTypeSize`
    /// or larger in a box of `size`: every part has the header, and the later ones a title that says the
    /// table continues; the notes (ties, the vote, missing figures, sources) close the last part. As
    /// few parts as that allows, with rows shared out evenly; the table itself when it fits whole.
    /// Measured as it will be drawn, with `fontFamily`.
    public func pages(fitting size: Size, fontFamily: FontFamily, minimumTypeSize: Double) -> [ScorecardTable] {
        guard rows.count > 1, let measuring = try? RecordingBackend() else { return [self] }
        let bounds = Rect(x: 0, y: 0, width: size.width, height: size.height)
        func fits(_ table: ScorecardTable) -> Bool {
            var builder = SceneBuilder(area: DrawingArea(backend: measuring, bounds: bounds, fontFamily: fontFamily), theme: table.chrome.theme)
            guard let sizing = ScorecardLayout(table: table).sizing(into: &builder) else { return true }
            return sizing.blocks == 1 && sizing.fontSize >= minimumTypeSize
        }
        if fits(self) { return [self] }
        for count in 2...rows.count {
            let parts = split(into: count)
            if parts.allSatisfy(fits) || count == rows.count { return parts }
        }
        return [self]
    }

    /// The rows shared out over `count` parts.
    func split(into count: Int) -> [ScorecardTable] {
        let notes = allNotes
        return RowParts.even(rows.count, into: count).enumerated().map { index, range in
            var part = self
            part.rows = Array(rows[range])
            part.sharedFirstRank = voteAtTop
            part.wholeTableColumns = optionalColumns
            part.fixedNotes = index == count - 1 ? notes : []
            if index > 0 { part.chrome.title = "\(chrome.title) (\(chrome.strings.continued))" }
            return part
        }
    }
}

/// Column widths from the widest content, then a type size small enough for the rows and the page width.
struct ScorecardLayout: ChartLayout {
    let table: ScorecardTable

    struct Column {
        var header: String
        var cells: [String]
        var numeric: Bool
        var bold: Bool = false
    }

    /// The printed columns: rank, name, each criterion's points, then adjustments, total, change and award where any row has them.
    private func columns(strings: ChartStrings) -> [Column] {
        let chrome = table.chrome
        var columns = [
            Column(header: strings.rank, cells: table.rows.map(table.rankText), numeric: true),
            Column(header: strings.name, cells: table.rows.map(\.name), numeric: false),
        ]
        for (index, criterion) in table.criteria.enumerated() {
            var header = criterion.label
            if let max = criterion.maxPoints { header += " (\(chrome.locale.format(max, maxDecimals: 2)))" }
            let cells = table.rows.map { row -> String in
                guard index < row.points.count, let value = row.points[index].value else { return "—" }
                return chrome.locale.format(value, bound: row.points[index].bound, maxDecimals: 2)
            }
            columns.append(Column(header: header, cells: cells, numeric: true))
        }
        let optional = table.optionalColumns
        if optional.adjustments {
            columns.append(
                Column(
                    header: strings.adjustments,
                    cells: table.rows.map { row in
                        row.adjustments == 0 ? "" : (row.adjustments > 0 ? "+" : "") + chrome.locale.format(row.adjustments, maxDecimals: 2)
                    }, numeric: true))
        }
        columns.append(Column(header: strings.total, cells: table.rows.map { chrome.locale.format($0.total, maxDecimals: 2) }, numeric: true, bold: true))
        if optional.change {
            columns.append(Column(header: table.changeHeader ?? "±", cells: table.rows.map { $0.change ?? "" }, numeric: true))
        }
        if optional.award {
            columns.append(Column(header: strings.award, cells: table.rows.map { $0.award ?? "" }, numeric: false))
        }

        return columns
    }

    func place(into builder: inout SceneBuilder) {
        let chrome = table.chrome
        let strings = chrome.strings
        let frame = ChartFrame.place(chrome: chrome, notes: table.allNotes, into: &builder)
        let plot = frame.plot
        guard plot.height > 0, plot.width > 0, !table.rows.isEmpty else { return }

        let columns = columns(strings: strings)
        let type = builder.type
        let (blocks, fontSize) = Self.sizing(columns: columns, rows: table.rows.count, plot: plot, builder: builder)
        var widths: [Double] = []
        var headerHeight = 0.0
        var rowPitch = 0.0
        let font = type.font(fontSize)
        let bold = type.font(fontSize, .bold)
        let line = type.line(font)
        let padding = fontSize * 0.6
        let rowsPerBlock = (table.rows.count + blocks - 1) / blocks
        let blockWidth = (plot.width - Double(blocks - 1) * builder.scale.label) / Double(blocks)
        widths = Self.naturalWidths(columns, type: type).map { $0 * fontSize / 10 }
        // Spare width first lets criterion headers wrap onto fewer lines, then goes to the name column.
        var spare = blockWidth - widths.reduce(0, +)
        let criterionColumns = 2..<(2 + table.criteria.count)
        if spare > 0, !criterionColumns.isEmpty {
            let each = min(spare / Double(criterionColumns.count), fontSize * 10)
            for index in criterionColumns { widths[index] += each }
            spare -= each * Double(criterionColumns.count)
        }
        if spare > 0 { widths[1] += min(spare, fontSize * 8) }
        let headerFont = type.font(fontSize * 0.92, .bold)
        let headerLine = type.line(headerFont)
        let fitter = type.fitter(headerFont)
        // Headers wrap onto as many lines as they need: a criterion's label is never cut ("Quỹ tín dụng nh…").
        let wrappedHeaders = zip(columns, widths).map { column, width in
            fitter.wrap(NormalizedText(column.header).string, width: max(1, width - padding), maxLines: 12)
        }
        headerHeight = Double(wrappedHeaders.map(\.count).max() ?? 1) * headerLine.pitch + padding * 0.5
        rowPitch = min(line.pitch * 1.6, (plot.height - headerHeight) / Double(max(rowsPerBlock, 1)))
        let nameFitter = type.fitter(font)

        for block in 0..<blocks {
            let left = plot.minX + Double(block) * (blockWidth + builder.scale.label)
            let rows = Array(table.rows.indices.dropFirst(block * rowsPerBlock).prefix(rowsPerBlock))
            guard !rows.isEmpty else { continue }
            let tableWidth = widths.reduce(0, +)
            // Header: bottom-aligned labels over a rule.
            var x = left
            for (index, lines) in wrappedHeaders.enumerated() {
                let columnLeft = x
                x += widths[index]
                let firstBaseline = plot.minY + headerHeight - padding * 0.5 - Double(lines.count) * headerLine.pitch + headerLine.ascent
                for (offset, text) in lines.enumerated() {
                    let numeric = columns[index].numeric
                    builder.text(
                        text, x: numeric ? x - padding / 2 : columnLeft + padding / 2, baseline: firstBaseline + Double(offset) * headerLine.pitch,
                        font: headerFont, color: builder.theme.text, anchor: numeric ? .right : .left)
                }
            }
            let ruleY = plot.minY + headerHeight
            builder.line(Point(x: left, y: ruleY), Point(x: left + tableWidth, y: ruleY), builder.theme.axis, StrokeStyle(width: max(0.75, fontSize * 0.08)))
            for (position, rowIndex) in rows.enumerated() {
                let row = table.rows[rowIndex]
                let top = ruleY + Double(position) * rowPitch
                let middle = top + rowPitch / 2
                if table.voteAtTop && row.rank == 1 {
                    builder.fill(Rect(x: left, y: top, width: tableWidth, height: rowPitch), builder.theme.highlight.mixed(with: .white, 0.75))
                } else if position % 2 == 1 {
                    builder.fill(Rect(x: left, y: top, width: tableWidth, height: rowPitch), builder.theme.grid.mixed(with: .white, 0.55))
                }
                var cellX = left
                for (index, column) in columns.enumerated() {
                    let columnLeft = cellX
                    cellX += widths[index]
                    let cellFont = column.bold ? bold : font
                    var text = column.cells[rowIndex]
                    if !column.numeric { text = nameFitter.ellipsize(NormalizedText(text).string, width: max(1, widths[index] - padding)) }
                    builder.text(
                        text, x: column.numeric ? cellX - padding / 2 : columnLeft + padding / 2, middle: middle,
                        font: cellFont, color: builder.theme.text, anchor: column.numeric ? .right : .left)
                }
            }
            let bottom = ruleY + Double(rows.count) * rowPitch
            builder.line(Point(x: left, y: bottom), Point(x: left + tableWidth, y: bottom), builder.theme.axis, StrokeStyle(width: max(0.5, fontSize * 0.06)))
        }
    }

    /// How many blocks of rows stand side by side, and the type size: the one block, or the number of
    /// blocks, that gives the largest type. Blocks help a table that is short of height and has width to
    /// spare; they never make columns narrower than their content at the chosen size, so no number is
    /// drawn over another. Never below the floor.
    static func sizing(columns: [Column], rows: Int, plot: Rect, builder: SceneBuilder) -> (blocks: Int, fontSize: Double) {
        let type = builder.type
        let headerLines = 4.0
        let perPoint = type.line(type.font(10)).pitch / 10
        let natural = naturalWidths(columns, type: type).reduce(0, +)
        var best = (blocks: 1, fontSize: 0.0)
        for candidate in 1...max(1, min(6, rows)) {
            let rowsPerBlock = Double((rows + candidate - 1) / candidate)
            let blockWidth = (plot.width - Double(candidate - 1) * builder.scale.label) / Double(candidate)
            // Height: header lines plus rows at 1.35 line pitch; width: the natural widths at 10 pt, scaled.
            let widthSize = 10 * blockWidth / natural
            let heightSize = plot.height / ((rowsPerBlock * 1.35 + headerLines * 0.9) * perPoint)
            let size = min(builder.scale.label * 1.1, widthSize, heightSize)
            if size > best.fontSize + 0.01 { best = (candidate, size) }
        }
        return (best.blocks, max(best.fontSize, builder.scale.floor))
    }

    /// The sizing this table gets in `builder`'s canvas, after its title and notes; nil when there is
    /// nothing to lay out.
    func sizing(into builder: inout SceneBuilder) -> (blocks: Int, fontSize: Double)? {
        let frame = ChartFrame.place(chrome: table.chrome, notes: table.allNotes, into: &builder)
        guard frame.plot.height > 0, frame.plot.width > 0, !table.rows.isEmpty else { return nil }
        return Self.sizing(columns: columns(strings: table.chrome.strings), rows: table.rows.count, plot: frame.plot, builder: builder)
    }

    /// Widths at 10 pt: the widest cell or the widest header word, plus padding.
    private static func naturalWidths(_ columns: [Column], type: Typesetter) -> [Double] {
        let regular = type.font(10), bold = type.font(10, .bold), header = type.font(9.2, .bold)
        return columns.enumerated().map { index, column in
            let cellFont = column.bold ? bold : regular
            var cells = column.cells.map { type.width($0, cellFont) }.max() ?? 0
            if index == 1 { cells = min(cells, 10 * 16) }
            // A header reads well on up to four lines: wide enough for its longest word and a quarter of it.
            let words = column.header.split(separator: " ").map { type.width(String($0), header) }.max() ?? 0
            let quarter = type.width(column.header, header) / 4
            return (max(cells, words, quarter) + 6) * 1.02
        }
    }
}
