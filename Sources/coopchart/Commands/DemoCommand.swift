import CoopFormatting
import ArgumentParser
import Foundation
import CoopAnalytics
import CoopService
import CoopReport
import CoopFigures
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

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Formats of the catalog charts (repeatable; default png and pdf). `--format png` makes the README gallery.", valueName: "png|pdf|svg|eps"))
    var formats: [String] = []

    @Flag(help: "Only the chart catalog (one chart of every kind), not the ranking charts.")
    var catalogOnly = false

    @OptionGroup var overwrite: OverwriteOption

    func run() throws {
        try Diagnostics.reportingErrors {
            let folder = try samplesFolder()
            try OutputFolder.create(output)
            let published = folder + "/dbsh-2017.csv"
            let illustrative = folder + "/dbsh-2017-illustrative.csv"
            let cluster = Cluster.builtIn("dbsh-2017")
            var written: [String] = []

            // The published figures alone: five provinces, the other four named as missing.
            written += try writeCatalog(folder: folder)
            if catalogOnly {
                print("wrote \(written.count) files to \(output)/")
                return
            }
            let publishedData = try DatasetReader().read(files: [published])
            written += try writeBar(
                publishedData, cluster: cluster, indicator: "new_htx", period: Period(year: 2017),
                name: "new-htx-2017-published", formats: OutputFormat.allCases)
            // With the illustrative complement: every member, each figure's source cited.
            let fullData = try DatasetReader().read(files: [published, illustrative])
            for indicator in ["new_htx", "htx", "members", "credit_funds", "revenue_avg"] {
                written += try writeBar(
                    fullData, cluster: cluster, indicator: indicator, period: Period(year: 2017),
                    name: "\(indicator.replacingOccurrences(of: "_", with: "-"))-2017", formats: [.png, .pdf])
            }
            written += try writeReport(fullData, cluster: cluster, scheme: folder + "/scheme-dbsh-2017.yaml")
            let index = written.map { "- \($0)" }.joined(separator: "\n")
            let readme = "coopchart demo: charts from \(published) and \(illustrative)\n\n\(index)\n"
            try AtomicFile.write(readme, to: output + "/INDEX.txt", force: overwrite.force)
            print("wrote \(written.count + 1) files to \(output)/")
        }
    }

    /// The conference report, the scorecard, the Excel-ready ranking and the summary table.
    private func writeReport(_ dataset: Dataset, cluster: Cluster?, scheme path: String) throws -> [String] {
        let scheme = try SchemeReader(catalog: dataset.catalog).read(file: path)
        let period = Period(year: 2017)
        let request = ReportRequest(
            dataset: dataset, scheme: scheme, period: period, cluster: cluster, language: lang,
            warnings: Validator.warnings(for: dataset, cluster: cluster))
        let builder = try ReportBuilder(request)
        var options = RenderOptions()
        options.documentDate = try ReproducibleDate.currentOrOmitted()
        let report = "\(output)/report-2017.pdf"
        try AtomicFile.write(try builder.pdf(options: options), to: report, force: overwrite.force)
        var written = [report]
        if let sheet = builder.figures.sheet {
            let ranking = "\(output)/ranking-2017.csv"
            try AtomicFile.write(UTF8.byteOrderMark + Array(ScoreSheetOutput(sheet: sheet, language: lang).csv().utf8), to: ranking, force: overwrite.force)
            let scorecard = "\(output)/scorecard-2017.png"
            try AtomicFile.write(
                try ChartRendering.render(
                    ScorecardFigures.scorecard(sheet, language: lang), format: .png,
                    options: RenderOptions(), path: scorecard), to: scorecard, force: overwrite.force)
            written += [ranking, scorecard]
        }
        let summary = "\(output)/summary-2017.csv"
        try AtomicFile.write(
            UTF8.byteOrderMark + Array(try SummaryReport(dataset: dataset, cluster: cluster, period: period, language: lang).csv().utf8), to: summary,
            force: overwrite.force)
        return written + [summary]
    }

    private func writeBar(
        _ dataset: Dataset, cluster: Cluster?, indicator id: String, period: Period,
        name: String, formats: [OutputFormat]
    ) throws -> [String] {
        let request = FigureRequest(kind: .bar, indicators: [id], year: period.description, language: lang)
        let chart = try Figures.make(request, from: FigureData(dataset: dataset, cluster: cluster)).chart
        var options = RenderOptions()
        options.documentDate = try ReproducibleDate.current()
        return try formats.map { format in
            let path = "\(output)/\(name).\(format.pathExtension)"
            try AtomicFile.write(try ChartRendering.render(chart, format: format, options: options, path: path), to: path, force: overwrite.force)
            return path
        }
    }

    /// One chart of every catalog kind from the samples, each made through its own command.
    private func writeCatalog(folder: String) throws -> [String] {
        let files = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv", "dbsh-2015-2019-illustrative.csv"].map { folder + "/" + $0 }
        let base = files + ["--cluster", "dbsh-2017", "--lang", lang.rawValue]
        let profile = [
            "--indicator", "htx", "--indicator", "new_htx", "--indicator", "members", "--indicator", "revenue_avg", "--indicator", "effective_share",
        ]
        let kinds: [(String, any ParsableCommand.Type, [String])] = [
            ("column-htx-2017", ChartColumnCommand.self, ["--indicator", "htx", "--year", "2017"]),
            ("grouped-new-htx-2015-2019", ChartGroupedCommand.self, ["--indicator", "new_htx", "--years", "2015-2019"]),
            (
                "stacked-organisations-2017", ChartStackedCommand.self,
                ["--indicator", "htx", "--indicator", "credit_funds", "--indicator", "unions", "--year", "2017"]
            ),
            (
                "stacked-percent-htx-tht-2017", ChartStackedCommand.self,
                ["--indicator", "htx", "--indicator", "tht", "--year", "2017", "--percent", "--theme", "print"]
            ),
            ("line-new-htx-2015-2019", ChartLineCommand.self, ["--indicator", "new_htx", "--years", "2015-2019"]),
            ("bump-new-htx-2015-2019", ChartBumpCommand.self, ["--indicator", "new_htx", "--years", "2015-2019"]),
            ("radar-profile-2017", ChartRadarCommand.self, profile + ["--province", "Ninh Bình", "--province", "Hà Nam", "--year", "2017"]),
            ("donut-new-htx-2017", ChartDonutCommand.self, ["--indicator", "new_htx", "--year", "2017"]),
            ("scatter-htx-revenue-2017", ChartScatterCommand.self, ["--x", "htx", "--y", "revenue_avg", "--bubble", "members", "--year", "2017"]),
            ("heatmap-profile-2017", ChartHeatmapCommand.self, profile + ["--year", "2017"]),
            ("multiples-htx-2015-2019", ChartMultiplesCommand.self, ["--indicator", "htx", "--years", "2015-2019"]),
            ("tilemap-htx-2017", ChartTilemapCommand.self, ["--indicator", "htx", "--year", "2017", "--size", "a5"]),
            ("map-htx-2017", ChartMapCommand.self, ["--indicator", "htx", "--year", "2017", "--zoom", "cluster"]),
        ]
        let extensions = formats.isEmpty ? ["png", "pdf"] : formats.map { $0.lowercased() }
        var written: [String] = []
        for (name, command, arguments) in kinds {
            for ext in extensions {
                let path = "\(output)/\(name).\(ext)"
                var parsed = try command.parseAsRoot(base + arguments + ["-o", path] + (overwrite.force ? ["--force"] : []))
                try parsed.run()
                written.append(path)
            }
        }
        return written
    }

    /// samples/ in the working folder, beside the built program (.build/debug/coopchart → ../../samples), or where
    /// the Debian package puts them (/usr/share/coopchart/samples).
    private func samplesFolder() throws -> String {
        if let samples { return samples }
        let candidates = [FileManager.default.currentDirectoryPath + "/samples"] + ProgramLocation.candidates("samples")
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/dbsh-2017.csv") }) else {
            throw InputError(
                file: "samples/dbsh-2017.csv",
                message: "the sample files were not found in \(candidates.joined(separator: " or ")); run from the repository folder or give --samples DIR")
        }
        return found
    }
}
