import CoopFormatting

/// One indicator in one period across a set of provinces: each value with its share of the total,
/// its competition rank and its growth, the cluster total, and who is missing.
public struct IndicatorTable: Sendable {
    public struct Row: Sendable, Equatable {
        public let province: Int
        public let value: Double
        public let qualifier: ValueBound
        /// Percent of the cluster total; nil when the indicator does not add up (averages, shares).
        public let sharePercent: Double?
        public let rank: Int
        /// Percent change over the same period of the previous year, when both are known.
        public let growthPercent: Double?
        public let source: String?
    }

    /// A cluster figure and how it was obtained.
    public struct Total: Sendable, Equatable {
        public enum Method: Sendable, Equatable { case sum, weightedMean(over: String), plainMean }
        public let value: Double
        public let qualifier: ValueBound
        public let method: Method
    }

    /// Why a table has no total.
    public enum TotalUnavailable: Sendable, Equatable {
        /// No province in scope has a figure.
        case noFigures
        /// The indicator's aggregation is `none`.
        case doesNotAggregate
        /// A weighted mean whose weight a province lacks.
        case missingWeight(weight: String, province: String, period: Period)
        /// A weighted mean whose weights add up to zero.
        case zeroWeights(weight: String)
    }

    public let indicator: Indicator
    public let period: Period
    /// Sorted by rank, then registry order.
    public let rows: [Row]
    /// Provinces in scope with no figure: shown as missing, never as zero.
    public let missing: [Int]
    public let total: Total?
    /// Why there is no total, when there is none.
    public let totalUnavailable: TotalUnavailable?
    /// The same in English words.
    public var totalUnavailableReason: String? { totalUnavailable.map { AnalyticsWords.for(.en).reason($0, indicator: indicator) } }
    /// The average province value: the reference line of a ranking chart.
    public let average: Total?
    /// Distinct sources of the figures, in first-seen order.
    public let sources: [String]

    /// Builds the table for `indicator` in `period` over `scope` (registry indices), or over every
    /// province with a figure when `scope` is nil.
    public init(dataset: Dataset, indicator: Indicator, period: Period, scope: [Int]? = nil) {
        self.indicator = indicator
        self.period = period
        let candidates = scope ?? dataset.provinces(in: period)
        var present: [Observation] = []
        var missing: [Int] = []
        for province in candidates {
            if let observation = dataset.observation(province: province, period: period, indicator: indicator.id) {
                present.append(observation)
            } else {
                missing.append(province)
            }
        }
        self.missing = missing

        let (total, reason) = Self.total(of: present, indicator: indicator, dataset: dataset, incomplete: !missing.isEmpty)
        self.total = total
        self.totalUnavailable = reason
        self.average = Self.average(of: present, total: total)

        let ranks = CompetitionRanking.ranks(present.map(\.value))
        let shareBase = (indicator.aggregation == .sum && (total?.value ?? 0) > 0) ? total?.value : nil
        rows = present.indices.map { i in
            let observation = present[i]
            let previous = dataset.observation(province: observation.province, period: period.previous, indicator: indicator.id)
            let growth = previous.flatMap { $0.value != 0 ? (observation.value - $0.value) / abs($0.value) * 100 : nil }
            return Row(
                province: observation.province, value: observation.value, qualifier: observation.qualifier,
                sharePercent: shareBase.map { observation.value / $0 * 100 }, rank: ranks[i],
                growthPercent: growth, source: observation.source)
        }
        .sorted { ($0.rank, $0.province) < ($1.rank, $1.province) }
        var seen = Set<String>()
        sources = present.compactMap(\.source).filter { seen.insert($0).inserted }
    }

    /// Sums counts; recomputes averages and shares from their weights. A sum over a cluster with
    /// members missing is a lower bound (counts are never negative), and says so.
    static func total(of present: [Observation], indicator: Indicator, dataset: Dataset, incomplete: Bool) -> (Total?, TotalUnavailable?) {
        guard !present.isEmpty else { return (nil, .noFigures) }
        let combined = combinedBound(present.map(\.qualifier))
        switch indicator.aggregation {
        case .none:
            return (nil, .doesNotAggregate)
        case .sum:
            let sum = present.reduce(0) { $0 + $1.value }
            var bound = combined
            if incomplete && indicator.isCount && (bound == .exact || bound == .atLeast) { bound = .atLeast } else if incomplete { bound = .approx }
            return (Total(value: sum, qualifier: bound, method: .sum), nil)
        case .weightedMean(let weightID):
            var weighted = 0.0, weights = 0.0
            var bounds = present.map(\.qualifier)
            for observation in present {
                guard let weight = dataset.observation(province: observation.province, period: observation.period, indicator: weightID) else {
                    let name = dataset.registry.provinces[observation.province].name
                    return (nil, .missingWeight(weight: weightID, province: name, period: observation.period))
                }
                weighted += observation.value * weight.value
                weights += weight.value
                bounds.append(weight.qualifier)
            }
            guard weights > 0 else { return (nil, .zeroWeights(weight: weightID)) }
            let bound = combinedBound(bounds) == .exact && !incomplete ? ValueBound.exact : .approx
            return (Total(value: weighted / weights, qualifier: bound, method: .weightedMean(over: weightID)), nil)
        }
    }

    static func average(of present: [Observation], total: Total?) -> Total? {
        guard !present.isEmpty else { return nil }
        if let total, case .weightedMean = total.method { return total }
        let mean = present.reduce(0) { $0 + $1.value } / Double(present.count)
        let bound = combinedBound(present.map(\.qualifier)) == .exact ? ValueBound.exact : .approx
        return Total(value: mean, qualifier: bound, method: .plainMean)
    }

    /// Exact stays exact; lower bounds add to a lower bound, upper bounds to an upper bound;
    /// anything else is approximate.
    static func combinedBound(_ bounds: [ValueBound]) -> ValueBound {
        let kinds = Set(bounds).subtracting([.exact])
        if kinds.isEmpty { return .exact }
        if kinds.count == 1, let only = kinds.first { return only }
        return .approx
    }
}
