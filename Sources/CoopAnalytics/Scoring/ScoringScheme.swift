/// An emulation scoring scheme as signed at the start of a year (giao ước thi đua): the criteria,
/// how each turns a figure into points, bonus and penalty items, the tie-break order and the awards.
///
/// Everything here is configuration read from a YAML file (`SchemeReader`); every part keeps the
/// line it came from so that a problem found later (a missing target, an unknown province) is still
/// reported as `FILE:LINE: message`.
public struct ScoringScheme: Sendable {
    public var title: String
    public var file: String
    /// The period to score; `--year` overrides it.
    public var period: Period?
    /// A built-in cluster name or a cluster file, as written in the scheme.
    public var cluster: Located<String>?
    public var criteria: [Criterion]
    public var adjustments: [Adjustment]
    /// Criterion ids compared in order (on their rounded points) when totals tie.
    public var tiebreak: [String]
    public var awards: [Award]
    /// Indicators the conference report draws a province map of (`maps: [new_htx]`), as written.
    public var maps: [Located<String>] = []

    public init(
        title: String, file: String, period: Period? = nil, cluster: Located<String>? = nil,
        criteria: [Criterion], adjustments: [Adjustment] = [], tiebreak: [String] = [], awards: [Award] = []
    ) {
        self.title = title
        self.file = file
        self.period = period
        self.cluster = cluster
        self.criteria = criteria
        self.adjustments = adjustments
        self.tiebreak = tiebreak
        self.awards = awards
    }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
}

/// A value with the place in the scheme file it was written.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let origin: SourceLocation
    public init(_ value: Value, origin: SourceLocation) {
        self.value = value
        self.origin = origin
    }
}

/// One line of the score sheet: a figure, the points it is worth at most, and how it becomes points.
public struct Criterion: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case minmax, proportional, target, rank
    }

    public enum Direction: String, Sendable, CaseIterable {
        case higher, lower
    }

    /// Where each province's raw value comes from.
    public enum Source: Sendable {
        case indicator(String)
        case formula(Formula)
    }

    /// The plan figure of a `target` criterion: an indicator holding each province's plan, or one number for all.
    public enum Target: Sendable, Equatable {
        case indicator(String)
        case number(Double)
    }

    public var id: String
    public var label: String
    public var source: Source
    /// The criterion's maximum points `P`.
    public var points: Double
    public var method: Method
    public var direction: Direction
    public var target: Target?
    /// Upper bound of attainment for `target` (1.2 lets a province earn up to 120 % of `P`).
    public var cap: Double
    public var origin: SourceLocation

    public init(
        id: String, label: String? = nil, source: Source, points: Double, method: Method,
        direction: Direction = .higher, target: Target? = nil, cap: Double = 1.0,
        origin: SourceLocation = SourceLocation(file: "scheme", line: 0)
    ) {
        self.id = id
        self.label = label ?? id
        self.source = source
        self.points = points
        self.method = method
        self.direction = direction
        self.target = target
        self.cap = cap
        self.origin = origin
    }

    /// The formula text as the scheme writes it, or the indicator id.
    public var sourceText: String {
        switch source {
        case .indicator(let id): return id
        case .formula(let formula): return formula.text
        }
    }
}

/// A bonus (+) or penalty (−) for one province, with its reason.
public struct Adjustment: Sendable {
    /// The province as written: a name (any case, with or without diacritics) or a code.
    public var province: String
    public var points: Double
    public var reason: String
    public var origin: SourceLocation

    public init(province: String, points: Double, reason: String, origin: SourceLocation = SourceLocation(file: "scheme", line: 0)) {
        self.province = province
        self.points = points
        self.reason = reason
        self.origin = origin
    }
}

/// An award given to the provinces whose rank falls in `ranks`; tied provinces share it.
public struct Award: Sendable {
    public var ranks: ClosedRange<Int>
    public var title: String
    public var origin: SourceLocation

    public init(ranks: ClosedRange<Int>, title: String, origin: SourceLocation = SourceLocation(file: "scheme", line: 0)) {
        self.ranks = ranks
        self.title = title
        self.origin = origin
    }

    /// Parses "1", "2-3", "2 – 3"; nil for anything else (including a range that runs backwards or starts below 1).
    public static func parseRanks(_ text: String) -> ClosedRange<Int>? {
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = pieces.map { piece -> Int? in
            guard !piece.isEmpty, piece.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(piece)
        }
        switch numbers.count {
        case 1:
            guard let only = numbers[0], only >= 1 else { return nil }
            return only...only
        case 2:
            guard let low = numbers[0], let high = numbers[1], low >= 1, low <= high else { return nil }
            return low...high
        default:
            return nil
        }
    }
}

import Foundation
