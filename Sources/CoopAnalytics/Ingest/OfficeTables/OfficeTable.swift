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
        var grid = visibleOnly ? whole.visibleOnly() : whole
        let reader = HeaderReader(catalog: catalog)
        var start = 0
        var count = 0
        while start < grid.rows.count {
            let limit = count == 0 ? min(grid.rows.count, start + OfficeTable.headerSearchRows) : grid.rows.count
            guard let key = (start..<limit).first(where: { reader.isKeyRow(grid.rows[$0]) }) ?? cornerHeader(in: &grid, from: start, limit: limit) else {
                break
            }
            var table = try readHeader(grid: grid, titleStart: start, key: key, number: count + 1, state: state)
            let next = try assignRoles(&table, state: state)
            let before = dataset.observations.count + dataset.clusterTotals.count
            try readFigures(&table, state: &state, into: &dataset)
            try checkTotals(&table, state: state)
            tellHidden(table, whole: whole, state: state)
            notes.sheets.append(
                table.report(
                    figures: dataset.observations.count + dataset.clusterTotals.count - before, whole: whole, visibleOnly: visibleOnly, catalog: catalog))
            count += 1
            start = next
        }
        return count
    }

    /// The statistics office's yearbook layout: the header's corner cell over the names is empty and the
    /// header holds years ("2019 | 2020 | … | Sơ bộ 2023"), with provinces, regions and "CẢ NƯỚC" in the
    /// first column below. The empty corner is read as the province column's header.
    private func cornerHeader(in grid: inout SheetGrid, from start: Int, limit: Int) -> Int? {
        let reader = HeaderReader(catalog: catalog)
        for position in start..<limit {
            let row = grid.rows[position]
            let periods = row.cells.filter { cell in
                switch reader.part(cell.value) {
                case .period?: return true
                case .qualifier(let words)?: return words.period != nil && words.core.isEmpty
                default: return false
                }
            }
            guard periods.count >= 2, let firstPeriod = periods.first?.column else { continue }
            // The label column: the one left of the years that holds provinces in the rows below.
            var votes: [Int: Int] = [:]
            for below in grid.rows[(position + 1)..<min(grid.rows.count, position + 10)] {
                for cell in below.cells where cell.column < firstPeriod {
                    guard case .text(let text) = cell.value else { continue }
                    if [.province, .total, .group].contains(labelKindWithoutCaching(text)) { votes[cell.column, default: 0] += 1 }
                }
            }
            guard let (column, count) = votes.max(by: { $0.value < $1.value }), count >= 3, row.value(at: column) == nil else { continue }
            var cells = row.cells
            cells.append((column, .text("Tỉnh")))
            cells.sort { $0.column < $1.column }
            grid.rows[position] = GridRow(index: row.index, cells: cells)
            grid.unnamedProvinceColumn = column
            return position
        }
        return nil
    }
}
