/// The GSO yearbook's legend for cells without a figure: "-" (also "–", "—") no occurrence, a zero for
/// counts; ".." or "…" no data; "x" not applicable or confidential. Also "n/a" and "KXĐ" (không xác
/// định). A missing figure is never read as zero.
struct StatisticalMarker {
    enum Meaning { case noOccurrence, noData, notApplicable }
    let text: String
    let meaning: Meaning

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The per-value path: only a cell that starts like a marker is looked at further.
        var first = 0
        while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        guard first < bytes.count else { return nil }
        switch bytes[first] {
        case 0x2D, 0x2E, 0xE2, 0x78, 0x58, 0x6E, 0x4E, 0x6B, 0x4B: break  // - . (– — − …) x X n N k K
        default: return nil
        }
        if bytes[first] == 0x2D, first + 1 < bytes.count, bytes[first + 1] >= 0x30 && bytes[first + 1] <= 0x39 { return nil }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard let meaning = Self.meanings[text] ?? Self.meanings[text.lowercased()] else { return nil }
        self.text = text
        self.meaning = meaning
    }

    init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let meaning = Self.meanings[trimmed] ?? Self.meanings[trimmed.lowercased()] else { return nil }
        self.text = trimmed
        self.meaning = meaning
    }

    private static let meanings: [String: Meaning] = [
        "-": .noOccurrence, "–": .noOccurrence, "—": .noOccurrence, "−": .noOccurrence,
        "..": .noData, "…": .noData, "...": .noData,
        "x": .notApplicable, "n/a": .notApplicable, "na": .notApplicable, "kxđ": .notApplicable, "kxd": .notApplicable,
    ]

    func reading(isCount: Bool) -> String {
        switch meaning {
        case .noOccurrence:
            return isCount ? "no occurrence (GSO \"-\"): read as 0" : "no occurrence (GSO \"-\"): left missing, as the indicator is not a count"
        case .noData: return "no data (GSO \"..\"): left missing, never 0"
        case .notApplicable: return "not applicable or confidential (GSO \"x\", n/a, KXĐ): left missing, never 0"
        }
    }

    static let accepted = "\"-\" (no occurrence: 0 for counts), \"..\" (no data) or \"x\" (not applicable), or leave the cell empty"
}

/// What `validate` says about how a file was read: each marker and scale word with its cells, and
/// how each sheet was read.
public struct ReadNotes: Sendable {
    /// One way of reading a value, with the places it was read that way.
    public struct ValueReading: Sendable, Equatable {
        public let text: String
        public let reading: String
        public internal(set) var places: [String]
        public internal(set) var count: Int
    }

    /// A file read as the data contract's table: long or wide (tables as offices lay them out are `sheets`).
    public struct FileLayout: Sendable, Equatable {
        public let file: String
        public let shape: ColumnMap.Shape
    }

    public private(set) var values: [ValueReading] = []
    public internal(set) var sheets: [SheetReport] = []
    public internal(set) var layouts: [FileLayout] = []
    /// Errors found but not kept, by kind (the field they are about; "" for none): only the first of
    /// each kind are kept, so a file with a bad value on every row costs a few hundred errors, not millions.
    public internal(set) var errorsNotKept: [String: Int] = [:]
    private var index: [String: Int] = [:]
    /// Places kept per reading (the count goes on).
    static let placesKept = 12

    mutating func add(file: String, line: Int, text: String, reading: String) {
        let key = text + "\u{1}" + reading
        let place = CellLine.location(file: file, line: line)
        if let known = index[key] {
            values[known].count += 1
            if values[known].places.count < Self.placesKept { values[known].places.append(place) }
        } else {
            index[key] = values.count
            values.append(ValueReading(text: text, reading: reading, places: [place], count: 1))
        }
    }

    mutating func merge(_ other: ReadNotes) {
        for value in other.values {
            for place in value.places { add(place: place, value: value) }
        }
        sheets += other.sheets
        layouts += other.layouts
        errorsNotKept.merge(other.errorsNotKept, uniquingKeysWith: +)
    }

    private mutating func add(place: String, value: ValueReading) {
        let key = value.text + "\u{1}" + value.reading
        if let known = index[key] {
            values[known].count += 1
            if values[known].places.count < Self.placesKept { values[known].places.append(place) }
        } else {
            index[key] = values.count
            values.append(ValueReading(text: value.text, reading: value.reading, places: [place], count: 1))
        }
    }

    /// Lines for `validate`: `note: "-" read as 0 (no occurrence) in 3 cells: bao-cao.xlsx:Biểu 01!D9, …`.
    public var lines: [String] {
        var lines = sheets.map(\.description)
        for value in values {
            let more = value.count > value.places.count ? ", and \(value.count - value.places.count) more" : ""
            lines.append(
                "note: \"\(value.text)\" \(value.reading), in \(value.count) cell\(value.count == 1 ? "" : "s"): \(value.places.joined(separator: ", "))\(more)"
            )
        }
        return lines
    }
}
