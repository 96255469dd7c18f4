import CoopAnalytics
import CoopFormatting

/// The choices a ranking makes before scoring, the same for `coopchart rank` and the browser app: the
/// period, the provinces in scope, and the explanation of one province's points. `yearOption` is the
/// front end's name of its period setting (`--year`, `year`), which the messages name.
public enum RankPlan {
    /// `year`, else the scheme's `year:`, else an error listing the periods the data has.
    public static func period(year: String?, scheme: ScoringScheme, dataset: Dataset, yearOption: String = "--year") throws -> Period {
        if let year {
            guard let period = Period(parsing: year) else {
                throw InputError(file: yearOption, message: "\"\(year)\" is not a period; write a year such as 2017, or 2017-H1 / 2017-H2")
            }
            return period
        }
        if let period = scheme.period { return period }
        let periods = dataset.periods.map(\.description).joined(separator: ", ")
        throw InputError(file: scheme.file, message: "the scheme has no year; add year: to it or give \(yearOption) (the data has \(periods))")
    }

    /// The cluster's members, else every province with a figure in the period.
    public static func scope(cluster: Cluster?, dataset: Dataset, period: Period, yearOption: String = "--year") throws -> [Int] {
        if let cluster { return try cluster.scope(in: period, registry: dataset.registry) }
        let scope = dataset.provinces(in: period)
        if scope.isEmpty {
            let periods = dataset.periods.map(\.description).joined(separator: ", ")
            throw InputError(file: yearOption, message: "no province has a figure in \(period); the data has \(periods)")
        }
        return scope
    }

    /// The sheet of `scheme` over `dataset` in `period`: the scope resolved, then scored.
    public static func score(_ scheme: ScoringScheme, dataset: Dataset, period: Period, cluster: Cluster?, yearOption: String = "--year") throws -> ScoreSheet {
        try ScoreEngine(dataset: dataset).score(scheme, period: period, scope: try scope(cluster: cluster, dataset: dataset, period: period, yearOption: yearOption),
                                                cluster: cluster)
    }

    /// One province's points, criterion by criterion, as `rank --explain P --format json` writes them.
    public static func explanationJSON(_ row: ScoreSheet.Row, sheet: ScoreSheet, language: Language) -> JSONValue {
        let lines = ScoreExplanation(sheet: sheet, language: language).lines(for: row)
        return JSONValue.object([
            ("province", .string(row.name)), ("code", .string(row.code)), ("rank", .integer(row.rank)), ("total", .number(row.total)),
            ("explanation", .array(lines.map(JSONValue.string))),
        ])
    }
}
