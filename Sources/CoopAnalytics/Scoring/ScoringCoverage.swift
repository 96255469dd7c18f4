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
            let haveVi = periods.isEmpty ? "không có số liệu nào" : "số liệu các kỳ " + periods.map(\.description).joined(separator: ", ")
            throw InputError(
                file: scheme.file,
                message: "nothing to rank in \(period): none of \(scopeText) has a figure for any criterion "
                    + "(\(ids.joined(separator: ", "))), so every total would be adjustments alone; the data has \(have): "
                    + "give \(option: .year) with one of those, or add \(period)'s figures",
                vietnamese: "không có gì để xếp hạng trong kỳ \(period): không tỉnh nào trong \(scopeTextVi) có số liệu cho tiêu chí nào "
                    + "(\(ids.joined(separator: ", "))), nên mọi tổng điểm chỉ còn điểm cộng trừ; dữ liệu có \(haveVi): "
                    + "hãy chọn \(option: .year) là một trong các kỳ đó, hoặc bổ sung số liệu kỳ \(period)")
        }
        for (criterion, count) in zip(scheme.criteria, present) where count == 0 {
            let source: String
            switch criterion.source {
            case .indicator(let id): source = "indicator \(id)"
            case .formula(let formula): source = "formula \(formula.text)"
            }
            let found = indicatorIDs(criterion).map { id in (id, Set(dataset.observations.lazy.filter { $0.indicator == id }.map(\.period)).sorted()) }
            let whereFound = found.map { id, periods in
                periods.isEmpty ? "\(id) is in no file read" : "\(id) is in the data for \(periods.map(\.description).joined(separator: ", "))"
            }
            let whereFoundVi = found.map { id, periods in
                periods.isEmpty ? "không tệp nào có \(id)" : "dữ liệu có \(id) cho các kỳ \(periods.map(\.description).joined(separator: ", "))"
            }
            throw InputError(
                file: criterion.origin.file, line: criterion.origin.line,
                message: "criterion \"\(criterion.id)\" (\(source)) has no value for any of \(scopeText) in \(period), "
                    + "so it would give every province 0 points; \(whereFound.joined(separator: "; ")). "
                    + "Add the figures, score a period that has them, or remove the criterion from the scheme",
                vietnamese: "tiêu chí \"\(criterion.id)\" (\(source)) không có giá trị cho tỉnh nào trong \(scopeTextVi) ở kỳ \(period), "
                    + "nên mọi tỉnh sẽ được 0 điểm; \(whereFoundVi.joined(separator: "; ")). "
                    + "Hãy bổ sung số liệu, chấm một kỳ có số liệu, hoặc bỏ tiêu chí này khỏi cách chấm điểm")
        }
    }

    private var scopeTextVi: String {
        cluster.map { "\(scope.count) tỉnh của cụm \($0.name)" } ?? "\(scope.count) tỉnh đang xét"
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
