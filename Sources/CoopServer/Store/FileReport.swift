import CoopAnalytics
import CoopFormatting
import CoopService

/// How one uploaded file was read, as the data step shows it and the API returns it: its kind, the
/// figures read, their periods and provinces, the period given for it, the layout, how each sheet was
/// read, and how many findings are located in it.
struct FileReport: Sendable {
    enum Kind: String, Sendable { case data, cluster, scheme }
    enum Layout: String, Sendable { case long, wide, office, cluster }

    let name: String
    let kind: Kind
    let rows: Int
    let periods: [String]
    let provinces: Int
    let indicators: [String]
    let layout: Layout?
    /// The period given for this file (the upload's per-file field), when one was.
    let givenPeriod: String?
    /// How each sheet (or office-laid-out CSV) was read.
    let sheets: [SheetReport]
    let errors: Int
    let warnings: Int

    func json(_ wording: Wording) -> JSONValue {
        .object([
            ("name", .string(name)), ("kind", .string(kind.rawValue)), ("rows", .integer(rows)),
            ("periods", .array(periods.map(JSONValue.string))), ("provinces", .integer(provinces)),
            ("indicators", .array(indicators.map(JSONValue.string))), ("layout", JSONValue(layout?.rawValue)),
            ("period", JSONValue(givenPeriod)),
            ("sheets", .array(sheets.map { .string(wording.render($0.description)) })),
            ("errors", .integer(errors)), ("warnings", .integer(warnings)),
        ])
    }

    /// Whether a location (`FILE`, `FILE:LINE`, `FILE:SHEET`, `FILE:SHEET!D9`) is in the file `name`.
    static func locates(_ file: String, in name: String) -> Bool {
        file == name || file.hasPrefix(name + ":")
    }

    /// The report of a data file: what `dataset` holds from it, and how many findings are located in it.
    static func data(name: String, dataset: Dataset, notes: ReadNotes, findings: FindingsDigest, givenPeriod: Period?) -> FileReport {
        var provinces = Set<Int>(), periods = Set<Period>(), indicators = Set<String>()
        var rows = 0
        for observation in dataset.observations where locates(observation.origin.file, in: name) {
            rows += 1
            provinces.insert(observation.province)
            periods.insert(observation.period)
            indicators.insert(observation.indicator)
        }
        for total in dataset.clusterTotals where locates(total.origin.file, in: name) {
            rows += 1
            periods.insert(total.period)
            indicators.insert(total.indicator)
        }
        let catalogOrder = Dictionary(uniqueKeysWithValues: dataset.catalog.indicators.enumerated().map { ($1.id, $0) })
        let sortedIndicators = indicators.sorted { (catalogOrder[$0] ?? .max, $0) < (catalogOrder[$1] ?? .max, $1) }
        let sheets = notes.sheets.filter { locates($0.location, in: name) }
        let layout: Layout? = !sheets.isEmpty ? .office : notes.layouts.first { $0.file == name }.map { $0.shape == .long ? .long : .wide }
        let located = findings.findings.filter { locates($0.file, in: name) }
        return FileReport(
            name: name, kind: .data, rows: rows, periods: periods.sorted().map(\.description), provinces: provinces.count,
            indicators: sortedIndicators, layout: layout, givenPeriod: givenPeriod?.description, sheets: sheets,
            errors: located.filter { $0.severity == .error }.count, warnings: located.filter { $0.severity == .warning }.count)
    }

    /// The report of a cluster file.
    static func cluster(name: String, cluster: Cluster?, errors: Int) -> FileReport {
        let years = cluster?.years.map { $0.lowerBound == $0.upperBound ? ["\($0.lowerBound)"] : ["\($0.lowerBound)–\($0.upperBound)"] } ?? []
        return FileReport(
            name: name, kind: .cluster, rows: cluster?.members.count ?? 0, periods: years, provinces: cluster?.members.count ?? 0,
            indicators: [], layout: .cluster, givenPeriod: nil, sheets: [], errors: errors, warnings: 0)
    }

    /// A scheme sent among the data files: refused with a pointer to the ranking step.
    static func scheme(name: String) -> FileReport {
        FileReport(
            name: name, kind: .scheme, rows: 0, periods: [], provinces: 0, indicators: [], layout: nil, givenPeriod: nil, sheets: [],
            errors: 1, warnings: 0)
    }
}
