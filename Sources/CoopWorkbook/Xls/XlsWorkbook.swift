import CFreeXL
import Foundation

/// An Excel 97–2003 workbook: each cell's value read with libfreexl, and what libfreexl does not give
/// (number formats such as percentages, errors computed by formulas, true/false cells, hidden rows,
/// columns and sheets, merged cells, AutoFilters) from the workbook's own records (`BiffFacts`).
final class XlsWorkbook {
    private let path: String
    private let file: String
    private let limits: WorkbookLimits

    init(path: String, file: String, limits: WorkbookLimits) {
        self.path = path
        self.file = file
        self.limits = limits
    }

    private func failure(_ code: Int32, _ doing: String) -> WorkbookError {
        let reason: String
        switch code {
        case FREEXL_INSUFFICIENT_MEMORY: reason = "out of memory"
        case FREEXL_CRAFTED_FILE: reason = "it is severely damaged or crafted"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND: reason = "it holds no Excel workbook (is it a Word or other Office file?)"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR,
            FREEXL_CFBF_INVALID_SECTOR_SIZE, FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY,
            FREEXL_INVALID_MINI_STREAM, FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            reason = "it is truncated or damaged"
        case FREEXL_UNSUPPORTED_CHARSET, FREEXL_INVALID_CHARACTER: reason = "its text uses a character set that cannot be converted"
        default: reason = "libfreexl error \(code)"
        }
        return WorkbookError(
            file: file,
            message: "the .xls workbook cannot be read while \(doing) (\(reason)); open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8")
    }

    func read(_ visitor: some SheetVisitor) throws -> [SheetInfo] {
        var handle: UnsafeRawPointer?
        let opened = freexl_open(path, &handle)
        defer { if handle != nil { freexl_close(handle) } }
        guard opened == FREEXL_OK, let handle else { throw failure(opened, "opening it") }
        var info: UInt32 = 0
        if freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &info) == FREEXL_OK, info == UInt32(FREEXL_BIFF_OBFUSCATED) {
            throw Workbook.encrypted(file)
        }
        let facts = try Self.facts(path: path, file: file)
        var sheetCount: UInt32 = 0
        guard freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount) == FREEXL_OK else {
            throw failure(FREEXL_INVALID_HANDLE, "listing its sheets")
        }
        var sheets: [SheetInfo] = []
        for index in 0..<Int(min(sheetCount, 4096)) {
            var namePointer: UnsafePointer<CChar>?
            let name =
                freexl_get_worksheet_name(handle, UInt16(index), &namePointer) == FREEXL_OK && namePointer != nil
                ? String(cString: namePointer!) : "Sheet\(index + 1)"
            let known = index < facts.sheets.count ? facts.sheets[index] : BiffFacts.Sheet()
            var sheet = SheetInfo(name: name, index: index, hidden: known.hidden, merges: known.merges)
            sheets.append(sheet)
            guard try visitor.shouldRead(sheet) else { continue }
            let selected = freexl_select_active_worksheet(handle, UInt16(index))
            guard selected == FREEXL_OK else { throw failure(selected, "selecting sheet \(name)") }
            var rows: UInt32 = 0
            var columns: UInt16 = 0
            guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else { throw failure(FREEXL_INVALID_HANDLE, "sizing sheet \(name)") }
            if Int(rows) > limits.rows || Int(columns) > limits.columns || Int(rows) * Int(columns) > limits.cells {
                throw WorkbookError(
                    file: file, sheet: name,
                    message:
                        "the sheet is \(rows) rows by \(columns) columns; coopchart reads sheets of at most \(limits.rows) rows, \(limits.columns) columns and \(limits.cells) cells"
                )
            }
            var cells: [(column: Int, value: CellValue)] = []
            for row in 0..<rows {
                cells.removeAll(keepingCapacity: true)
                for column in 0..<columns {
                    var cell = FreeXL_CellValue()
                    guard freexl_get_cell_value(handle, row, column, &cell) == FREEXL_OK else { continue }
                    let key = BiffFacts.key(row: Int(row), column: Int(column))
                    if !facts.savedByACalculator, known.formulaCells.contains(key) {
                        cells.append((Int(column), .formulaWithoutValue("… (a formula of a workbook saved without computing it)")))
                        continue
                    }
                    if let value = Self.meaning(of: Self.value(cell), at: key, in: known, uses1904: facts.uses1904) {
                        cells.append((Int(column), value))
                    }
                }
                if !cells.isEmpty {
                    try visitor.row(SheetRow(index: Int(row), cells: cells, hidden: known.hiddenRows.contains(Int(row))), merges: [], in: sheet)
                }
            }
            sheet.hiddenColumns = known.hiddenColumns
            sheet.hasFilter = known.hasFilter
            try visitor.endSheet(sheet)
        }
        return sheets
    }

    /// The workbook's records, read before libfreexl's cells so each value gets its meaning.
    private static func facts(path: String, file: String) throws -> BiffFacts {
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw WorkbookError(file: file, message: "cannot read the file (\(error.localizedDescription))")
        }
        do {
            let container = try CompoundFile(bytes: bytes)
            guard let stream = try container.stream(named: "Workbook") ?? container.stream(named: "Book") else {
                throw WorkbookError(
                    file: file,
                    message: "the .xls file holds no Excel workbook (is it a Word or other Office file?); open it in Excel or LibreOffice and save it as .xlsx")
            }
            return BiffFacts(stream: stream)
        } catch let damaged as CompoundFile.Damaged {
            throw WorkbookError(
                file: file,
                message: "the .xls workbook is truncated or damaged (\(damaged.reason)); open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8")
        }
    }

    /// A cell's value with what the records say of it: an error or true/false a formula computed (which
    /// libfreexl leaves empty), a number shown as a percentage or a date, numbers to 15 digits.
    private static func meaning(of value: CellValue?, at key: Int64, in sheet: BiffFacts.Sheet, uses1904: Bool) -> CellValue? {
        if let code = sheet.errors[key] { return .error(code) }
        if let flag = sheet.booleans[key] { return .boolean(flag) }
        guard case .number(let number)? = value ?? sheet.formulaNumbers[key].map(CellValue.number) else { return value }
        if sheet.dateCells.contains(key), let day = CalendarDay(serial: number, uses1904: uses1904) { return .date(day) }
        if sheet.percentCells.contains(key) { return .percent(CellValue.displayed(number)) }
        return .number(CellValue.displayed(number))
    }

    private static func value(_ cell: FreeXL_CellValue) -> CellValue? {
        switch Int32(cell.type) {
        case FREEXL_CELL_INT: return .number(Double(cell.value.int_value))
        case FREEXL_CELL_DOUBLE:
            return cell.value.double_value.isFinite ? .number(cell.value.double_value) : .error("#NUM!")
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            guard let text = cell.value.text_value else { return nil }
            let string = String(cString: text)
            return string.isEmpty ? nil : .text(string)
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME:
            guard let text = cell.value.text_value else { return nil }
            let string = String(cString: text)
            return CalendarDay(iso: string).map(CellValue.date) ?? .text(string)
        case FREEXL_CELL_TIME:
            return cell.value.text_value.map { .text(String(cString: $0)) }
        default: return nil
        }
    }
}
