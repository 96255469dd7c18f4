import Foundation
import CoopFormatting
import CoopWorkbook

extension ReadSession {
    /// Reads every sheet of a workbook that holds a table (or those `--sheet` names), each as an
    /// office table, into `dataset`. Errors point at the cell: `bao-cao.xlsx:Biểu 01!D9`.
    mutating func readWorkbook(path: String, file: String, into dataset: inout Dataset) throws {
        let visitor = SheetTables(session: self, dataset: dataset, file: file)
        defer {
            self = visitor.session
            dataset = visitor.dataset
        }
        let sheets: [SheetInfo]
        do {
            sheets = try Workbook.read(path: path, file: file, visitor: visitor).sheets
        } catch let error as WorkbookError {
            throw InputError(
                file: error.sheet.map { CellLine.sheetFile(error.file, sheet: $0) } ?? error.file,
                line: error.cell.map { CellLine.encode(row: $0.row, column: $0.column) }, message: error.message)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(file: file, message: "the workbook cannot be read (\(error)); open it in Excel or LibreOffice and save it again")
        }
        // Sheets asked for by --sheet that the workbook does not have.
        let names = sheets.map(\.name)
        for wanted in visitor.session.sheetSelection where !sheets.contains(where: { visitor.matches($0, wanted) }) {
            throw InputError(
                file: file,
                message:
                    "the workbook has no sheet \(quoted(wanted)); its sheets are \(names.map(quoted).joined(separator: ", ")) (\(option: .sheet) takes a name or a number from 1 to \(names.count))"
            )
        }
        if visitor.tables == 0 {
            let tried = visitor.withoutTable.isEmpty ? "" : " (looked at \(visitor.withoutTable.map(quoted).joined(separator: ", ")))"
            throw InputError(
                file: file,
                message:
                    "no sheet holds a table\(tried): a table needs a header row that names the province column (Tỉnh, Tỉnh/TP, Địa phương, Mã tỉnh, province) "
                    + "and at least one indicator or year column (Số HTX, Số thành viên, new_htx, 2023 …) within its first \(OfficeTable.headerSearchRows) rows",
                vietnamese: "không trang tính nào có bảng số liệu\(tried): bảng cần một dòng tiêu đề có cột tỉnh (Tỉnh, Tỉnh/TP, Địa phương, Mã tỉnh) "
                    + "và ít nhất một cột chỉ tiêu hoặc năm (Số HTX, Số thành viên, 2023 …) trong \(OfficeTable.headerSearchRows) dòng đầu")
        }
    }
}

/// The workbook reader's listener: each sheet's cells are gathered whole (stage 1), then its tables read.
private final class SheetTables: SheetVisitor {
    var session: ReadSession
    var dataset: Dataset
    let file: String
    private var grid: SheetGrid?
    private(set) var tables = 0
    private(set) var withoutTable: [String] = []

    init(session: ReadSession, dataset: Dataset, file: String) {
        self.session = session
        self.dataset = dataset
        self.file = file
    }

    func matches(_ sheet: SheetInfo, _ wanted: String) -> Bool {
        if let number = Int(wanted.trimmingCharacters(in: .whitespaces)) { return number == sheet.index + 1 }
        return sheet.name.matchingKey == wanted.matchingKey
    }

    func shouldRead(_ sheet: SheetInfo) throws -> Bool {
        if !session.sheetSelection.isEmpty {
            return session.sheetSelection.contains { matches(sheet, $0) }
        }
        if sheet.hidden {
            var report = SheetReport(location: CellLine.sheetFile(file, sheet: sheet.name), layout: "nothing (a hidden sheet)", headerRows: "none")
            report.remarks.append("name it with --sheet to read it")
            session.notes.sheets.append(report)
            return false
        }
        return true
    }

    func row(_ row: SheetRow, merges: [MergedRange], in sheet: SheetInfo) throws {
        if grid == nil { begin(sheet) }
        grid!.merges += merges
        grid!.append(row)
    }

    private func begin(_ sheet: SheetInfo) {
        var opened = SheetGrid(isSheet: true, sheetName: sheet.name, location: CellLine.sheetFile(file, sheet: sheet.name), sourceFile: file)
        opened.merges = sheet.merges
        grid = opened
    }

    func endSheet(_ sheet: SheetInfo) throws {
        if grid == nil { begin(sheet) }
        defer { grid = nil }
        grid!.hiddenColumns = sheet.hiddenColumns
        grid!.hasFilter = sheet.hasFilter
        let location = CellLine.sheetFile(file, sheet: sheet.name)
        var state = FileState(
            file: location, forced: session.forcedStyle,
            ordinals: session.catalog.indicators.map { dataset.ordinal(of: $0.id) },
            indicatorIDs: session.catalog.indicators.map { session.table.id($0.id) }, table: session.table)
        let before = session.notes.sheets.count
        let found = try session.readOfficeGrid(grid!, state: &state, into: &dataset)
        try session.settlePending(&state, into: &dataset)
        guard found > 0 else {
            withoutTable.append(sheet.name)
            if !session.sheetSelection.isEmpty {
                throw InputError(
                    file: location,
                    message:
                        "the sheet holds no table: no header row names the province column (Tỉnh, Tỉnh/TP, Địa phương, Mã tỉnh, province) with an indicator or year column within its first \(OfficeTable.headerSearchRows) rows"
                )
            }
            session.notes.sheets.append(SheetReport(location: location, layout: "nothing (no table)", headerRows: "none"))
            return
        }
        tables += found
        if session.notes.sheets[before...].allSatisfy({ $0.dataRows == 0 && $0.totalRows == 0 }) {
            throw InputError(
                file: location,
                message: "the table has a header (\(session.notes.sheets[before].headerRows)) but no rows of figures under it; add one row per province",
                vietnamese: "bảng có dòng tiêu đề (\(session.notes.sheets[before].headerRows)) nhưng không có dòng số liệu nào bên dưới; thêm mỗi tỉnh một dòng"
            )
        }
    }
}
