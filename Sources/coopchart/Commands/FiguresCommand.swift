import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts
import CoopReport
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

    @Option(
        name: .customLong("map"), help: ArgumentHelp("Add a province map of this indicator (repeatable; a scheme's maps: list adds its own).", valueName: "ID"))
    var maps: [String] = []

    @Option(
        help: ArgumentHelp("Comma-separated formats among pdf, png, svg, eps, and docx (one Word file, figures.docx, with every figure).", valueName: "LIST"))
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

    func run() throws {
        try Diagnostics.reportingErrors(output: out) {
            let request = try ReportSetup.request(data: data, scheme: scheme, year: year, maps: maps)
            let made = try FigureSet.files(request, formats: parsedFormats(), word: wantsWord, dpi: dpi, documentDate: try ReproducibleDate.current())
            Diagnostics.notes(made.notes)
            try OutputFolder.create(out)
            // All the figures or none: every file is complete before any is put in place.
            try AtomicFile.write(made.files.map { ("\(out)/\($0.name)", $0.bytes) }, inputs: data.files + (scheme.map { [$0] } ?? []), force: overwrite.force)
            let drawn = made.figures * parsedFormats().count
            let written = (parsedFormats().isEmpty ? [] : ["\(drawn) figures", "figures.tex"]) + (wantsWord ? ["figures.docx (\(made.figures) figures)"] : [])
            print("wrote \(written.joined(separator: ", ")) to \(out)/")
        }
    }

    private func parsedFormats() -> [OutputFormat] {
        requested.compactMap { OutputFormat(pathExtension: $0) }
    }
}
