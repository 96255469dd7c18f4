/// Refuses a ranking that the data cannot support, before any points are given.
///
/// A period in which no province in scope has a figure for any criterion would otherwise rank every
/// province on its adjustments alone (a hosting bonus wins the flag); a criterion no province has a
/// value for would silently give everyone 0. Both are errors that name what is missing and what the
/// data does have. A province missing *some* criteria keeps the ordinary rule (0 points, `missing:<id>`).
struct ScoringCoverage {
    let dataset: Dataset
    let scheme: ScoringScheme
    let period: Period
    let scope: [Int]
    let cluster: Cluster?

    /// `present[k]`: how many provinces in scope have a value for criterion `k`.
    func check(present: [Int]) throws {
        guard !scheme.criteria.isEmpty else { return }
        if present.allSatisfy({ $0 == 0 }) {
            let ids = uniqueIndicators(scheme.criteria.flatMap(indicatorIDs))
            let periods = dataset.periods
            let have = periods.isEmpty ? "no figures at all" : "figures for " + periods.map(\.description).joined(separator: ", ")
            throw InputError(file: scheme.file,
                             message: "nothing to rank in \(period): none of \(scopeText) has a figure for any criterion "
                                + "(\(ids.joined(separator: ", "))), so every total would be adjustments alone; the data has \(have): "
                                + "give --year with one of those, or add \(period)'s figures")
        }
        for (criterion, count) in zip(scheme.criteria, present) where count == 0 {
            let source: String
            switch criterion.source {
            case .indicator(let id): source = "indicator \(id)"
            case .formula(let formula): source = "formula \(formula.text)"
            }
            let whereFound = indicatorIDs(criterion).map { id -> String in
                let periods = Set(dataset.observations.lazy.filter { $0.indicator == id }.map(\.period)).sorted()
                return periods.isEmpty ? "\(id) is in no file read" : "\(id) is in the data for \(periods.map(\.description).joined(separator: ", "))"
            }
            throw InputError(file: criterion.origin.file, line: criterion.origin.line,
                             message: "criterion \"\(criterion.id)\" (\(source)) has no value for any of \(scopeText) in \(period), "
                                + "so it would give every province 0 points; \(whereFound.joined(separator: "; ")). "
                                + "Add the figures, score a period that has them, or remove the criterion from the scheme")
        }
    }

    private var scopeText: String {
        let count = "\(scope.count) province\(scope.count == 1 ? "" : "s")"
        return cluster.map { "the \(count) of cluster \($0.name)" } ?? "the \(count) in scope"
    }

    /// The indicators a criterion reads, previous-year operands included.
    private func indicatorIDs(_ criterion: Criterion) -> [String] {
        switch criterion.source {
        case .indicator(let id): return [id]
        case .formula(let formula): return uniqueIndicators(formula.indicatorIDs)
        }
    }

    private func uniqueIndicators(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
