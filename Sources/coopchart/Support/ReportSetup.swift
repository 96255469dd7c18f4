import Foundation
import CoopAnalytics
import CoopReport

/// What `report` and `figures` share: reading the data and the scheme into a report request.
enum ReportSetup {
    static func request(data: DataOptions, scheme path: String?, year: String?, title: String? = nil,
                        organisation: String? = nil, date: String? = nil, pageSize: PageSizeChoice = .a4) throws -> ReportRequest {
        let (dataset, cliCluster) = try data.load(year: year)
        let scheme = try path.map { path in
            try InputLimits.checkYAMLFile(path, what: "a scheme")
            return try SchemeReader(catalog: dataset.catalog).read(file: path)
        }
        let period: Period
        if let scheme {
            period = try RankSetup.period(year: year, scheme: scheme, dataset: dataset)
        } else {
            guard let year else { throw ValidationError("give --year (or a --scheme with a year)") }
            period = try Period.parse(year)
        }
        var cluster = cliCluster
        if cluster == nil, let scheme {
            cluster = try RankSetup.cluster(of: scheme, registry: dataset.registry, data: data)
        }
        _ = try RankSetup.scope(cluster: cluster, dataset: dataset, period: period)
        return ReportRequest(dataset: dataset, scheme: scheme, period: period, cluster: cluster, language: data.lang,
                             title: title, organisation: organisation, date: date ?? sourceDateEpochDay(), pageSize: pageSize.size,
                             warnings: Validator.warnings(for: dataset, cluster: cluster))
    }

    /// SOURCE_DATE_EPOCH as a calendar day (YYYY-MM-DD), for the cover.
    static func sourceDateEpochDay() -> String? {
        (try? ReproducibleDate.current())?.day
    }
}

import ArgumentParser
import CoopCharts

/// The page sizes a report can be printed on.
enum PageSizeChoice: String, ExpressibleByArgument, CaseIterable {
    case a4
    case a4Landscape = "a4-landscape"

    var size: PageSize { self == .a4 ? .a4 : .a4Landscape }
}
