import CoopFormatting

/// Carries figures of provinces that ended (30 June 2025) into the units they merged into, so that
/// years before and after the merger compare like with like.
///
/// Each indicator follows its aggregation rule: counts add up; averages and shares are recomputed
/// from their weights (Σ value×weight / Σ weight, revenue_avg over htx); an indicator that does not
/// aggregate is refused. A new unit whose old units are not all present gets a bounded or
/// approximate value and a note, never a silent partial sum.
public enum Harmonizer {
    /// The day the 2025 merger took effect, as the bundled registry records it.
    public static var mergerDate: SimpleDate { ProvinceRegistry.bundledMergerDate }

    public struct Result: Sendable {
        public let dataset: Dataset
        /// One per new unit whose old units were not all given (its values are lower bounds or approximate).
        public let notes: [Note]

        /// The notes about `units` only (a cluster's), or all of them.
        public func notes(about units: [Int]?) -> [String] {
            notes.filter { units?.contains($0.unit) ?? true }.map(\.text)
        }
    }

    public struct Note: Sendable {
        /// The new unit the note is about.
        public let unit: Int
        public let text: String
    }

    public static func harmonize(_ dataset: Dataset, to date: SimpleDate = mergerDate) throws -> Result {
        let registry = dataset.registry
        var predecessors: [Int: [Int]] = [:]
        for index in registry.provinces.indices {
            if let successor = registry.successor(of: index, on: date) { predecessors[successor, default: []].append(index) }
        }

        // The texts of the harmonized figures (joined sources, notes), kept with them.
        let texts = ReadingTexts()
        struct GroupKey: Hashable { let target: Int, period: Period, indicator: String }
        var order: [GroupKey] = []
        var groups: [GroupKey: [Observation]] = [:]
        for observation in dataset.observations {
            guard let target = registry.successor(of: observation.province, on: date) else {
                let province = registry.provinces[observation.province]
                throw InputError(
                    file: observation.origin.file, line: observation.origin.line, field: "province",
                    message:
                        "\(province.longDescription) was not yet in force on \(date), so its figures cannot be carried back to then; harmonize to a later date such as \(mergerDate)"
                )
            }
            let key = GroupKey(target: target, period: observation.period, indicator: observation.indicator)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(observation)
        }

        var result = Dataset(registry: registry, catalog: dataset.catalog)
        var incomplete: [String: (target: Int, missing: [Int], figures: [String])] = [:]
        var incompleteOrder: [String] = []
        for key in order {
            let contributors = groups[key]!
            if contributors.count == 1, contributors[0].province == key.target {
                try result.add(contributors[0])
                continue
            }
            let targetName = registry.provinces[key.target].longDescription
            if let own = contributors.first(where: { $0.province == key.target }), let old = contributors.first(where: { $0.province != key.target }) {
                throw InputError(
                    file: old.origin.file, line: old.origin.line, field: "province",
                    message:
                        "\(key.indicator) \(key.period) is given both for \(targetName) (at \(own.origin)) and for its old unit \(registry.provinces[old.province].name); the new unit's figure may already include it: keep one of them"
                )
            }
            guard let indicator = dataset.catalog[key.indicator] else {
                throw InputError(
                    file: contributors[0].origin.file, line: contributors[0].origin.line, field: "indicator",
                    message: "\(key.indicator) is not in the catalog, so how it aggregates is unknown; declare it with \(option: .indicatorFile)")
            }
            let expected = (predecessors[key.target] ?? []).filter { registry.provinces[$0].overlaps(key.period) }
            let missing = expected.filter { index in !contributors.contains { $0.province == index } }
            let (value, bound) = try combine(contributors, indicator: indicator, dataset: dataset, target: targetName, incomplete: !missing.isEmpty)
            try result.add(
                Observation(
                    province: key.target, period: key.period, indicator: key.indicator, value: value, qualifier: bound,
                    unit: contributors[0].unit, source: joined(contributors.compactMap(\.source)),
                    note: note(contributors, missing: missing, registry: registry), origin: contributors[0].origin, texts: texts))
            if !missing.isEmpty {
                let groupKey = "\(key.target)|\(missing)"
                if incomplete[groupKey] == nil { incompleteOrder.append(groupKey); incomplete[groupKey] = (key.target, missing, []) }
                incomplete[groupKey]!.figures.append("\(key.indicator) \(key.period)")
            }
        }
        for total in dataset.clusterTotals { try result.addClusterTotal(total) }

        let notes = incompleteOrder.map { groupKey -> Note in
            let entry = incomplete[groupKey]!
            let shown = entry.figures.prefix(6).joined(separator: ", ") + (entry.figures.count > 6 ? " and \(entry.figures.count - 6) more" : "")
            let absent = entry.missing.map { registry.provinces[$0].name }.joined(separator: ", ")
            return Note(
                unit: entry.target,
                text:
                    "\(registry.provinces[entry.target].longDescription): no figures from \(absent) for \(shown); those values are lower bounds (counts) or approximate (averages)"
            )
        }
        return Result(dataset: result, notes: notes)
    }

    /// "gộp: Hải Dương + Hải Phòng", or "gộp: Hải Dương; thiếu số liệu: Hải Phòng", then each part's own
    /// note. (Not "= …": a spreadsheet would take a cell starting with "=" for a formula.)
    private static func note(_ contributors: [Observation], missing: [Int], registry: ProvinceRegistry) -> String {
        var text = "gộp: " + contributors.map { registry.provinces[$0.province].name }.joined(separator: " + ")
        if !missing.isEmpty { text += "; thiếu số liệu: " + missing.map { registry.provinces[$0].name }.joined(separator: ", ") }
        let own = contributors.compactMap { part in part.note.map { "\(registry.provinces[part.province].name): \($0)" } }
        return ([text] + own).joined(separator: "; ")
    }

    /// Distinct texts in first-seen order, joined by "; ".
    private static func joined(_ texts: [String]) -> String? {
        var seen = Set<String>()
        let distinct = texts.filter { !$0.isEmpty && seen.insert($0).inserted }
        return distinct.isEmpty ? nil : distinct.joined(separator: "; ")
    }

    /// The qualifier of a sum: exact parts stay exact; an approximate part makes it approximate; any
    /// bound makes it that bound (a lower bound plus anything at least as large is a lower bound);
    /// lower and upper bounds together say nothing certain, so approximate. A sum missing some of its
    /// parts is a lower bound (counts are never negative).
    static func sumBound(_ bounds: [ValueBound], incomplete: Bool) -> ValueBound {
        let kinds = Set(bounds)
        var bound: ValueBound
        switch (kinds.contains(.atLeast), kinds.contains(.atMost)) {
        case (true, true): bound = .approx
        case (true, false): bound = .atLeast
        case (false, true): bound = .atMost
        case (false, false): bound = kinds.contains(.approx) ? .approx : .exact
        }
        if incomplete { bound = bound == .atMost ? .approx : .atLeast }
        return bound
    }

    private static func combine(
        _ contributors: [Observation], indicator: Indicator, dataset: Dataset, target: String,
        incomplete: Bool
    ) throws -> (Double, ValueBound) {
        let first = contributors[0]
        let bounds = contributors.map(\.qualifier)
        switch indicator.aggregation {
        case .none:
            throw InputError(
                file: first.origin.file, line: first.origin.line, field: "indicator",
                message:
                    "\(indicator.id) does not aggregate (aggregation: none), so \(dataset.registry.provinces[first.province].name)'s figure cannot be carried into \(target); "
                    + "leave \(indicator.id) out, or give it a rule (sum or weighted_mean) with \(option: .indicatorFile)")
        case .sum:
            let sum = contributors.reduce(0) { $0 + $1.value }
            // A missing part only adds to a sum of parts that cannot be negative: then the sum is a lower bound.
            if incomplete && contributors.contains(where: { $0.value < 0 }) { return (sum, .approx) }
            return (sum, sumBound(bounds, incomplete: incomplete))
        case .weightedMean(let over):
            if contributors.count == 1 { return (first.value, incomplete ? .approx : first.qualifier) }
            var weighted = 0.0, weights = 0.0
            var allBounds = bounds
            for observation in contributors {
                guard let weight = dataset.observation(province: observation.province, period: observation.period, indicator: over) else {
                    throw InputError(
                        file: observation.origin.file, line: observation.origin.line, field: "value",
                        message:
                            "\(indicator.id) of \(dataset.registry.provinces[observation.province].name) \(observation.period) needs its weight \(over) to be combined into \(target), "
                            + "and there is none; add \(over) for \(observation.period), or leave \(indicator.id) out")
                }
                weighted += observation.value * weight.value
                weights += weight.value
                allBounds.append(weight.qualifier)
            }
            guard weights > 0 else {
                throw InputError(
                    file: first.origin.file, line: first.origin.line, field: "value",
                    message: "the weights (\(over)) of \(indicator.id) \(first.period) add up to zero, so the weighted mean for \(target) is undefined")
            }
            let bound: ValueBound = IndicatorTable.combinedBound(allBounds) == .exact && !incomplete ? .exact : .approx
            return (weighted / weights, bound)
        }
    }
}
