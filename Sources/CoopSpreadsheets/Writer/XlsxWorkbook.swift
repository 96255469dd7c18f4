import CXlsxWriter
import CoopFormatting
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A libxlsxwriter workbook owned by Swift: created in a private temporary folder, written by
/// `finish()` and handed back as bytes (so the caller writes the output atomically), and freed in
/// every case. Every libxlsxwriter error becomes a `SpreadsheetError` naming the sheet and cell.
/// The raw pointers never leave this file and `XlsxSheet.swift`.
public final class XlsxWorkbook {
    private var pointer: UnsafeMutablePointer<lxw_workbook>?
    private let folder: String
    private let path: String
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames: [String] = []
    private var chartCount = 0
    /// Kept alive until the workbook is written: libxlsxwriter keeps the pointers it is given.
    private var retainedStrings: [UnsafeMutablePointer<CChar>] = []

    /// `constantMemory` writes each row as soon as the next begins (rows must then be written in
    /// order): memory stays flat for tables of a million rows.
    public init(constantMemory: Bool = false) throws(SpreadsheetError) {
        let base = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp") + "/coopchart-xlsx-XXXXXX"
        var template = Array(base.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw SpreadsheetError(
                "cannot create a temporary folder in \(base.dropLast(21)) (\(String(cString: strerror(errno)))); set TMPDIR to a folder you can write to")
        }
        folder = String(cString: made)
        path = folder + "/workbook.xlsx"
        let tmpdir = strdup(folder)!
        retainedStrings.append(tmpdir)
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: tmpdir, use_zip64: 0)
        pointer = workbook_new_opt(path, &options)
        if pointer == nil {
            removeFolder()
            throw SpreadsheetError("libxlsxwriter could not start a workbook (out of memory?)")
        }
    }

    deinit {
        if let pointer { lxw_workbook_free(pointer) }
        for string in retainedStrings { free(string) }
        removeFolder()
    }

    /// A new sheet; names are at most 31 characters, without []:*?/\ (Excel's rule).
    public func addSheet(_ name: String) throws(SpreadsheetError) -> XlsxSheet {
        let workbook = try open()
        let name = name.nfc
        let check = workbook_validate_sheet_name(workbook, name)
        try SpreadsheetError.check(check, "sheet name \"\(name)\"")
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw SpreadsheetError("sheet \"\(name)\" could not be added")
        }
        sheetNames.append(name)
        return XlsxSheet(workbook: self, pointer: sheet, name: name)
    }

    /// A native chart of `kind`; it is written only once a sheet shows it (`XlsxSheet.insert(chart:…)`).
    public func addChart(_ kind: XlsxChart.Kind) throws(SpreadsheetError) -> XlsxChart {
        guard let chart = workbook_add_chart(try open(), UInt8(kind.code.rawValue)) else {
            throw SpreadsheetError("a chart could not be added (out of memory?)")
        }
        chartCount += 1
        return XlsxChart(workbook: self, pointer: chart, kind: kind, name: "chart \(chartCount)")
    }

    /// Title, author and a fixed creation time (seconds since 1970), so two runs write the same file.
    public func setProperties(title: String, subject: String = "", author: String, created: Int) throws(SpreadsheetError) {
        let workbook = try open()
        let strings = [title, subject, author, "coopchart"].map { strdup(SpreadsheetText.clean($0))! }
        retainedStrings += strings
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.subject = strings[1]
        properties.author = strings[2]
        properties.comments = strings[3]
        properties.created = time_t(created)
        try SpreadsheetError.check(workbook_set_properties(workbook, &properties), "the workbook's properties")
    }

    /// The workbook's style for `format`, made once.
    func format(_ format: CellFormat?) throws(SpreadsheetError) -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        if let made = formats[format] { return made }
        guard let made = workbook_add_format(try open()) else { throw SpreadsheetError("a cell format could not be added") }
        if format.bold { format_set_bold(made) }
        if format.italic { format_set_italic(made) }
        if format.wrap { format_set_text_wrap(made) }
        if let size = format.fontSize { format_set_font_size(made, size) }
        if let code = format.numberFormat { format_set_num_format(made, code) }
        switch format.alignment {
        case .general: break
        case .left: format_set_align(made, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(made, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(made, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        format_set_align(made, UInt8(format.verticalTop ? LXW_ALIGN_VERTICAL_TOP.rawValue : LXW_ALIGN_VERTICAL_CENTER.rawValue))
        if format.border { format_set_border(made, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill = format.fill { format_set_bg_color(made, lxw_color_t(fill)) }
        formats[format] = made
        return made
    }

    /// Writes the workbook and returns the file's bytes; the workbook cannot be used afterwards.
    public func finish() throws(SpreadsheetError) -> [UInt8] {
        let workbook = try open()
        pointer = nil
        // workbook_close frees the workbook whatever it returns.
        let status = workbook_close(workbook)
        try SpreadsheetError.check(status, "writing the workbook")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpreadsheetError("the written workbook could not be read back from \(path)")
        }
        return [UInt8](data)
    }

    func open() throws(SpreadsheetError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else { throw SpreadsheetError("the workbook was already written") }
        return pointer
    }

    private func removeFolder() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// Text as a workbook may hold it: NFC, without the control characters XML 1.0 forbids, and within
/// Excel's 32.767 characters a cell.
enum SpreadsheetText {
    static let maximumLength = 32_767

    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.nfc.unicodeScalars where allowed(scalar) { scalars.append(scalar) }
        let cleaned = String(scalars)
        guard cleaned.utf16.count > maximumLength else { return cleaned }
        return String(cleaned.prefix(maximumLength - 1)) + "…"
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
