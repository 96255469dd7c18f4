import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting

/// Datasets made up for the completeness property: provinces drawn from the registry (always with its
/// longest name), values with ties, zeros, negatives where the indicator allows them, bounds (≈ > <),
/// huge figures and missing ones; then the figure each chart kind draws from them.
enum GeneratedFigures {
    static let registry = ProvinceRegistry.bundled
    static let mergerDay = SimpleDate(year: 2025, month: 7, day: 1)

    /// The 63 provinces in force before 1 July 2025, in registry order.
    static let before: [Province] = registry.provinces.filter { $0.validTo.map { $0 < mergerDay } ?? ($0.validFrom == nil) }
    /// The 34 provinces in force from 1 July 2025.
    static let after: [Province] = registry.provinces.filter { $0.validTo == nil }

    /// Units for a chart of `count`: all 34 post-merger units (for 34), or `count` of the 63 with the longest
    /// name among them; and the years their figures are for.
    static func units(_ count: Int, using rng: inout SplitMix64) -> (names: [String], years: [Int]) {
        if count == 34 { return (after.map(\.name), [2026, 2027, 2028]) }
        let longest = before.max { $0.name.count < $1.name.count }!
        var others = before.filter { $0 != longest }.shuffled(using: &rng)
        others = Array(others.prefix(count - 1))
        var names = ([longest] + others).map(\.name)
        names.shuffle(using: &rng)
        return (names, [2022, 2023, 2024])
    }

    /// A value for `indicator`: often one of a few shared values (ties), sometimes zero, huge, bounded,
    /// negative (where allowed) or missing (nil).
    static func value(_ indicator: String, using rng: inout SplitMix64) -> (text: String, qualifier: String)? {
        let roll = Int.random(in: 0..<100, using: &rng)
        if roll < 6 { return nil }
        let qualifier = roll < 14 ? ["approx", "at_least", "at_most"].randomElement(using: &rng)! : "exact"
        let count = ["htx", "new_htx", "tht", "credit_funds", "members"].contains(indicator)
        var number: Double
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: number = 0
        case 1, 2: number = [7, 12, 40][Int.random(in: 0..<3, using: &rng)]  // ties
        case 3: number = indicator == "members" ? 2_425_931 : (indicator == "effective_share" ? 100 : 123_456)
        default: number = Double(Int.random(in: 1...(indicator == "effective_share" ? 100 : 900), using: &rng))
        }
        if !count { number += Double(Int.random(in: 0..<10, using: &rng)) / 10 }
        if indicator == "effective_share" { number = min(number, 100) }
        if indicator == "profit_avg", Bool.random(using: &rng) { number = -number }
        return (count ? String(Int(number)) : String(number), qualifier)
    }

    /// A CSV of every unit × indicator × year.
    static func csv(names: [String], indicators: [String], years: [Int], using rng: inout SplitMix64) -> String {
        var lines = ["province,year,indicator,value,qualifier,source"]
        for name in names {
            for indicator in indicators {
                for year in years {
                    guard let (text, qualifier) = value(indicator, using: &rng) else { continue }
                    lines.append("\(name),\(year),\(indicator),\(text),\(qualifier),\"minh hoạ (illustrative), \(year)\"")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The figure of `kind` drawn from a generated dataset of `count` units.
    static func figure(_ kind: FigureRequest.Kind, count: Int, theme: Theme, seed: UInt64) throws -> Figure {
        var rng = SplitMix64(seed: seed)
        let (names, years) = units(count, using: &rng)
        let one = ["new_htx", "profit_avg", "members"].randomElement(using: &rng)!
        let sum = ["new_htx", "htx", "members"].randomElement(using: &rng)!
        let profile = ["htx", "new_htx", "members", "revenue_avg", "effective_share"]
        let year = String(years.last!)
        let range = "\(years.first!)-\(years.last!)"
        let request: FigureRequest
        let indicators: [String]
        switch kind {
        case .bar, .column, .tilemap, .map:
            indicators = [one]
            request = FigureRequest(kind: kind, indicators: indicators, year: year)
        case .donut:
            indicators = [sum]
            request = FigureRequest(kind: kind, indicators: indicators, year: year)
        case .line, .bump, .multiples, .grouped:
            indicators = [one]
            request = FigureRequest(kind: kind, indicators: indicators, years: range)
        case .stacked:
            indicators = ["htx", "tht", "credit_funds"]
            request = FigureRequest(kind: kind, indicators: indicators, year: year, percent: Bool.random(using: &rng))
        case .radar:
            indicators = profile
            let shown = Array(names.prefix(min(names.count, Int.random(in: 1...RadarFiguresLimit.maximum, using: &rng))))
            request = FigureRequest(kind: kind, indicators: indicators, year: year, provinces: shown)
        case .heatmap:
            indicators = profile
            request = FigureRequest(kind: kind, indicators: indicators, year: year)
        case .scatter:
            indicators = ["htx", "profit_avg", "members"]
            request = FigureRequest(kind: kind, indicators: indicators, year: year, x: "htx", y: "profit_avg", bubble: "members")
        }
        let text = csv(names: names, indicators: indicators, years: years, using: &rng)
        return try Figures.make(request.with(\.theme, theme), from: figureData(text))
    }
}

/// The most profiles a radar draws (as RadarFigures allows).
enum RadarFiguresLimit { static let maximum = 6 }
