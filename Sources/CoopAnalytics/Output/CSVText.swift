/// Writing CSV that spreadsheets open safely: text cells are neutralised against formula injection
/// (a label, reason or title beginning with `=`, `+`, `-`, `@`, a tab or a carriage return would be
/// run as a formula by Excel, so it gets a leading `'`), and every field is quoted when it holds a
/// comma, a quote or a line break (RFC 4180).
public enum CSVText {
    /// A cell of a CSV row.
    public enum Cell: Sendable, Equatable {
        /// Text that may come from a user (labels, names, reasons, titles): neutralised, then quoted.
        case text(String)
        /// A number, written plainly (no grouping, a dot for decimals): never neutralised, so −8 stays a number.
        case number(Double)
        case integer(Int)
        /// Text coopchart makes from a closed vocabulary (the rank change ↑2, ↓1, =, new): quoted but
        /// not neutralised, so "=" stays "=". Never use it for anything a user typed.
        case generated(String)
        case empty
    }

    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return text }
        return "'" + text
    }

    /// `field` in double quotes (inner quotes doubled) when it holds a comma, a quote or a line break.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return quoted(neutralised(text))
        case .number(let value): return plain(value)
        case .integer(let value): return String(value)
        case .generated(let text): return quoted(text)
        case .empty: return ""
        }
    }

    /// One line, ending in a line feed.
    public static func row(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ",") + "\n"
    }

    /// A header line; column names are text like any other.
    public static func header(_ names: [String]) -> String {
        row(names.map(Cell.text))
    }
}
