import Foundation
import CoopAnalytics
import CoopFormatting
import CoopService

/// The choices `rank` makes before scoring: the period, the cluster, the scope, the previous sheet.
enum RankSetup {
    /// `--year`, else the scheme's `year:`, else an error listing the periods the data has.
    static func period(year: String?, scheme: ScoringScheme, dataset: Dataset) throws -> Period {
        try RankPlan.period(year: year, scheme: scheme, dataset: dataset)
    }

    /// The scheme's `cluster:`: a built-in name, or a cluster file (a relative path is taken from the
    /// scheme's folder). Carried into the merged units when the data is harmonized.
    static func cluster(of scheme: ScoringScheme, registry: ProvinceRegistry, data: DataOptions) throws -> Cluster? {
        guard let reference = scheme.cluster else { return nil }
        let cluster: Cluster
        if let builtIn = Cluster.builtIn(reference.value, registry: registry) {
            cluster = builtIn
        } else {
            let schemeFolder = URL(fileURLWithPath: scheme.file).deletingLastPathComponent()
            let path = reference.value.hasPrefix("/") ? reference.value : schemeFolder.appendingPathComponent(reference.value).path
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError(file: reference.origin.file, line: reference.origin.line,
                                 message: "unknown cluster \"\(reference.value)\": not a built-in cluster (\(Cluster.builtInNames.joined(separator: ", "))) "
                                    + "and no such file next to the scheme (\(path))")
            }
            try InputLimits.checkYAMLFile(path, what: "a cluster file")
            cluster = try ClusterFile.load(path, registry: registry)
        }
        return data.harmonize ? try data.restated(cluster, registry: registry, option: "\(reference.origin)") : cluster
    }

    /// The cluster's members, else every province with a figure in the period.
    static func scope(cluster: Cluster?, dataset: Dataset, period: Period) throws -> [Int] {
        try RankPlan.scope(cluster: cluster, dataset: dataset, period: period)
    }

    /// The same scheme on the previous period (same part of the previous year).
    static func previousSheet(scheme: ScoringScheme, engine: ScoreEngine, cluster: Cluster?, period: Period) throws -> ScoreSheet {
        let previous = period.previous
        guard !engine.dataset.provinces(in: previous).isEmpty else {
            throw InputError(file: "--compare-previous", message: "the data has no figures for \(previous); add that period's file or leave out --compare-previous")
        }
        do {
            return try engine.score(scheme, period: previous, scope: try scope(cluster: cluster, dataset: engine.dataset, period: previous), cluster: cluster)
        } catch var error as InputError {
            error.message = "scoring \(previous) for --compare-previous: " + error.message
            throw error
        }
    }

    static func explanation(of text: String, sheet: ScoreSheet, dataset: Dataset, language: Language, format: RankOutputFormat) throws -> String {
        let row: ScoreSheet.Row
        switch dataset.registry.resolve(text, in: sheet.period) {
        case .found(let index):
            guard let found = sheet.row(province: index) else {
                throw InputError(file: "--explain", message: "\(dataset.registry.provinces[index].name) is not among the provinces ranked in \(sheet.period); "
                                    + "they are \(sheet.rows.map(\.name).joined(separator: ", "))")
            }
            row = found
        case .notInForce, .unknown:
            throw InputError(file: "--explain", message: "unknown province \"\(text)\" in \(sheet.period); the provinces ranked are \(sheet.rows.map(\.name).joined(separator: ", "))")
        }
        if format == .json { return RankPlan.explanationJSON(row, sheet: sheet, language: language).text() + "\n" }
        let lines = ScoreExplanation(sheet: sheet, language: language).lines(for: row)
        return lines.joined(separator: "\n") + "\n"
    }
}
