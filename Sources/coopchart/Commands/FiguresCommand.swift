import ArgumentParser
import Dispatch
import Foundation
import CoopAnalytics
import CoopCharts
import CoopReport
import CoopDocuments
import CoopService

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Write every figure of the report as its own file, sized for embedding in other documents.",
        discussion: """
        Each figure's page is the figure: 160 × 100 mm, no stray margins. PDF, SVG and EPS are vector \
        with embedded fonts; PNG is 300 dpi by default. A figures.tex snippet includes them all for LaTeX \
        (\\usepackage{graphicx}); in Word or LibreOffice, insert the PNG (or the SVG) as a picture. \
        Figures are rendered concurrently; the files are the same whatever the number of cores. \
        With docx among the formats, figures.docx holds every figure on its own page under its caption \
        (a heading, so Word's navigation pane lists them), 300-dpi pictures as wide as the text of an \
        A4 page in the official layout, for pasting into a draft.

        Examples:
          coopchart figures samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv \\
              --scheme samples/scheme-dbsh-2017.yaml --year 2017 --out figures
          coopchart figures samples/*.csv --cluster dbsh-2017 --year 2017 --out figures --formats pdf,png
          coopchart figures samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --year 2017 --out figures --formats png,docx
        """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("A scoring scheme: adds the scorecard and the robustness chart.", valueName: "FILE"))
    var scheme: String?

    @Option(help: ArgumentHelp("The period (2017, 2017-H1); default: the scheme's year.", valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("Folder to write into (created if missing).", valueName: "DIR"))
    var out: String

    @OptionGroup var overwrite: OverwriteOption

    @Option(name: .customLong("map"), help: ArgumentHelp("Add a province map of this indicator (repeatable; a scheme's maps: list adds its own).", valueName: "ID"))
    var maps: [String] = []

    @Option(help: ArgumentHelp("Comma-separated formats among pdf, png, svg, eps, and docx (one Word file, figures.docx, with every figure).", valueName: "LIST"))
    var formats: String = "pdf,png,svg,eps"

    @Option(help: ArgumentHelp("PNG resolution in dots per inch.", valueName: "DPI"))
    var dpi: Double = 300

    /// True when docx is among the formats: figures.docx is written too.
    private var wantsWord: Bool { requested.contains("docx") }

    private var requested: [String] { formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }

    func validate() throws {
        guard !requested.isEmpty, parsedFormats().count + (wantsWord ? 1 : 0) == requested.count else {
            throw ValidationError("--formats \(formats): use a comma-separated list of pdf, png, svg, eps, docx")
        }
        guard dpi >= 18 && dpi <= 1200 else { throw ValidationError("--dpi \(dpi) is out of range; use 18 to 1200") }
    }

    /// 160 × 100 mm, shared with the browser app's ZIP of figures.
    static let figureSize = FigureSet.figureSize

    func run() throws {
        try Diagnostics.reportingErrors {
            let request = try ReportSetup.request(data: data, scheme: scheme, year: year, maps: maps)
            let figures = try ReportFigures(request).all(fitting: Self.figureSize)
            var options = RenderOptions(width: Self.figureSize.width, height: Self.figureSize.height, pngScale: dpi / 72)
            options.documentDate = try ReproducibleDate.current()
            let jobs = figures.flatMap { figure in parsedFormats().map { (figure, $0) } }
            let rendered = try Self.renderConcurrently(jobs.map { ($0.0.chart, $0.1) }, options: options, folder: out)
            try OutputFolder.create(out)
            // All the figures or none: every file is complete before any is put in place.
            var files = zip(jobs, rendered).map { job, bytes in (path: "\(out)/\(job.0.name).\(job.1.pathExtension)", bytes: bytes) }
            if !parsedFormats().isEmpty {
                files.append(("\(out)/figures.tex", Array(Self.latex(figures, preferred: parsedFormats()).utf8)))
            }
            if wantsWord {
                var word = WordOptions(title: request.resolvedTitle, language: data.lang, date: request.date, chartDate: try ReproducibleDate.current())
                word.chartDPI = dpi
                let ratio = Self.figureSize.height / Self.figureSize.width
                do {
                    files.append(("\(out)/figures.docx", try WordDocument.figures(figures.map { ($0.caption, $0.chart, ratio) }, options: word)))
                } catch {
                    throw InputError(file: "\(out)/figures.docx", message: "writing the Word file failed: \(error); nothing was written")
                }
            }
            try AtomicFile.write(files, inputs: data.files + (scheme.map { [$0] } ?? []), force: overwrite.force)
            let written = (jobs.isEmpty ? [] : ["\(jobs.count) figures", "figures.tex"]) + (wantsWord ? ["figures.docx (\(figures.count) figures)"] : [])
            print("wrote \(written.joined(separator: ", ")) to \(out)/")
        }
    }

    private func parsedFormats() -> [OutputFormat] {
        requested.compactMap { OutputFormat(pathExtension: $0) }
    }

    /// Renders every (chart, format) pair on all cores; results keep the jobs' order.
    /// Each font note (a stand-in face, a letter drawn with another family) is printed once, as `chart` prints it.
    static func renderConcurrently(_ jobs: [(any Chart, OutputFormat)], options: RenderOptions, folder: String) throws -> [[UInt8]] {
        let files: [RenderedFile]
        do {
            files = try ParallelWork.map(jobs.count) { index throws(CairoError) in try ChartRenderer.renderFile(jobs[index].0, format: jobs[index].1, options: options) }
        } catch {
            throw InputError(file: folder, message: "drawing a figure failed: \(error); nothing was written")
        }
        var printed = Set<String>()
        for note in files.flatMap({ $0.fonts.compactMap(FontNote.text(for:)) }) where printed.insert(note).inserted {
            Diagnostics.note(note)
        }
        return files.map(\.bytes)
    }

    static func latex(_ figures: [ReportFigures.ReportFigure], preferred: [OutputFormat]) -> String {
        FigureSet.latex(figures, preferred: preferred)
    }
}
