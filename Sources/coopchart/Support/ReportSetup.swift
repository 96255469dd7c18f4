import Foundation
import CoopAnalytics
import CoopReport
import CoopService

/// What `report` and `figures` share: reading the data and the scheme into a report request.
enum ReportSetup {
    static func request(data: DataOptions, scheme path: String?, year: String?, title: String? = nil,
                        organisation: String? = nil, date: String? = nil, pageSize: PageSizeChoice = .a4, maps: [String] = []) throws -> ReportRequest {
        let (dataset, cliCluster) = try data.load(year: year ?? data.schemeYear(path))
        let scheme = try path.map { path in
            try InputLimits.checkYAMLFile(path, what: "a scheme")
            return try SchemeReader(catalog: dataset.catalog).read(file: path)
        }
        guard let period = try ReportPlan.period(year: year, scheme: scheme, dataset: dataset) else {
            throw ValidationError("give --year (or a --scheme with a year)")
        }
        var request = try ReportPlan.request(dataset: dataset, cluster: cliCluster, scheme: scheme, period: period, language: data.lang,
                                             title: title, organisation: organisation, date: date ?? ReportPlan.sourceDateEpochDay(),
                                             pageSize: pageSize.size) { scheme in
            try RankSetup.cluster(of: scheme, registry: dataset.registry, data: data)
        }
        request.maps = maps
        return request
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
