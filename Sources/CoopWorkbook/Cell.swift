import CoopFormatting

/// What one spreadsheet cell holds, as the workbook stored it: nothing here interprets a number as a
/// figure, a text as a province, or a date as a period.
public enum CellValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A number shown as a percentage: the stored fraction (0.423 is shown as 42,3 %).
    case percent(Double)
    case boolean(Bool)
    case date(CalendarDay)
    /// An error value the application computed ("#DIV/0!", "#REF!").
    case error(String)
    /// A formula whose result was never saved (written by a program, never opened in an office suite).
    case formulaWithoutValue(String)

    /// The text a person sees in the cell, for messages and for reading text-like layouts.
    public var shown: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return Self.plain(number)
        case .percent(let fraction): return Self.plain(fraction * 100) + "%"
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let day): return day.description
        case .error(let code): return code
        case .formulaWithoutValue(let formula): return "=" + formula
        }
    }

    private static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A stored number as a spreadsheet shows and computes with it: rounded to 15 significant digits
    /// (`=50*1.1` is stored as 55.000000000000007 and shown, compared and summed as 55).
    public static func displayed(_ number: Double) -> Double {
        if number == number.rounded() && abs(number) < 1e15 { return number }
        guard number.isFinite else { return number }
        return Double(String(format: "%.14e", number)) ?? number
    }
}

extension CellValue {
    /// A percentage cell's figure in percent, shifted two decimal places exactly (0.582 → 58.2, the
    /// same double as a typed 58.2; `0.582 * 100` would be 58.199999999999996).
    public static func percentFigure(ofFraction fraction: Double) -> Double {
        guard fraction.isFinite, fraction != 0 else { return fraction * 100 }
        let written = String(format: "%.14e", fraction)
        guard let e = written.lastIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(written[written.index(after: e)...]) else {
            return fraction * 100
        }
        return Double(written[..<e] + "e" + String(exponent + 2)) ?? fraction * 100
    }
}

/// A calendar date without time, as date cells hold them.
public struct CalendarDay: Sendable, Equatable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a spreadsheet serial number stands for, in the 1900 system (serial 1 is 1 January 1900,
    /// with Lotus' phantom 29 February 1900 as serial 60) or the 1904 system (serial 0 is 1 January 1904).
    public init?(serial: Double, uses1904: Bool) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if uses1904 {
            days += 1462  // 1904-01-01 is serial 1462 of the corrected 1900 count.
        } else if days == 60 {
            self.init(year: 1900, month: 2, day: 29)
            return
        } else if days < 60 {
            days += 1
        }
        // Days since 1899-12-30; 1970-01-01 is day 25 569.
        let date = CivilDate.date(daysSince1970: days - 25_569)
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// Reads "2023-05-01" or "2023-05-01T00:00:00" (OpenDocument, freexl, the OOXML `d` type).
    public init?(iso text: String) {
        let datePart = text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
        let pieces = datePart.split(separator: " ", maxSplits: 1).first?.split(separator: "-") ?? []
        guard pieces.count == 3, let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}

/// Where a cell is: 0-based row and column, written the spreadsheet way ("D9").
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) { self.row = row; self.column = column }

    /// Reads "D9" or "$D$9"; nil when it is not a cell reference.
    public init?(reference text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x24 where digits == 0: continue  // "$"
            case 0x41...0x5A where digits == 0: column = column * 26 + Int(byte - 0x40); letters += 1
            case 0x61...0x7A where digits == 0: column = column * 26 + Int(byte - 0x60); letters += 1
            case 0x30...0x39 where letters > 0: row = row * 10 + Int(byte - 0x30); digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// "A", "Z", "AA" for columns 0, 25, 26.
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    public var description: String { Self.columnName(column) + String(row + 1) }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A block of merged cells: its value sits in the first (top-left) cell.
public struct MergedRange: Sendable, Equatable, CustomStringConvertible {
    public let first: CellAddress
    public let last: CellAddress

    public init(first: CellAddress, last: CellAddress) { self.first = first; self.last = last }

    /// Reads "B4:D4".
    public init?(reference text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let first = CellAddress(reference: String(parts[0])),
            let last = CellAddress(reference: String(parts[1])), first.row <= last.row, first.column <= last.column
        else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }

    public var description: String { "\(first):\(last)" }
}

/// One row of a sheet: its non-empty cells in column order.
public struct SheetRow: Sendable {
    /// 0-based.
    public let index: Int
    public var cells: [(column: Int, value: CellValue)]
    /// Hidden, or filtered out by an AutoFilter: not shown to a person looking at the sheet.
    public var hidden: Bool

    public init(index: Int, cells: [(column: Int, value: CellValue)], hidden: Bool = false) {
        self.index = index
        self.cells = cells
        self.hidden = hidden
    }

    public func value(at column: Int) -> CellValue? {
        cells.first { $0.column == column }?.value
    }
}

/// One sheet as the workbook lists it.
public struct SheetInfo: Sendable, Equatable {
    public let name: String
    /// 0-based position in the workbook's tab order.
    public let index: Int
    public let hidden: Bool
    /// Merged ranges known before the rows are read (OOXML keeps them after the cells; OpenDocument
    /// gives them with each row instead, in `SheetVisitor.row`'s `merges`).
    public internal(set) var merges: [MergedRange]
    /// Columns hidden from view (0-based), known when the sheet ends (`SheetVisitor.endSheet`).
    public internal(set) var hiddenColumns: Set<Int> = []
    /// Whether the sheet has an AutoFilter, so that its hidden rows may be rows filtered out.
    public internal(set) var hasFilter = false

    public init(name: String, index: Int, hidden: Bool, merges: [MergedRange] = []) {
        self.name = name
        self.index = index
        self.hidden = hidden
        self.merges = merges
    }
}
