import CoopFormatting

/// How a map's values are cut into classes, each drawn in one colour: the class edges in ascending order,
/// and for a diverging scale the value the colours diverge from. Class `k` holds the values from
/// `edges[k]` up to, not including, `edges[k + 1]`; the last class includes its upper edge. An edge may be
/// infinite (classes such as "under 10" and "50 and over" from breaks the user gave).
public struct MapClasses: Sendable, Hashable {
    public var edges: [Double]
    /// The middle of a diverging scale (an edge): classes below it and above it take two hues.
    public var midpoint: Double?
    /// The rule that chose the edges, as the legend states it ("Ngũ phân vị", "Quintiles").
    public var rule: String
    /// Every value and edge is a whole number: a class reads "10–19" rather than "10 – <20".
    public var wholeNumbers: Bool

    /// Creates classes from their edges (at least two, ascending).
    public init(edges: [Double], midpoint: Double? = nil, rule: String, wholeNumbers: Bool = false) {
        self.edges = edges.count >= 2 ? edges : [edges.first ?? 0, edges.first ?? 0]
        self.midpoint = midpoint
        self.rule = rule
        self.wholeNumbers = wholeNumbers
    }

    /// How many classes there are.
    public var count: Int { edges.count - 1 }

    /// The class `value` falls in: the last whose lower edge is at or below it (values beyond the ends go
    /// to the first or last class).
    public func index(of value: Double) -> Int {
        var index = 0
        for k in 1..<count where value >= edges[k] { index = k }
        return index
    }

    /// Where class `k`'s colour sits on a ramp, 0…1: evenly from light to dark, or for a diverging scale
    /// from the darkest low class through the light middle to the darkest high class.
    func rampPosition(_ k: Int) -> Double {
        guard count > 1 else { return 0.6 }
        // Sequential classes start a fifth of the way along, so the lightest stays apart from the light context.
        guard let midpoint else { return 0.2 + 0.8 * Double(k) / Double(count - 1) }
        let below = (0..<count).filter { edges[$0 + 1] <= midpoint }.count
        let above = (0..<count).filter { edges[$0] >= midpoint }.count
        if edges[k + 1] <= midpoint { return 0.5 * Double(k) / Double(max(below, 1)) }
        if edges[k] >= midpoint {
            let j = k - (count - above)
            return 0.5 + 0.5 * Double(j + 1) / Double(max(above, 1))
        }
        return 0.5
    }

    /// Class `k` as the legend prints it: "10–19", "10 – <20", "<10", "≥50", with the chart's number format.
    public func label(_ k: Int, format: (Double) -> String) -> String {
        let low = edges[k], high = edges[k + 1]
        let last = k == count - 1
        if low == -.infinity { return high == .infinity ? "" : "<" + format(high) }
        if high == .infinity { return "≥" + format(low) }
        if last || low == high { return low == high ? format(low) : format(low) + "–" + format(high) }
        if wholeNumbers {
            let top = high - 1
            return top <= low ? format(low) : format(low) + "–" + format(top)
        }
        return format(low) + " – <" + format(high)
    }
}
