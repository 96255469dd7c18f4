import CoopFormatting

/// Where a figure came from: the file and line a user can open to check it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
    public var description: String { "\(file):\(line)" }
}

/// One province's figure for one indicator and period, with everything needed to show it honestly.
public struct Observation: Sendable, Equatable {
    /// Index into the registry's `provinces`.
    public let province: Int
    public let period: Period
    public let indicator: String
    public let value: Double
    public let qualifier: ValueBound
    public let unit: String?
    public let source: String?
    public let note: String?
    public let origin: SourceLocation

    public init(province: Int, period: Period, indicator: String, value: Double, qualifier: ValueBound = .exact,
                unit: String? = nil, source: String? = nil, note: String? = nil, origin: SourceLocation) {
        self.province = province
        self.period = period
        self.indicator = indicator
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.source = source
        self.note = note
        self.origin = origin
    }
}

/// The key that makes a figure unique: giving it twice with different values is an error.
public struct FigureKey: Hashable, Sendable {
    public let province: Int
    public let period: Period
    public let indicator: String
}
