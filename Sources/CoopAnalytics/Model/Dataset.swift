/// Province figures read from one or more files, each figure unique per province, period and indicator,
/// and, kept apart, the figures files give for a whole cluster ("Toàn cụm", "Cụm", code `ALL`).
public struct Dataset: Sendable {
    public let registry: ProvinceRegistry
    public let catalog: IndicatorCatalog
    public private(set) var observations: [Observation] = []
    /// Cluster-total rows, never mixed with province figures (validation compares them with the sums).
    public private(set) var clusterTotals: [ClusterTotal] = []
    /// What reading found that a person should look at while the figures still read (rows hidden in a
    /// sheet but read, a subtotal that does not add up): every command tells them, `validate` lists them.
    public internal(set) var readingWarnings: [Finding] = []
    /// Provinces a table lists in a period without a single figure (a row of "x", "-", "chưa báo cáo", or
    /// empty cells): they are among the period's provinces (`provinces(in:)`), so a ranking, a summary or a
    /// chart shows them as missing rather than leaving them out.
    public private(set) var listedWithoutFigures: [Listing] = []

    /// A province listed in a period with no figure, and the row that lists it.
    public struct Listing: Sendable, Hashable {
        public let province: Int
        public let period: Period
        public let origin: SourceLocation
    }
    /// (province, period, indicator) → position in `observations`, without hashing a `String` per row.
    private var index: FigureTable
    private var totalIndex: FigureTable
    private var ordinals: [String: Int] = [:]

    public init(registry: ProvinceRegistry = .bundled, catalog: IndicatorCatalog = .standard) {
        self.registry = registry
        self.catalog = catalog
        index = FigureTable(provinces: registry.provinces.count)
        totalIndex = FigureTable(provinces: 1)
        for (position, indicator) in catalog.indicators.enumerated() { ordinals[indicator.id] = position }
    }

    /// Adds a figure. The same figure twice is kept once; the same key with another value is an
    /// error that names both places.
    public mutating func add(_ observation: Observation) throws {
        try add(observation, ordinal: ordinal(of: observation.indicator))
    }

    /// The hot path of the reader, which already knows the indicator's position in the catalog.
    mutating func add(_ observation: Observation, ordinal: Int) throws {
        let group = Self.group(period: observation.period, ordinal: ordinal)
        if let existing = index.insert(province: observation.province, group: group, position: observations.count) {
            let first = observations[existing]
            if first.value == observation.value && first.qualifier == observation.qualifier { return }
            let name = registry.provinces[observation.province].name
            throw InputError(file: observation.origin.file, line: observation.origin.line, field: "value") {
                $0.givenTwice.fill([
                    "name": name, "indicator": observation.indicator, "period": observation.period.description,
                    "value": Self.shown(observation), "other": Self.shown(first), "origin": first.origin.description,
                ])
            }
        }
        observations.append(observation)
    }

    /// Makes room for `count` more figures (the reader's estimate from a file's size).
    mutating func reserveCapacity(adding count: Int) {
        observations.reserveCapacity(observations.count + count)
    }

    /// Adds a cluster-total figure, with the same duplicate rule as province figures.
    public mutating func addClusterTotal(_ total: ClusterTotal) throws {
        let group = Self.group(period: total.period, ordinal: ordinal(of: total.indicator))
        if let existing = totalIndex.insert(province: 0, group: group, position: clusterTotals.count) {
            let first = clusterTotals[existing]
            if first.value == total.value && first.qualifier == total.qualifier { return }
            throw InputError(file: total.origin.file, line: total.origin.line, field: "value") {
                $0.clusterTotalGivenTwice.fill([
                    "indicator": total.indicator, "period": total.period.description, "value": plain(total.value),
                    "other": plain(first.value), "origin": first.origin.description,
                ])
            }
        }
        clusterTotals.append(total)
    }

    public func observation(province: Int, period: Period, indicator: String) -> Observation? {
        guard let ordinal = ordinals[indicator] else { return nil }
        return index.position(province: province, group: Self.group(period: period, ordinal: ordinal)).map { observations[$0] }
    }

    /// The cluster-total row a file gave for `indicator` in `period`, if any.
    public func clusterTotal(period: Period, indicator: String) -> ClusterTotal? {
        guard let ordinal = ordinals[indicator] else { return nil }
        return totalIndex.position(province: 0, group: Self.group(period: period, ordinal: ordinal)).map { clusterTotals[$0] }
    }

    public var periods: [Period] { Array(Set(observations.map(\.period))).sorted() }
    public var indicatorIDs: Set<String> { Set(observations.map(\.indicator)) }

    /// Provinces with at least one figure in `period`, or listed in it without one, in registry order.
    public func provinces(in period: Period) -> [Int] {
        Array(Set(observations.lazy.filter { $0.period == period }.map(\.province)).union(listed(in: period))).sorted()
    }

    /// Provinces listed in `period` without a figure.
    public func listed(in period: Period) -> [Int] {
        listedWithoutFigures.filter { $0.period == period }.map(\.province)
    }

    /// Records a province a table lists in `period` without any figure (once per province and period).
    mutating func list(province: Int, period: Period, origin: SourceLocation) {
        guard !listedWithoutFigures.contains(where: { $0.province == province && $0.period == period }) else { return }
        listedWithoutFigures.append(Listing(province: province, period: period, origin: origin))
    }

    /// The figures and listings of the provinces `keep` accepts in each period (a cluster's members).
    public func filter(provinces keep: (Int, Period) -> Bool) -> Dataset {
        var kept = filter { keep($0.province, $0.period) }
        kept.listedWithoutFigures = listedWithoutFigures.filter { keep($0.province, $0.period) }
        return kept
    }

    /// A dataset with only the figures `keep` accepts (cluster totals are kept).
    public func filter(_ keep: (Observation) -> Bool) -> Dataset {
        var kept = Dataset(registry: registry, catalog: catalog)
        kept.ordinals = ordinals
        for observation in observations where keep(observation) {
            _ = kept.index.insert(
                province: observation.province, group: Self.group(period: observation.period, ordinal: ordinals[observation.indicator]!),
                position: kept.observations.count)
            kept.observations.append(observation)
        }
        kept.clusterTotals = clusterTotals
        kept.totalIndex = totalIndex
        kept.readingWarnings = readingWarnings
        kept.listedWithoutFigures = listedWithoutFigures
        return kept
    }

    /// Drops what was added after the first `observations` figures and `clusterTotals` totals (a file the
    /// reader began as a data file and reads again as an office table).
    mutating func truncate(observations count: Int, clusterTotals totalCount: Int) {
        guard count < observations.count || totalCount < clusterTotals.count else { return }
        var kept = Dataset(registry: registry, catalog: catalog)
        kept.ordinals = ordinals
        kept.readingWarnings = readingWarnings
        kept.listedWithoutFigures = listedWithoutFigures
        for observation in observations.prefix(count) {
            _ = kept.index.insert(
                province: observation.province, group: Self.group(period: observation.period, ordinal: ordinals[observation.indicator]!),
                position: kept.observations.count)
            kept.observations.append(observation)
        }
        for total in clusterTotals.prefix(totalCount) {
            _ = kept.totalIndex.insert(
                province: 0, group: Self.group(period: total.period, ordinal: ordinals[total.indicator]!), position: kept.clusterTotals.count)
            kept.clusterTotals.append(total)
        }
        self = kept
    }

    /// The position of an indicator id in this dataset's keys (catalog order, then first use).
    mutating func ordinal(of id: String) -> Int {
        if let known = ordinals[id] { return known }
        let next = ordinals.count
        ordinals[id] = next
        return next
    }

    /// (period, indicator) packed into one integer: the block of the figure table.
    private static func group(period: Period, ordinal: Int) -> UInt64 {
        (UInt64(truncatingIfNeeded: period.year) & 0xFFFF)
            | UInt64(period.part.rawValue) << 16
            | (UInt64(truncatingIfNeeded: ordinal) & 0xFF_FFFF) << 20
    }

    private static func shown(_ observation: Observation) -> String {
        observation.qualifier.mark + plain(observation.value)
    }
}

/// A number as a machine format writes it: no grouping, a dot for decimals, no trailing ".0".
public func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}

/// A number for machine formats, rounded to at most `maxDecimals` places: 49.14, 175, 0.5.
public func plain(_ value: Double, maxDecimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<max(0, min(maxDecimals, 12)) { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return plain(rounded == 0 ? 0 : rounded)
}

extension Dataset {
    /// The bytes the texts of these figures take (each reading's table counted once), for a memory budget.
    public var textBytes: Int {
        var seen = Set<ObjectIdentifier>()
        var bytes = 0
        for observation in observations where seen.insert(ObjectIdentifier(observation.texts)).inserted {
            bytes += 64 + observation.texts.byteCount
        }
        return bytes
    }
}
