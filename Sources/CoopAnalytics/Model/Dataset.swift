/// Province figures read from one or more files, each figure unique per province, period and indicator.
public struct Dataset: Sendable {
    public let registry: ProvinceRegistry
    public let catalog: IndicatorCatalog
    public private(set) var observations: [Observation] = []
    private var index: [FigureKey: Int] = [:]

    public init(registry: ProvinceRegistry = .bundled, catalog: IndicatorCatalog = .standard) {
        self.registry = registry
        self.catalog = catalog
    }

    /// Adds a figure. The same figure twice is kept once; the same key with another value is an
    /// error that names both places.
    public mutating func add(_ observation: Observation) throws {
        let key = FigureKey(province: observation.province, period: observation.period, indicator: observation.indicator)
        if let existing = index[key] {
            let first = observations[existing]
            if first.value == observation.value && first.qualifier == observation.qualifier { return }
            let name = registry.provinces[observation.province].name
            throw InputError(
                file: observation.origin.file, line: observation.origin.line, field: "value",
                message: "\(name) \(observation.indicator) \(observation.period) is given twice with different values: "
                    + "\(plain(observation.value)) here and \(plain(first.value)) at \(first.origin); keep one of them")
        }
        index[key] = observations.count
        observations.append(observation)
    }

    public func observation(province: Int, period: Period, indicator: String) -> Observation? {
        index[FigureKey(province: province, period: period, indicator: indicator)].map { observations[$0] }
    }

    public var periods: [Period] { Array(Set(observations.map(\.period))).sorted() }
    public var indicatorIDs: Set<String> { Set(observations.map(\.indicator)) }

    /// Provinces with at least one figure in `period`, in registry order.
    public func provinces(in period: Period) -> [Int] {
        Array(Set(observations.lazy.filter { $0.period == period }.map(\.province))).sorted()
    }
}

/// A number as a machine format writes it: no grouping, a dot for decimals, no trailing ".0".
public func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
