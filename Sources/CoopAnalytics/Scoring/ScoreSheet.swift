import CoopFormatting

/// The result of scoring: plain values a table, a CSV, a JSON file or a drawn scorecard can be
/// made from without knowing how scores are computed.
public struct ScoreSheet: Sendable, Equatable {
    /// One criterion as a column: its header and what every province's cell was computed from.
    public struct Column: Sendable, Equatable {
        public let id: String
        public let label: String
        public let method: Criterion.Method
        public let direction: Criterion.Direction
        /// The criterion's maximum points `P`.
        public let maxPoints: Double
        /// The indicator id or the formula text.
        public let source: String
        public let formula: Formula?
        public let target: Criterion.Target?
        public let cap: Double
        /// How many provinces in scope have a value, and the smallest and largest of those values.
        public let count: Int
        public let minimum: Double?
        public let maximum: Double?
    }

    /// One province's result on one criterion.
    public struct Cell: Sendable, Equatable {
        /// The raw value; nil when missing (0 points and a `missing:<id>` flag).
        public let value: Double?
        /// Points per maximum point (0…1, or up to the cap for `target`); multiplied by `P` gives the points.
        public let share: Double
        /// Unrounded points, `P × share`.
        public let points: Double
        /// The province's plan figure, for `target`.
        public let target: Double?
        /// The competition rank of the value in the criterion's direction, for `rank`.
        public let valueRank: Int?
        /// The values a formula read, keyed "id" or "prev(id)".
        public let operands: [String: Double]
        /// The qualifier of every figure the value was computed from, keyed like `operands` (an indicator
        /// criterion has one entry, its indicator id). The target (plan) is not among them: a plan is
        /// taken as written.
        public let inputBounds: [String: ValueBound]
        /// True when the value came from a formula: an estimate inside it has no known direction.
        public let isFormula: Bool

        public init(
            value: Double?, share: Double, points: Double, target: Double?, valueRank: Int?,
            operands: [String: Double], inputBounds: [String: ValueBound] = [:], isFormula: Bool = false
        ) {
            self.value = value
            self.share = share
            self.points = points
            self.target = target
            self.valueRank = valueRank
            self.operands = operands
            self.inputBounds = value == nil ? [:] : inputBounds
            self.isFormula = isFormula
        }

        /// Points as shown and as compared in a tie-break: rounded to 2 decimals.
        public var roundedPoints: Double { ScoreRounding.cents(points) }
        public var isMissing: Bool { value == nil }

        /// What the value is, as far as its inputs tell: exact, approximate, or a bound. An indicator
        /// passes its qualifier on; a formula with any estimate among its operands is approximate,
        /// since a bound loses its direction through a division or a subtraction.
        public var estimate: ValueBound {
            let kinds = Set(inputBounds.values).subtracting([.exact])
            guard let only = kinds.first else { return .exact }
            return !isFormula && kinds.count == 1 ? only : .approx
        }

        /// True when the points rest on a figure that is not exact.
        public var restsOnEstimate: Bool { estimate != .exact }

        /// `missing:<id>`, or `approx:<id>` and/or `bound:<id>` for a value computed from estimates.
        public func flags(criterion id: String) -> [String] {
            if isMissing { return ["missing:\(id)"] }
            var flags: [String] = []
            let kinds = Set(inputBounds.values)
            if kinds.contains(.approx) { flags.append("approx:\(id)") }
            if kinds.contains(.atLeast) || kinds.contains(.atMost) { flags.append("bound:\(id)") }
            return flags
        }
    }

    /// One bonus or penalty as it applies to a province.
    public struct AdjustmentLine: Sendable, Equatable {
        public let points: Double
        public let reason: String
        public let origin: SourceLocation
    }

    public struct Row: Sendable, Equatable {
        /// Registry index of the province.
        public let province: Int
        public let code: String
        public let name: String
        /// Competition rank (1, 2, 2, 4) on the total, then on the tie-break criteria.
        public internal(set) var rank: Int
        /// One cell per column, in column order.
        public let cells: [Cell]
        public let adjustments: [AdjustmentLine]
        /// The sum of the adjustments.
        public let adjustmentPoints: Double
        /// Criterion points plus adjustments, rounded to 2 decimals.
        public let total: Double
        /// The award of the province's rank, if any.
        public internal(set) var award: String?
        /// `tie`, `vote` (a tie at rank 1, for the conference to decide), `missing:<id>`, `approx:<id>`, `bound:<id>`.
        public internal(set) var flags: [String]
        /// When the province's total equals another's, the first tie-break criterion that set them apart.
        public internal(set) var decidedBy: String?
        /// With `--compare-previous`: the rank the same scheme gives for the previous period.
        public internal(set) var previousRank: Int?
        public internal(set) var change: RankChange?
    }

    public let title: String
    public let schemeFile: String
    public let period: Period
    /// The cluster that set the scope, if any.
    public let clusterName: String?
    public let clusterTitle: String?
    /// Units that were not members, brought in by restating the cluster as the new units.
    public let clusterBroughtIn: [String]
    public let columns: [Column]
    /// Column indices of the tie-break criteria, in order.
    public let tiebreak: [Int]
    /// Sorted by rank, then by province code.
    public internal(set) var rows: [Row]
    /// Distinct sources of the figures used, in first-seen order.
    public let sources: [String]
    /// The period the change column compares with, when it was asked for.
    public internal(set) var comparedPeriod: Period?

    /// True when rank 1 is shared: the conference votes, the tool does not choose.
    public var voteAtTop: Bool { rows.filter { $0.rank == 1 }.count > 1 }

    public func row(province: Int) -> Row? { rows.first { $0.province == province } }
}

/// A province's move since the previous period: ↑2 (up two places), ↓1, =, or new (no previous rank).
public enum RankChange: Sendable, Equatable {
    case up(Int), down(Int), same, new

    public init(previous: Int?, current: Int) {
        guard let previous else { self = .new; return }
        if previous == current { self = .same } else if previous > current { self = .up(previous - current) } else { self = .down(current - previous) }
    }

    public func text(_ language: Language) -> String {
        switch self {
        case .up(let places): return "↑\(places)"
        case .down(let places): return "↓\(places)"
        case .same: return "="
        case .new: return AnalyticsWords.for(language).new
        }
    }

    /// Places gained (positive) or lost (negative); nil when there was no previous rank.
    public var places: Int? {
        switch self {
        case .up(let n): return n
        case .down(let n): return -n
        case .same: return 0
        case .new: return nil
        }
    }
}

/// Rounding of points and totals to 2 decimals, half away from zero, as people round by hand.
public enum ScoreRounding {
    /// Rounds to cents. The value is first snapped to 1e-6 of a cent so that a result meant as an
    /// exact half (2.675 typed, 2.67499999… in binary) rounds up as it does on paper.
    public static func cents(_ value: Double) -> Double {
        let scaled = value * 100
        let snapped = (scaled * 1_000_000).rounded() / 1_000_000
        let result = snapped.rounded(.toNearestOrAwayFromZero) / 100
        return result == 0 ? 0 : result
    }
}
