/// A1-style references, as formulas and messages write them.
public enum CellAddress {
    /// "A", "Z", "AA"… for a 0-based column.
    public static func column(_ index: Int) -> String {
        var index = index + 1
        var letters: [Character] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            index = (index - 1) / 26
        }
        return String(letters.reversed())
    }

    /// "D5" for 0-based (row 4, column 3); `absolute` gives "$D$5".
    public static func cell(row: Int, column: Int, absolute: Bool = false) -> String {
        let dollar = absolute ? "$" : ""
        return dollar + Self.column(column) + dollar + String(row + 1)
    }

    /// "$D$5:$D$13": a fixed column range over rows `first...last` (0-based).
    public static func columnRange(column: Int, rows: ClosedRange<Int>) -> String {
        cell(row: rows.lowerBound, column: column, absolute: true) + ":" + cell(row: rows.upperBound, column: column, absolute: true)
    }

    /// A sheet name as a formula writes it: quoted, inner quotes doubled ('Số liệu'!).
    public static func sheetPrefix(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'!"
    }
}
