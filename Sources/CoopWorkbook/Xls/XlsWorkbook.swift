import CFreeXL
import Foundation

/// An Excel 97–2003 workbook, read with libfreexl. freexl gives no merged ranges and no hidden
/// flags, so every sheet is offered and headers are read from their cells alone.
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
        return WorkbookError(file: file, message: "the .xls workbook cannot be read while \(doing) (\(reason)); open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8")
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
        var sheetCount: UInt32 = 0
        guard freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount) == FREEXL_OK else { throw failure(FREEXL_INVALID_HANDLE, "listing its sheets") }
        var sheets: [SheetInfo] = []
        for index in 0..<Int(min(sheetCount, 4096)) {
            var namePointer: UnsafePointer<CChar>?
            let name = freexl_get_worksheet_name(handle, UInt16(index), &namePointer) == FREEXL_OK && namePointer != nil
                ? String(cString: namePointer!) : "Sheet\(index + 1)"
            let sheet = SheetInfo(name: name, index: index, hidden: false)
            sheets.append(sheet)
            guard try visitor.shouldRead(sheet) else { continue }
            let selected = freexl_select_active_worksheet(handle, UInt16(index))
            guard selected == FREEXL_OK else { throw failure(selected, "selecting sheet \(name)") }
            var rows: UInt32 = 0
            var columns: UInt16 = 0
            guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else { throw failure(FREEXL_INVALID_HANDLE, "sizing sheet \(name)") }
            if Int(rows) > limits.rows || Int(columns) > limits.columns || Int(rows) * Int(columns) > limits.cells {
                throw WorkbookError(file: file, sheet: name, message: "the sheet is \(rows) rows by \(columns) columns; coopchart reads sheets of at most \(limits.rows) rows, \(limits.columns) columns and \(limits.cells) cells")
            }
            var cells: [(column: Int, value: CellValue)] = []
            for row in 0..<rows {
                cells.removeAll(keepingCapacity: true)
                for column in 0..<columns {
                    var cell = FreeXL_CellValue()
                    guard freexl_get_cell_value(handle, row, column, &cell) == FREEXL_OK else { continue }
                    if let value = Self.value(cell) { cells.append((Int(column), value)) }
                }
                if !cells.isEmpty { try visitor.row(SheetRow(index: Int(row), cells: cells), merges: [], in: sheet) }
            }
            try visitor.endSheet(sheet)
        }
        return sheets
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
