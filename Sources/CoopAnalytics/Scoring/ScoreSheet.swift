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

        /// Points as shown and as compared in a tie-break: rounded to 2 decimals.
        public var roundedPoints: Double { ScoreRounding.cents(points) }
        public var isMissing: Bool { value == nil }
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
        /// `tie`, `vote` (a tie at rank 1, for the conference to decide), `missing:<id>`.
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
        case .new: return language == .vi ? "mới" : "new"
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
