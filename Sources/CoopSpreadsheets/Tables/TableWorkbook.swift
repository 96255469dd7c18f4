import CoopFormatting

/// A `SpreadsheetTable` as a formatted workbook: numbers as numbers (with ≈ > < in the display
/// format where the figure is not exact), column widths fitted to the contents, the header frozen
/// and filterable, A4 print set-up repeating the header. Rows are written as they come (constant
/// memory), so a table of a million rows takes little memory; Excel's limit of 1.048.576 rows a
/// sheet is checked first, with the advice to write CSV instead.
public enum TableWorkbook {
    /// The rows a sheet can hold below its header (and title).
    public static func capacity(_ table: SpreadsheetTable) -> Int { 1_048_576 - firstRow(table) }

    public static func bytes(_ table: SpreadsheetTable, created: Int? = nil) throws(SpreadsheetError) -> [UInt8] {
        guard table.rows.count <= capacity(table) else {
            throw SpreadsheetError("\(table.rows.count) rows do not fit in one Excel sheet (at most \(capacity(table))); write CSV instead")
        }
        let workbook = try XlsxWorkbook(constantMemory: true)
        try workbook.setProperties(title: table.title ?? table.sheetName, author: "coopchart", created: created ?? 0)
        let sheet = try workbook.addSheet(table.sheetName)
        let header = firstRow(table) - 1
        let lastColumn = max(table.columns.count - 1, 0)
        try setWidths(table, on: sheet)
        if let title = table.title {
            try sheet.write(text: title, row: 0, column: 0, format: CellFormat(bold: true, fontSize: 13))
            if let subtitle = table.subtitle { try sheet.write(text: subtitle, row: 1, column: 0, format: CellFormat(italic: true)) }
        }
        let headerFormat = CellFormat(bold: true, wrap: true, alignment: .center, verticalTop: true, border: true, fill: 0xDDE7EE)
        let last = header + max(table.rows.count, 1)
        // In constant-memory mode rows already flushed cannot be referred to again: set the frozen
        // header and the filter before any row is written.
        try sheet.freeze(row: header + 1, column: 0)
        try sheet.autofilter(rows: header...min(last, 1_048_575), columns: 0...lastColumn)
        for (column, spec) in table.columns.enumerated() {
            try sheet.write(text: spec.header, row: header, column: column, format: headerFormat)
        }
        for (offset, values) in table.rows.enumerated() {
            let row = header + 1 + offset
            for (column, value) in values.enumerated() {
                switch value {
                case .text(let text): try sheet.write(text: text, row: row, column: column, format: textFormat)
                case .integer(let number): try sheet.write(number: Double(number), row: row, column: column, format: integerFormat)
                case .number(let number, let bound):
                    try sheet.write(number: number, row: row, column: column, format: numberFormat(number, bound))
                case .empty: break
                }
            }
        }
        var below = last + 2
        for note in table.notes {
            try sheet.write(text: note, row: below, column: 0)
            below += 1
        }
        try sheet.printSetup(landscape: table.columns.count > 6, repeatRows: header...header)
        return try workbook.finish()
    }

    static func firstRow(_ table: SpreadsheetTable) -> Int {
        table.title == nil ? 1 : (table.subtitle == nil ? 3 : 4)
    }

    private static let textFormat = CellFormat(verticalTop: true)
    private static let integerFormat = CellFormat(numberFormat: "0", verticalTop: true)

    /// Whole numbers grouped, others with up to three decimals; the mark of an estimate before it.
    static func numberFormat(_ value: Double, _ bound: ValueBound) -> CellFormat {
        let code = value == value.rounded() ? "#,##0" : "#,##0.0##"
        return CellFormat(numberFormat: ScorecardStyle.marked(code, bound), verticalTop: true)
    }

    /// Widths from the header's longest word and the longest cell, over the first 2.000 rows.
    private static func setWidths(_ table: SpreadsheetTable, on sheet: XlsxSheet) throws(SpreadsheetError) {
        for (column, spec) in table.columns.enumerated() {
            let cells = table.rows.prefix(2000).map { row -> String in
                guard column < row.count else { return "" }
                switch row[column] {
                case .text(let text): return text
                case .integer(let number): return String(number)
                case .number(let number, let bound): return bound.mark + Language.en.format(number, maxDecimals: 3)
                case .empty: return ""
                }
            }
            let maximum = spec.numeric ? 18.0 : 60.0
            try sheet.setWidth(ScorecardStyle.width(header: spec.header, cells: cells, minimum: 6, maximum: maximum) + 1, columns: column...column)
        }
    }
}
