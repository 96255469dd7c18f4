import CoopFormatting

/// Writing CSV that spreadsheets open safely: text cells are neutralised against formula injection
/// (a label, reason or title beginning with `=`, `+`, `-`, `@`, a tab or a carriage return would be
/// run as a formula by Excel, so it gets a leading `'`), and every field is quoted when it holds the
/// separator, a quote or a line break (RFC 4180).
///
/// Every CSV coopchart writes goes through here, in one of three styles (`CSVStyle`): RFC 4180 for
/// scripts (the default), and the two that Excel reads without an import dialog: Vietnamese regional
/// settings (`;` between fields, a decimal comma) and English ones (`,` and a decimal point).
public enum CSVText {
    /// A cell of a CSV row.
    public enum Cell: Sendable, Equatable {
        /// Text that may come from a user (labels, names, reasons, titles): neutralised, then quoted.
        case text(String)
        /// A number, written plainly (no grouping; the style's decimal mark): never neutralised, so −8 stays a number.
        case number(Double)
        /// A number rounded to at most `maxDecimals` places (49.14, 175, 0.5), written like `number`.
        case rounded(Double, maxDecimals: Int)
        case integer(Int)
        /// Text coopchart makes from a closed vocabulary (the rank change ↑2, ↓1, =, new): quoted but
        /// not neutralised, so "=" stays "=". Never use it for anything a user typed, nor for numbers
        /// (they would miss the style's decimal mark).
        case generated(String)
        case empty
    }

    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return text }
        return "'" + text
    }

    /// `field` in double quotes (inner quotes doubled) when it holds the separator, a quote or a line break.
    public static func quoted(_ field: String, style: CSVStyle = .rfc4180) -> String {
        let separator = style.separator
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as the style writes it: `plain` digits with the style's decimal mark.
    public static func number(_ text: String, style: CSVStyle) -> String {
        style.decimalMark == "." ? text : text.replacingOccurrences(of: ".", with: String(style.decimalMark))
    }

    public static func field(_ cell: Cell, style: CSVStyle = .rfc4180) -> String {
        switch cell {
        case .text(let text): return quoted(neutralised(text), style: style)
        case .number(let value): return number(plain(value), style: style)
        case .rounded(let value, let decimals): return number(plain(value, maxDecimals: decimals), style: style)
        case .integer(let value): return String(value)
        case .generated(let text): return quoted(text, style: style)
        case .empty: return ""
        }
    }

    /// One line, ending in a line feed.
    public static func row(_ cells: [Cell], style: CSVStyle = .rfc4180) -> String {
        cells.map { field($0, style: style) }.joined(separator: String(style.separator)) + "\n"
    }

    /// A header line; column names are text like any other.
    public static func header(_ names: [String], style: CSVStyle = .rfc4180) -> String {
        row(names.map(Cell.text), style: style)
    }
}

/// How a CSV file separates fields and writes decimals.
public struct CSVStyle: Sendable, Hashable {
    public let name: String
    public let separator: Character
    public let decimalMark: Character

    /// RFC 4180: `,` between fields, a decimal point. For scripts and for coopchart itself.
    public static let rfc4180 = CSVStyle(name: "rfc4180", separator: ",", decimalMark: ".")
    /// What Excel expects with Vietnamese regional settings: `;` between fields, a decimal comma.
    public static let excelVietnamese = CSVStyle(name: "vi", separator: ";", decimalMark: ",")
    /// What Excel expects with English regional settings: `,` between fields, a decimal point.
    public static let excelEnglish = CSVStyle(name: "en", separator: ",", decimalMark: ".")

    public static let all: [CSVStyle] = [.rfc4180, .excelVietnamese, .excelEnglish]

    /// The Excel style of a language.
    public static func excel(_ language: Language) -> CSVStyle {
        switch language {
        case .vi: .excelVietnamese
        case .en: .excelEnglish
        }
    }

    /// `vi`, `en` or `rfc4180`.
    public init?(name: String) {
        guard let style = Self.all.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = style
    }

    private init(name: String, separator: Character, decimalMark: Character) {
        self.name = name
        self.separator = separator
        self.decimalMark = decimalMark
    }
}
