import CoopFormatting

/// One table for a workbook: typed columns (numbers stay numbers), rows of values, an optional
/// title above the header and notes below it.
public struct SpreadsheetTable: Sendable {
    public enum Value: Sendable, Equatable {
        case text(String)
        /// A number and what is known about it: ≈ > < show in the cell's display format, the cell
        /// still holds the number.
        case number(Double, ValueBound)
        case integer(Int)
        case empty
    }

    public struct Column: Sendable {
        public var header: String
        /// Right-aligned numbers, or left-aligned text.
        public var numeric: Bool
        public init(_ header: String, numeric: Bool = false) {
            self.header = header
            self.numeric = numeric
        }
    }

    public var sheetName: String
    /// Printed above the header; nil puts the header on the first row, so the file reads back as a data file.
    public var title: String?
    public var subtitle: String?
    public var columns: [Column]
    public var rows: [[Value]]
    public var notes: [String]

    public init(sheetName: String, title: String? = nil, subtitle: String? = nil, columns: [Column], rows: [[Value]] = [], notes: [String] = []) {
        self.sheetName = sheetName
        self.title = title
        self.subtitle = subtitle
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
