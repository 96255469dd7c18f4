import Foundation
import CoopAnalytics
import CoopFormatting
import CoopService

/// The command line's clusters for a scheme's `cluster:` line: a built-in name, or a cluster file (a
/// relative path is taken from the scheme's folder).
struct CommandLineClusters: SchemeClusters {
    func cluster(_ reference: Located<String>, of scheme: ScoringScheme, registry: ProvinceRegistry) throws -> Cluster {
        if let builtIn = Cluster.builtIn(reference.value, registry: registry) { return builtIn }
        let schemeFolder = URL(fileURLWithPath: scheme.file).deletingLastPathComponent()
        let path = reference.value.hasPrefix("/") ? reference.value : schemeFolder.appendingPathComponent(reference.value).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(
                file: reference.origin.file, line: reference.origin.line,
                message: "unknown cluster \"\(reference.value)\": not a built-in cluster (\(Cluster.builtInNames.joined(separator: ", "))) "
                    + "and no such file next to the scheme (\(path))")
        }
        try InputLimits.checkYAMLFile(path, what: "a cluster file")
        return try ClusterFile.load(path, registry: registry)
    }
}

/// How `rank --explain` prints one province's points.
enum RankExplanation {
    static func text(of province: String, in result: RankResult, format: RankOutputFormat) throws -> String {
        let row = try Ranking.row(explaining: province, in: result)
        if format == .json { return Ranking.explanationJSON(row, sheet: result.sheet, language: result.language).text() + "\n" }
        return ScoreExplanation(sheet: result.sheet, language: result.language).lines(for: row).joined(separator: "\n") + "\n"
    }
}
