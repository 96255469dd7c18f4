/// One administrative unit of the statistics office's registry, valid between two dates.
///
/// A code alone is not an identity: 24 was Bắc Giang until 30 June 2025 and is the new Bắc Ninh
/// since 1 July 2025, so a province is a registry entry (code plus validity).
public struct Province: Hashable, Sendable {
    public let code: String
    public let name: String
    public let asciiName: String
    public let validFrom: SimpleDate?
    public let validTo: SimpleDate?
    /// For a unit that ended, the code of the unit it merged into (valid the day after it ended).
    public let successorCode: String?
    public let region: String?

    public func isValid(on date: SimpleDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validTo.map { date <= $0 } ?? true)
    }

    public func overlaps(_ period: Period) -> Bool {
        (validFrom.map { $0 <= period.lastDay } ?? true) && (validTo.map { period.firstDay <= $0 } ?? true)
    }

    /// "Bắc Giang (24, until 2025-06-30)" — how error messages and listings name a unit unambiguously.
    public var longDescription: String {
        var text = "\(name) (\(code)"
        if let validFrom { text += ", from \(validFrom)" }
        if let validTo { text += ", until \(validTo)" }
        return text + ")"
    }
}
