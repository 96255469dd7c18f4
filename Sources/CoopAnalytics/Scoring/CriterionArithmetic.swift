/// How one criterion turns the values of the provinces in scope into shares of its maximum points —
/// the one definition that scoring and the robustness draws both use, so a draw re-scores exactly
/// as the nominal sheet was scored.
///
/// - `minmax`: higher `(x−min)/(max−min)`, lower `(max−x)/(max−min)`; max = min gives everyone 1.
/// - `proportional`: higher `x/max` (all zero: everyone 1); lower `min/x` (x = 0 gets 1).
/// - `target`: `min(x/t, cap)`, with `t` the province's positive target.
/// - `rank`: `(n−r)/(n−1)` with competition rank `r` among the `n` values present; `n = 1` gives 1.
///
/// min, max and n are taken over the values present; a missing value has share 0.
struct CriterionArithmetic: Sendable {
    let method: Criterion.Method
    let direction: Criterion.Direction
    let cap: Double

    struct Result {
        var shares: [Double]
        /// For `rank`: each present value's competition rank in the criterion's direction.
        var ranks: [Int?]
        var count: Int
        var minimum: Double?
        var maximum: Double?
    }

    init(method: Criterion.Method, direction: Criterion.Direction, cap: Double) {
        self.method = method
        self.direction = direction
        self.cap = cap
    }

    init(_ criterion: Criterion) {
        self.init(method: criterion.method, direction: criterion.direction, cap: criterion.cap)
    }

    /// `targets[i]` must be a positive number wherever `values[i]` is present and the method is `target`.
    func apply(values: [Double?], targets: [Double?]) -> Result {
        var minimum: Double?, maximum: Double?
        var count = 0
        for case let x? in values {
            count += 1
            minimum = Swift.min(minimum ?? x, x)
            maximum = Swift.max(maximum ?? x, x)
        }
        var ranks: [Int?] = Array(repeating: nil, count: values.count)
        if method == .rank {
            let present = values.indices.filter { values[$0] != nil }
            let ranked = CompetitionRanking.ranks(present.map { values[$0]! }, higherIsBetter: direction == .higher)
            for (k, i) in present.enumerated() { ranks[i] = ranked[k] }
        }
        let higher = direction == .higher
        let shares = values.indices.map { i -> Double in
            guard let x = values[i], let low = minimum, let high = maximum else { return 0 }
            switch method {
            case .minmax:
                if high == low { return 1 }
                return higher ? (x - low) / (high - low) : (high - x) / (high - low)
            case .proportional:
                if higher { return high == 0 ? 1 : x / high }
                return x == 0 ? 1 : low / x
            case .target:
                guard let t = targets[i], t > 0 else { return 0 }
                return Swift.min(x / t, cap)
            case .rank:
                return count == 1 ? 1 : Double(count - ranks[i]!) / Double(count - 1)
            }
        }
        return Result(shares: shares, ranks: ranks, count: count, minimum: minimum, maximum: maximum)
    }
}
