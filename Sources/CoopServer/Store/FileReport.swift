import CoopAnalytics
import CoopFormatting

/// How one uploaded file was read, as the data step shows it and the API returns it: its kind, the
/// figures read, their periods and provinces, the layout, and every finding located in it (errors first).
struct FileReport: Sendable {
    enum Kind: String, Sendable { case data, cluster }
    enum Layout: String, Sendable { case long, wide, office, cluster }

    let name: String
    let kind: Kind
    let rows: Int
    let periods: [String]
    let provinces: Int
    let indicators: [String]
    let layout: Layout?
    /// How each sheet (or office-laid-out CSV) was read, in the command line's words.
    let sheets: [String]
    let findings: [FindingReport]

    var errorCount: Int { findings.filter(\.isError).count }

    var json: JSONValue {
        .object([
            ("name", .string(name)), ("kind", .string(kind.rawValue)), ("rows", .integer(rows)),
            ("periods", .array(periods.map(JSONValue.string))), ("provinces", .integer(provinces)),
            ("indicators", .array(indicators.map(JSONValue.string))), ("layout", JSONValue(layout?.rawValue)),
            ("sheets", .array(sheets.map(JSONValue.string))), ("findings", .array(findings.map(\.json))),
        ])
    }

    /// Whether a location (`FILE`, `FILE:LINE`, `FILE:SHEET`, `FILE:SHEET!D9`) is in the file `name`.
    static func locates(_ file: String, in name: String) -> Bool {
        file == name || file.hasPrefix(name + ":")
    }

    /// The report of a data file: what `dataset` holds from it, and its findings, errors first.
    static func data(name: String, dataset: Dataset, notes: ReadNotes, findings: [Finding], language: Language) -> FileReport {
        let observations = dataset.observations.filter { locates($0.origin.file, in: name) }
        let totals = dataset.clusterTotals.filter { locates($0.origin.file, in: name) }
        let periods = Set(observations.map(\.period) + totals.map(\.period)).sorted().map(\.description)
        let catalogOrder = Dictionary(uniqueKeysWithValues: dataset.catalog.indicators.enumerated().map { ($1.id, $0) })
        let indicators = Set(observations.map(\.indicator) + totals.map(\.indicator)).sorted {
            (catalogOrder[$0] ?? .max, $0) < (catalogOrder[$1] ?? .max, $1)
        }
        let sheets = notes.sheets.filter { locates($0.location, in: name) }
        let layout: Layout? = !sheets.isEmpty ? .office : notes.layouts.first { $0.file == name }.map { $0.shape == .long ? .long : .wide }
        return FileReport(name: name, kind: .data, rows: observations.count + totals.count, periods: periods,
                          provinces: Set(observations.map(\.province)).count, indicators: indicators, layout: layout,
                          sheets: sheets.map(\.description), findings: ordered(findings.filter { locates($0.file, in: name) }, language))
    }

    /// The report of a cluster file.
    static func cluster(name: String, cluster: Cluster?, findings: [FindingReport]) -> FileReport {
        let years = cluster?.years.map { $0.lowerBound == $0.upperBound ? ["\($0.lowerBound)"] : ["\($0.lowerBound)–\($0.upperBound)"] } ?? []
        return FileReport(name: name, kind: .cluster, rows: cluster?.members.count ?? 0, periods: years, provinces: cluster?.members.count ?? 0,
                          indicators: [], layout: .cluster, sheets: [], findings: findings)
    }

    /// Errors first, each group in the order found.
    static func ordered(_ findings: [Finding], _ language: Language) -> [FindingReport] {
        (findings.filter { $0.severity == .error } + findings.filter { $0.severity == .warning }).map { FindingReport($0, language: language) }
    }
}
