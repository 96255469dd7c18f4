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
/// Its texts are kept as `InternedText` numbers: an observation is plain bits (no references), so the
/// reader stores a million of them without reference counting and in a third of the memory.
public struct Observation: Sendable, Equatable {
    public let value: Double
    private let storedProvince: Int32
    private let storedLine: Int32
    private let year: Int32
    private let part: Period.Part
    public let qualifier: ValueBound
    let indicatorID: InternedText.ID
    let unitID: InternedText.ID
    let sourceID: InternedText.ID
    let noteID: InternedText.ID
    let fileID: InternedText.ID

    /// Index into the registry's `provinces`.
    public var province: Int { Int(storedProvince) }
    public var period: Period { Period(year: Int(year), part: part) }
    public var indicator: String { InternedText.text(indicatorID) }
    public var unit: String? { InternedText.optionalText(unitID) }
    public var source: String? { InternedText.optionalText(sourceID) }
    public var note: String? { InternedText.optionalText(noteID) }
    public var origin: SourceLocation { SourceLocation(file: InternedText.text(fileID), line: line) }
    var line: Int { Int(storedLine) }

    public init(province: Int, period: Period, indicator: String, value: Double, qualifier: ValueBound = .exact,
                unit: String? = nil, source: String? = nil, note: String? = nil, origin: SourceLocation) {
        self.init(province: province, period: period, indicatorID: InternedText.id(indicator), value: value, qualifier: qualifier,
                  unitID: InternedText.id(unit), sourceID: InternedText.id(source), noteID: InternedText.id(note),
                  fileID: InternedText.id(origin.file), line: origin.line)
    }

    /// The reader's path: texts already interned once per distinct spelling, not once per row.
    init(province: Int, period: Period, indicatorID: InternedText.ID, value: Double, qualifier: ValueBound,
         unitID: InternedText.ID, sourceID: InternedText.ID, noteID: InternedText.ID, fileID: InternedText.ID, line: Int) {
        // 40 bytes a figure: registry indices, years and line numbers fit 32 bits with room to spare.
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
}

/// The key that makes a figure unique: giving it twice with different values is an error.
public struct FigureKey: Hashable, Sendable {
    public let province: Int
    public let period: Period
    public let indicator: String
}
