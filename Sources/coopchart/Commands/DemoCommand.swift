import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the sample charts and tables from samples/ into a folder.",
        discussion: """
        Reads the bundled Red River Delta cluster figures (samples/dbsh-2017.csv: the published 2017 \
        figures; samples/dbsh-2017-illustrative.csv: clearly labelled illustrative figures for what was \
        not published) and writes every sample chart in PNG, PDF, SVG and EPS.

        Example:
          coopchart demo -o demo-output
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "DIR"))
    var output: String = "demo-output"

    @Option(help: ArgumentHelp("Folder holding the sample files (default: ./samples, or the one beside the program).", valueName: "DIR"))
    var samples: String?

    @Option(help: ArgumentHelp("Language: vi or en.", valueName: "vi|en"))
    var lang: Language = .vi

    func run() throws {
        try Diagnostics.reportingErrors {
            let folder = try samplesFolder()
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let published = folder + "/dbsh-2017.csv"
            let illustrative = folder + "/dbsh-2017-illustrative.csv"
            let cluster = Cluster.builtIn("dbsh-2017")
            var written: [String] = []

            // The published figures alone: five provinces, the other four named as missing.
            let publishedData = try DatasetReader().read(files: [published])
            written += try writeBar(publishedData, cluster: cluster, indicator: "new_htx", period: Period(year: 2017),
                                    name: "new-htx-2017-published", formats: OutputFormat.allCases)
            // With the illustrative complement: every member, each figure's source cited.
            let fullData = try DatasetReader().read(files: [published, illustrative])
            for indicator in ["new_htx", "htx", "members", "credit_funds", "revenue_avg"] {
                written += try writeBar(fullData, cluster: cluster, indicator: indicator, period: Period(year: 2017),
                                        name: "\(indicator.replacingOccurrences(of: "_", with: "-"))-2017", formats: [.png, .pdf])
            }
            let index = written.map { "- \($0)" }.joined(separator: "\n")
            let readme = "coopchart demo: charts from \(published) and \(illustrative)\n\n\(index)\n"
            try AtomicFile.write(readme, to: output + "/INDEX.txt")
            print("wrote \(written.count + 1) files to \(output)/")
        }
    }

    private func writeBar(_ dataset: Dataset, cluster: Cluster?, indicator id: String, period: Period,
                          name: String, formats: [OutputFormat]) throws -> [String] {
        let indicator = dataset.catalog[id]!
        let table = IndicatorTable(dataset: dataset, indicator: indicator, period: period, scope: cluster?.members)
        let chart = RankingBarChartBuilder.chart(for: table, dataset: dataset, cluster: cluster, language: lang)
        var options = RenderOptions()
        options.creationDate = RenderingOptions.reproducibleDate()
        return try formats.map { format in
            let path = "\(output)/\(name).\(format.pathExtension)"
            try AtomicFile.write(try ChartRendering.render(chart, format: format, options: options, path: path), to: path)
            return path
        }
    }

    /// samples/ in the working folder, or beside the built program (.build/debug/coopchart → ../../samples).
    private func samplesFolder() throws -> String {
        if let samples { return samples }
        let candidates = [
            FileManager.default.currentDirectoryPath + "/samples",
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("../../../samples").standardized.path,
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/dbsh-2017.csv") }) else {
            throw InputError(file: "samples/dbsh-2017.csv", message: "the sample files were not found in \(candidates.joined(separator: " or ")); run from the repository folder or give --samples DIR")
        }
        return found
    }
}
