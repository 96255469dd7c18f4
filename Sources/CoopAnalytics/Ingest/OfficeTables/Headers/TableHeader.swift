import CoopFormatting
import CoopWorkbook

/// What one header cell says.
enum HeaderPart: Equatable {
    case province
    /// "Mã tỉnh", "Mã": the statistics office's two-digit code.
    case code
    case rowNumber
    case column(DataColumn)
    /// "Đơn vị": the province where no other column is, else the unit.
    case unitOrProvince
    case period(Period)
    case quarter(String)
    case indicator(Int, unit: String?)
    /// Words that qualify a column without naming an indicator: a comparison, a plan, an estimate, a part.
    case qualifier(HeaderText)
    case unknown(String)
}

/// What a column of a table holds.
enum ColumnRole: Hashable {
    case province, year, indicatorName, value, unit, qualifier, source, note
    /// The code beside the name column ("Mã tỉnh"): compared with the name on every row.
    case code
    case ignored
    /// A column read as something other than figures of its own (a comparison, a part of the column
    /// beside it, a plan coopchart has no indicator for): left out, with the reason.
    case leftOut(String)
    /// A header that names nothing coopchart knows: left out while it holds text (remarks, grades),
    /// an error at its header cell once it holds a figure.
    case unknown(String)
    /// One indicator (or the table's indicator) in one period (or the row's), values × `scale`;
    /// `estimate` for an estimate ("Ước 2024"), read as approximate.
    case figure(indicator: Int?, period: Period?, scale: Double, estimate: Bool)
}

/// The header of a table as offices lay it out: found, read, and turned into column roles.
struct TableHeader {
    /// Rows (0-based positions in the buffered rows) the header spans.
    var rows: ClosedRange<Int>
    var roles: [Int: ColumnRole] { didSet { settle() } }
    /// The text of each column's header, for messages.
    var labels: [Int: String]
    var provinceColumn: Int
    /// The row (sheet row or CSV line) of the province header cell, where header errors point.
    var headerRow: Int

    // Looked up for every row: kept, not searched for.
    private(set) var yearColumn: Int?
    private(set) var codeColumn: Int?
    private(set) var figureColumns: [Int] = []
    private(set) var unknownColumns: [(column: Int, text: String)] = []
    private var single: [ColumnRole: Int] = [:]

    init(rows: ClosedRange<Int>, roles: [Int: ColumnRole], labels: [Int: String], provinceColumn: Int, headerRow: Int) {
        self.rows = rows
        self.roles = roles
        self.labels = labels
        self.provinceColumn = provinceColumn
        self.headerRow = headerRow
        settle()
    }

    private mutating func settle() {
        figureColumns = roles.filter { if case .figure = $0.value { return true } else { return false } }.map(\.key).sorted()
        unknownColumns = roles.compactMap { column, role in if case .unknown(let text) = role { return (column, text) } else { return nil } }
            .sorted { $0.column < $1.column }
        single = [:]
        for (column, role) in roles {
            switch role {
            case .figure, .unknown, .ignored, .leftOut: continue
            default: if single[role] == nil || column < single[role]! { single[role] = column }
            }
        }
        yearColumn = single[.year]
        codeColumn = single[.code]
    }

    func column(_ role: ColumnRole) -> Int? { single[role] }
}

/// Reads header cells against the catalog.
struct HeaderReader {
    let catalog: IndicatorCatalog

    func part(_ value: CellValue) -> HeaderPart? {
        switch value {
        case .number(let number):
            if let period = PeriodText.period(ofNumber: number) { return .period(period) }
            return .unknown(value.shown)
        case .date(let day):
            // A year header typed as a date (01/01/2023 shown as 2023); 30 June is the first half.
            guard Period.acceptedYears.contains(day.year) else { return .unknown(value.shown) }
            return .period(day.month == 6 && day.day == 30 ? Period(year: day.year, part: .firstHalf) : Period(year: day.year))
        case .percent, .boolean, .error, .formulaWithoutValue:
            return .unknown(value.shown)
        case .text(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { return nil }
            let key = HeaderWords.key(text)
            if key == "don vi" { return .unitOrProvince }
            if HeaderWords.code.contains(key) { return .code }
            if HeaderWords.province.contains(key) { return .province }
            if HeaderWords.rowNumber.contains(key) { return .rowNumber }
            if let column = DataColumn.matching(text) { return column == .province ? .province : .column(column) }
            switch PeriodText.read(text) {
            case .period(let period): return .period(period)
            case .quarter(let written): return .quarter(written)
            case .none: break
            }
            let (label, unit) = HeaderWords.splitUnit(text)
            if let index = indicatorIndex(label) { return .indicator(index, unit: unit) }
            if let index = indicatorIndex(text) { return .indicator(index, unit: nil) }
            let words = HeaderText(unit.flatMap(UnitExpression.parse) != nil ? label : text)
            if let quarter = words.quarter { return .quarter(quarter) }
            if words.comparison || words.part || words.plan || words.estimate || !words.periods.isEmpty { return .qualifier(words) }
            if let index = indicatorIndex(words.core) { return .indicator(index, unit: unit.flatMap(UnitExpression.parse) != nil ? unit : nil) }
            return .unknown(text)
        }
    }

    func indicatorIndex(_ text: String) -> Int? {
        let id = catalog.indicator(named: text)?.id ?? HeaderWords.indicators[HeaderWords.canonical(HeaderWords.key(text))]
        guard let id else { return nil }
        return catalog.indicators.firstIndex { $0.id == id }
    }

    /// Whether a row looks like a header's province row: a province header word in some cell.
    func isKeyRow(_ row: GridRow) -> Bool {
        row.cells.contains { cell in
            guard case .text = cell.value, let part = part(cell.value) else { return false }
            return part == .province || part == .unitOrProvince || part == .code
        }
    }

    /// "A | B | 1 | 2 …", "(1) (2) …": a row of column numbers under the header. The letters and the
    /// numbers each run on by one from left to right ("3=1+2", a column computed from others, may stand
    /// anywhere), so a row of small figures keyed by code ("01 | 12 | 3") is never taken for one.
    static func isColumnNumberRow(_ row: GridRow) -> Bool {
        let texts = row.cells.map { $0.value.shown.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard texts.count >= 2 else { return false }
        var lastLetter: UInt8?, lastNumber: Int?
        for text in texts {
            var core = text
            if core.hasPrefix("("), core.hasSuffix(")") { core = String(core.dropFirst().dropLast()) }
            if core.count == 1, let letter = core.uppercased().utf8.first, letter >= 0x41, letter <= 0x5A {
                if let lastLetter, letter != lastLetter + 1 { return false }
                lastLetter = letter
            } else if core.count <= 3, core.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(core) {
                if let lastNumber, number != lastNumber + 1 { return false }
                if lastNumber == nil, number > 1, lastLetter == nil { return false }
                lastNumber = number
            } else if !(core.count <= 20 && core.contains("=") && core.allSatisfy({ $0.isASCII && "0123456789()=+-*/:x ".contains($0) })) {
                return false
            }
        }
        return true
    }

    /// A row of units under the header ("người | HTX | triệu đồng"): no numbers, and units only.
    static func units(in row: GridRow) -> [Int: UnitExpression]? {
        var units: [Int: UnitExpression] = [:]
        for cell in row.cells {
            guard case .text(let raw) = cell.value else { return nil }
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            let key = HeaderWords.key(text)
            if key == "dvt" || key == "don vi tinh" || key == "don vi" { continue }
            var inner = text
            if inner.hasPrefix("("), inner.hasSuffix(")") { inner = String(inner.dropFirst().dropLast()) }
            guard let unit = UnitExpression.parse(inner) else { return nil }
            units[cell.column] = unit
        }
        return units.isEmpty ? nil : units
    }
}
