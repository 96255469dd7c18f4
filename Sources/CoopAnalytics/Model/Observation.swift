import CoopFormatting

/// Where a figure came from: the file and line a user can open to check it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public init(file: String, line: Int) { self.file = file; self.line = line }
    /// `FILE:LINE`, or `FILE:SHEET!CELL` for a workbook's cell (see `CellLine`).
    public var description: String { CellLine.location(file: file, line: line) }
}

/// One province's figure for one indicator and period, with everything needed to show it honestly.
///
/// Its texts are numbers in the `ReadingTexts` of the reading it came from (a million figures share a handful
/// of texts), and the observation keeps that table alive: the texts go when the figures go.
public struct Observation: Sendable, Equatable {
    public let value: Double
    let texts: ReadingTexts
    private let storedProvince: Int32
    private let storedLine: Int32
    private let year: Int32
    private let part: Period.Part
    public let qualifier: ValueBound
    let indicatorID: ReadingTexts.ID
    let unitID: ReadingTexts.ID
    let sourceID: ReadingTexts.ID
    let noteID: ReadingTexts.ID
    let fileID: ReadingTexts.ID

    /// Index into the registry's `provinces`.
    public var province: Int { Int(storedProvince) }
    public var period: Period { Period(year: Int(year), part: part) }
    public var indicator: String { texts.text(indicatorID) }
    public var unit: String? { texts.optionalText(unitID) }
    public var source: String? { texts.optionalText(sourceID) }
    public var note: String? { texts.optionalText(noteID) }
    public var origin: SourceLocation { SourceLocation(file: texts.text(fileID), line: line) }
    var line: Int { Int(storedLine) }

    /// A figure with texts of its own (a table of its own holds them).
    public init(
        province: Int, period: Period, indicator: String, value: Double, qualifier: ValueBound = .exact,
        unit: String? = nil, source: String? = nil, note: String? = nil, origin: SourceLocation
    ) {
        self.init(
            province: province, period: period, indicator: indicator, value: value, qualifier: qualifier, unit: unit, source: source,
            note: note, origin: origin, texts: ReadingTexts())
    }

    /// A figure whose texts go into `texts`, a table its maker fills before handing the figures on.
    init(
        province: Int, period: Period, indicator: String, value: Double, qualifier: ValueBound = .exact,
        unit: String? = nil, source: String? = nil, note: String? = nil, origin: SourceLocation, texts: ReadingTexts
    ) {
        self.init(
            province: province, period: period, indicatorID: texts.id(indicator), value: value, qualifier: qualifier,
            unitID: texts.id(unit), sourceID: texts.id(source), noteID: texts.id(note),
            fileID: texts.id(origin.file), line: origin.line, texts: texts)
    }

    /// The reader's path: texts already kept once per distinct spelling in the reading's table, not once per row.
    init(
        province: Int, period: Period, indicatorID: ReadingTexts.ID, value: Double, qualifier: ValueBound,
        unitID: ReadingTexts.ID, sourceID: ReadingTexts.ID, noteID: ReadingTexts.ID, fileID: ReadingTexts.ID, line: Int, texts: ReadingTexts
    ) {
        // Registry indices, years and line numbers fit 32 bits with room to spare.
        self.texts = texts
        self.storedProvince = Int32(truncatingIfNeeded: province)
        self.year = Int32(clamping: period.year)
        self.part = period.part
        self.value = value
        self.qualifier = qualifier
        self.indicatorID = indicatorID
        self.unitID = unitID
        self.sourceID = sourceID
        self.noteID = noteID
        self.fileID = fileID
        self.storedLine = Int32(clamping: line)
    }

    /// Equal figures: the same value, place, period and texts (wherever the texts are kept).
    public static func == (lhs: Observation, rhs: Observation) -> Bool {
        lhs.value == rhs.value && lhs.storedProvince == rhs.storedProvince && lhs.storedLine == rhs.storedLine && lhs.year == rhs.year
            && lhs.part == rhs.part && lhs.qualifier == rhs.qualifier && lhs.indicator == rhs.indicator && lhs.unit == rhs.unit
            && lhs.source == rhs.source && lhs.note == rhs.note && lhs.origin.file == rhs.origin.file
    }
}

/// The key that makes a figure unique: giving it twice with different values is an error.
public struct FigureKey: Hashable, Sendable {
    public let province: Int
    public let period: Period
    public let indicator: String
}
