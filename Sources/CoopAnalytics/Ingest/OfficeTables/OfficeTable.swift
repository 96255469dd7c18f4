import CoopFormatting
import CoopWorkbook

/// One table as offices lay it out, in a sheet or a CSV file, as the stages read it: the cells of the
/// whole sheet (`SheetGrid`), the header (`readHeader`), every row's role from the header to the
/// table's end (`assignRoles`), then the figures with their periods (`readFigures`). A table ends at
/// its signature block or notes, at the title of a table below it, or at the end of the sheet; a row in
/// between that is not understood is an error at its cell.
struct OfficeTable {
    let grid: SheetGrid
    /// Positions in `grid.rows`: the rows above the header (titles), and the header's rows.
    let titleRows: Range<Int>
    let headerRows: ClosedRange<Int>
    /// Which table of the sheet this is (1 for the first).
    let number: Int
    var header: TableHeader?
    /// Every row under the header up to the table's end, with its role (positions in `grid.rows`).
    var body: [(position: Int, role: RowRole)] = []
    var fixedIndicator: Int?
    /// The period of figures whose column and row give none, and where it came from.
    var period: Period?
    var periodEstimate = false
    var periodSource = ""
    var layout = ""
    var remarks: [String] = []
    /// Subtotals and totals, and what checking them against their provinces found.
    var checks: [String] = []
    /// The periods the province rows' year cells give (a table with a year column).
    var provincePeriods: Set<Period> = []

    /// How many rows the first table's header may lie below the top of the sheet.
    static let headerSearchRows = 60

    init(grid: SheetGrid, titleRows: Range<Int>, headerRows: ClosedRange<Int>, number: Int) {
        self.grid = grid
        self.titleRows = titleRows
        self.headerRows = headerRows
        self.number = number
    }

    func rows(_ role: RowRole) -> [GridRow] { body.filter { $0.role == role }.map { grid.rows[$0.position] } }
}

extension ReadSession {
    /// Reads every table of a sheet (or of a CSV file laid out as offices lay out tables) and returns
    /// how many were found (0: no header names a province column).
    mutating func readOfficeGrid(_ whole: SheetGrid, state: inout FileState, into dataset: inout Dataset) throws -> Int {
        let grid = visibleOnly ? whole.visibleOnly() : whole
        let reader = HeaderReader(catalog: catalog)
        var start = 0
        var count = 0
        while start < grid.rows.count {
            let limit = count == 0 ? min(grid.rows.count, start + OfficeTable.headerSearchRows) : grid.rows.count
            guard let key = (start..<limit).first(where: { reader.isKeyRow(grid.rows[$0]) }) else { break }
            var table = try readHeader(grid: grid, titleStart: start, key: key, number: count + 1, state: state)
            let next = try assignRoles(&table, state: state)
            let before = dataset.observations.count + dataset.clusterTotals.count
            try readFigures(&table, state: &state, into: &dataset)
            try checkTotals(&table, state: state)
            tellHidden(table, whole: whole, state: state)
            notes.sheets.append(table.report(figures: dataset.observations.count + dataset.clusterTotals.count - before, whole: whole, visibleOnly: visibleOnly, catalog: catalog))
            count += 1
            start = next
        }
        return count
    }
}
