import CXlsxWriter

/// One worksheet of an `XlsxWorkbook`. Rows and columns are 0-based; errors name the cell as Excel
/// does ("Bảng điểm!D5").
public final class XlsxSheet {
    private let workbook: XlsxWorkbook
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    public let name: String

    init(workbook: XlsxWorkbook, pointer: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.pointer = pointer
        self.name = name
    }

    private func place(_ row: Int, _ column: Int) -> String { "\(name)!\(CellAddress.cell(row: row, column: column))" }

    private func sheet() throws(SpreadsheetError) -> UnsafeMutablePointer<lxw_worksheet> {
        _ = try workbook.open()
        return pointer
    }

    private static func checked(_ row: Int, _ column: Int, _ place: String) throws(SpreadsheetError) -> (lxw_row_t, lxw_col_t) {
        guard (0..<Int(LXW_ROW_MAX)).contains(row), (0..<Int(LXW_COL_MAX)).contains(column) else {
            throw SpreadsheetError("\(place): beyond Excel's \(LXW_ROW_MAX) rows and \(LXW_COL_MAX) columns a sheet")
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    public func write(number: Double, row: Int, column: Int, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        guard number.isFinite else { throw SpreadsheetError("\(place(row, column)): \(number) is not a number a workbook can hold") }
        try SpreadsheetError.check(worksheet_write_number(try sheet(), r, c, number, try workbook.format(format)), place(row, column))
    }

    public func write(text: String, row: Int, column: Int, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        let text = SpreadsheetText.clean(text)
        if text.isEmpty { return try writeBlank(row: row, column: column, format: format) }
        try SpreadsheetError.check(worksheet_write_string(try sheet(), r, c, text, try workbook.format(format)), place(row, column))
    }

    public func writeBlank(row: Int, column: Int, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        guard format != nil else { return }
        try SpreadsheetError.check(worksheet_write_blank(try sheet(), r, c, try workbook.format(format)), place(row, column))
    }

    /// A formula (Excel's English syntax: "," between arguments, "." for decimals, future functions
    /// with their `_xlfn.` prefix) and the value it gives, shown until the sheet is recalculated.
    public func write(formula: String, cached: Double, row: Int, column: Int, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        try SpreadsheetError.check(
            worksheet_write_formula_num(try sheet(), r, c, "=" + formula, try workbook.format(format), cached.isFinite ? cached : 0),
            place(row, column) + " (=\(formula))")
    }

    /// A formula whose value is text.
    public func write(formula: String, cachedText: String, row: Int, column: Int, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        try SpreadsheetError.check(
            worksheet_write_formula_str(try sheet(), r, c, "=" + formula, try workbook.format(format), SpreadsheetText.clean(cachedText)),
            place(row, column) + " (=\(formula))")
    }

    /// Text across `columns` of one row, merged.
    public func merge(text: String, row: Int, columns: ClosedRange<Int>, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (r, first) = try Self.checked(row, columns.lowerBound, place(row, columns.lowerBound))
        let (_, last) = try Self.checked(row, columns.upperBound, place(row, columns.upperBound))
        if first == last { return try write(text: text, row: row, column: columns.lowerBound, format: format) }
        try SpreadsheetError.check(
            worksheet_merge_range(try sheet(), r, first, r, last, SpreadsheetText.clean(text), try workbook.format(format)),
            place(row, columns.lowerBound))
    }

    /// Column width in characters of the default font.
    public func setWidth(_ width: Double, columns: ClosedRange<Int>, format: CellFormat? = nil) throws(SpreadsheetError) {
        let (_, first) = try Self.checked(0, columns.lowerBound, place(0, columns.lowerBound))
        let (_, last) = try Self.checked(0, columns.upperBound, place(0, columns.upperBound))
        try SpreadsheetError.check(worksheet_set_column(try sheet(), first, last, width, try workbook.format(format)), "\(name) column width")
    }

    public func setHeight(_ height: Double, row: Int) throws(SpreadsheetError) {
        let (r, _) = try Self.checked(row, 0, place(row, 0))
        try SpreadsheetError.check(worksheet_set_row(try sheet(), r, height, nil), "\(name) row \(row + 1) height")
    }

    /// Rows above `row` and columns left of `column` stay in view.
    public func freeze(row: Int, column: Int) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        worksheet_freeze_panes(try sheet(), r, c)
    }

    public func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(SpreadsheetError) {
        let (r1, c1) = try Self.checked(rows.lowerBound, columns.lowerBound, place(rows.lowerBound, columns.lowerBound))
        let (r2, c2) = try Self.checked(rows.upperBound, columns.upperBound, place(rows.upperBound, columns.upperBound))
        try SpreadsheetError.check(worksheet_autofilter(try sheet(), r1, c1, r2, c2), "\(name) autofilter")
    }

    /// A4, landscape or portrait, fitted to one page wide, with `header` rows repeated on every page.
    public func printSetup(landscape: Bool, repeatRows: ClosedRange<Int>? = nil) throws(SpreadsheetError) {
        let sheet = try sheet()
        if landscape { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_set_paper(sheet, 9)
        worksheet_set_margins(sheet, 0.6, 0.4, 0.6, 0.6)
        worksheet_fit_to_pages(sheet, 1, 0)
        if let repeatRows {
            try SpreadsheetError.check(
                worksheet_repeat_rows(sheet, lxw_row_t(repeatRows.lowerBound), lxw_row_t(repeatRows.upperBound)),
                "\(name) print titles")
        }
        try SpreadsheetError.check(worksheet_set_footer(sheet, "&C&P / &N"), "\(name) footer")
    }

    /// Shows `chart` with its top left corner in the cell (`row`, `column`), `width`×`height` pixels.
    public func insert(chart: XlsxChart, row: Int, column: Int, width: Int, height: Int) throws(SpreadsheetError) {
        let (r, c) = try Self.checked(row, column, place(row, column))
        var options = lxw_chart_options()
        options.x_scale = Double(width) / 480
        options.y_scale = Double(height) / 288
        try SpreadsheetError.check(worksheet_insert_chart_opt(try sheet(), r, c, chart.pointer, &options), "\(chart.name) on \(place(row, column))")
    }

    public func activate() throws(SpreadsheetError) { worksheet_activate(try sheet()) }
}
