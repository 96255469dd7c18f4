import CoopWorkbook

/// Stage 1 of reading a table as offices lay it out: the cells of a whole sheet (or of a CSV file read
/// as text cells), as the spreadsheet means them, with what a person sees of them: merged ranges, rows
/// hidden or filtered out, hidden columns. The later stages decide from the whole of it.
struct SheetGrid {
    /// Whether cells are located as a sheet's (`file!D9`) or as CSV lines (`file:12`).
    let isSheet: Bool
    let sheetName: String?
    /// Where the grid's messages point: `bao-cao.xlsx:Biểu 01`, or the CSV file.
    let location: String
    /// The file as messages call it (without the sheet): the key of `DatasetReader.filePeriods`.
    let sourceFile: String
    /// The non-blank rows, in order.
    var rows: [GridRow] = []
    var merges: [MergedRange] = []
    /// Rows (sheet rows, 0-based) hidden or filtered out; columns hidden.
    var hiddenRows: Set<Int> = []
    var hiddenColumns: Set<Int> = []
    /// Whether the sheet has an AutoFilter (its hidden rows may be rows filtered out).
    var hasFilter = false
    /// The names' column of a yearbook table whose header leaves it unnamed (read as "Tỉnh").
    var unnamedProvinceColumn: Int?

    init(isSheet: Bool, sheetName: String?, location: String, sourceFile: String) {
        self.isSheet = isSheet
        self.sheetName = sheetName
        self.location = location
        self.sourceFile = sourceFile
    }

    mutating func append(_ row: SheetRow) {
        if row.hidden { hiddenRows.insert(row.index) }
        let grid = GridRow(index: row.index, cells: row.cells)
        if !grid.isBlank { rows.append(grid) }
    }

    /// Only what a person sees (`--visible-only`): hidden rows and the cells of hidden columns left out.
    func visibleOnly() -> SheetGrid {
        var visible = self
        visible.rows = rows.compactMap { row in
            if hiddenRows.contains(row.index) { return nil }
            if hiddenColumns.isEmpty { return row }
            let cells = row.cells.filter { !hiddenColumns.contains($0.column) }
            return cells.isEmpty ? nil : GridRow(index: row.index, cells: cells)
        }
        return visible
    }

    func line(row: Int, column: Int) -> Int {
        isSheet ? CellLine.encode(row: row, column: column) : row
    }

    /// "row 5" / "rows 4–5" / "line 3", as a person finds them in the file.
    func rowsText(_ first: Int, _ last: Int) -> String {
        if isSheet { return first == last ? "row \(first + 1)" : "rows \(first + 1)–\(last + 1)" }
        return first == last ? "line \(first)" : "lines \(first)–\(last)"
    }

    /// The same in Vietnamese.
    func rowsTextVi(_ first: Int, _ last: Int) -> String {
        if isSheet { return first == last ? "dòng \(first + 1)" : "các dòng \(first + 1)–\(last + 1)" }
        return first == last ? "dòng \(first)" : "các dòng \(first)–\(last)"
    }

    /// Row indices (as `GridRow.index`) written as runs: "rows 12–14, 20".
    func runsText(_ indices: [Int], vietnamese: Bool = false) -> String {
        let sorted = Array(Set(indices)).sorted()
        var runs: [(Int, Int)] = []
        for index in sorted {
            if let last = runs.last, last.1 + 1 == index { runs[runs.count - 1].1 = index } else { runs.append((index, index)) }
        }
        let offset = isSheet ? 1 : 0
        let shown = runs.map { $0.0 == $0.1 ? "\($0.0 + offset)" : "\($0.0 + offset)–\($0.1 + offset)" }.joined(separator: ", ")
        if vietnamese { return (sorted.count == 1 ? "dòng " : "các dòng ") + shown }
        return (isSheet ? (sorted.count == 1 ? "row " : "rows ") : (sorted.count == 1 ? "line " : "lines ")) + shown
    }

    /// The column as a person names it: "D" in a sheet, "4" in a CSV file.
    func columnName(_ column: Int) -> String {
        isSheet ? CellAddress.columnName(column) : "\(column + 1)"
    }

    /// The merged range whose top-left cell is (row, column)'s anchor, if the cell lies in one.
    func merge(covering row: Int, _ column: Int) -> MergedRange? {
        merges.first { $0.first.row <= row && row <= $0.last.row && $0.first.column <= column && column <= $0.last.column }
    }
}
