import Foundation
import ArgumentParser
import CoopAnalytics
import CoopCharts
import CoopReport
import CoopService

/// What `report` and `figures` share: reading the data and the scheme into the report operation's request.
enum ReportSetup {
    static func request(
        data: DataOptions, scheme path: String?, year: String?, title: String? = nil, organisation: String? = nil,
        date: SimpleDate? = nil, pageSize: PageSizeChoice = .a4,
        maps: [String] = []
    ) throws -> ReportRequest {
        if let path { try InputLimits.checkYAMLFile(path, what: "a scheme") }
        let period = try year.map { try Period.parse($0, parameter: .year) }
        let prepared = try data.prepare(year: year ?? data.schemeYear(path))
        let settings = ReportSettings(
            scheme: path.map(SchemeInput.file), period: period, language: data.lang, title: title,
            organisation: organisation, date: date, pageSize: pageSize.size)
        let made = try Reporting.request(
            settings, data: prepared, harmonize: data.harmonize, restateCluster: data.restateCluster,
            clusters: CommandLineClusters(), documentDate: try ReproducibleDate.current())
        Diagnostics.notes(made.notes.filter { !prepared.notes.contains($0) })
        var request = made.request
        request.maps = maps
        return request
    }
}

/// The page sizes a report can be printed on.
enum PageSizeChoice: String, ExpressibleByArgument, CaseIterable {
    case a4
    case a4Landscape = "a4-landscape"

    var size: PageSize { self == .a4 ? .a4 : .a4Landscape }
}
