import ArgumentParser
import Dispatch
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
        Figures are rendered concurrently; the files are the same whatever the number of cores.

        Examples:
          coopchart figures samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv \\
              --scheme samples/scheme-dbsh-2017.yaml --year 2017 --out figures
          coopchart figures samples/*.csv --cluster dbsh-2017 --year 2017 --out figures --formats pdf,png
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

    @Option(help: ArgumentHelp("Comma-separated formats among pdf, png, svg, eps.", valueName: "LIST"))
    var formats: String = "pdf,png,svg,eps"

    @Option(help: ArgumentHelp("PNG resolution in dots per inch.", valueName: "DPI"))
    var dpi: Double = 300

    func validate() throws {
        guard !parsedFormats().isEmpty, parsedFormats().count == formats.split(separator: ",").count else {
            throw ValidationError("--formats \(formats): use a comma-separated list of pdf, png, svg, eps")
        }
        guard dpi >= 18 && dpi <= 1200 else { throw ValidationError("--dpi \(dpi) is out of range; use 18 to 1200") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            let request = try ReportSetup.request(data: data, scheme: scheme, year: year)
            let set: [FigureSet.File]
            do {
                set = try FigureSet.files(request, formats: parsedFormats(), dpi: dpi, documentDate: try ReproducibleDate.current())
            } catch let failure as FigureSetDrawingFailure {
                throw InputError(file: out, message: "drawing a figure failed: \(failure); nothing was written")
            }
            try OutputFolder.create(out)
            // All the figures or none: every file is complete before any is put in place.
            let files = set.map { (path: "\(out)/\($0.name)", bytes: $0.bytes) }
            try AtomicFile.write(files, inputs: data.files + (scheme.map { [$0] } ?? []), force: overwrite.force)
            print("wrote \(set.count - 1) figures and figures.tex to \(out)/")
        }
    }

    private func parsedFormats() -> [OutputFormat] {
        formats.split(separator: ",").compactMap { OutputFormat(pathExtension: $0.trimmingCharacters(in: .whitespaces)) }
    }
}
