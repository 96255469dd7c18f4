import CoopAnalytics
import CoopCharts
import CoopFormatting
import CoopReport

/// What the conference report needs besides the data: its period, its cluster and its warnings, chosen
/// the same way by `coopchart report`, `coopchart figures` and the browser app.
public enum ReportPlan {
    /// The period reported: `year`, else the scheme's; nil when there is neither a scheme nor a year (the
    /// front end then asks for one).
    public static func period(year: String?, scheme: ScoringScheme?, dataset: Dataset, yearOption: String = "--year") throws -> Period? {
        if let scheme { return try RankPlan.period(year: year, scheme: scheme, dataset: dataset, yearOption: yearOption) }
        return try year.map { try Period.parse($0, option: yearOption) }
    }

    /// The report request for `dataset` (already limited to `cluster` when one was given). When no cluster
    /// was given, the scheme's (`schemeCluster`, resolved by the front end: a file for the CLI, an upload
    /// for the browser app) is used. The scope is checked before anything is drawn.
    public static func request(dataset: Dataset, cluster: Cluster?, scheme: ScoringScheme?, period: Period, language: Language,
                               title: String? = nil, organisation: String? = nil, date: String? = nil, pageSize: PageSize = .a4,
                               yearOption: String = "--year", schemeCluster: (ScoringScheme) throws -> Cluster?) throws -> ReportRequest {
        var cluster = cluster
        if cluster == nil, let scheme { cluster = try schemeCluster(scheme) }
        _ = try RankPlan.scope(cluster: cluster, dataset: dataset, period: period, yearOption: yearOption)
        return ReportRequest(dataset: dataset, scheme: scheme, period: period, cluster: cluster, language: language,
                             title: title, organisation: organisation, date: date, pageSize: pageSize,
                             warnings: Validator.warnings(for: dataset, cluster: cluster))
    }

    /// SOURCE_DATE_EPOCH as a calendar day (YYYY-MM-DD), for the cover.
    public static func sourceDateEpochDay() -> String? {
        (try? ReproducibleDate.current())?.day
    }
}
