import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts
import CoopReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the conference report: one PDF with the year's figures, the scorecard and the sources.",
        discussion: """
        The report has a cover; an overview with the cluster's key totals and a paragraph written from \
        the numbers; a page per key indicator (chart and sentences); the scorecard with the awards and \
        any rank-1 tie that goes to the vote; the robustness of the ranking (1.000 draws, ±25 %, seed 1); \
        province profiles; the scoring method; and a data appendix citing every figure's source, with \
        the validation warnings. Pages are numbered, with a running header, bookmarks and PDF metadata.

        The file is byte-identical from run to run: no date is written unless --date is given or \
        SOURCE_DATE_EPOCH is set.

        Examples:
          coopchart report samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv \\
              --scheme samples/scheme-dbsh-2017.yaml --year 2017 -o report.pdf
          coopchart report samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --year 2017 \\
              --lang en --size a4-landscape --organisation "Liên minh HTX tỉnh Ninh Bình" -o report-en.pdf
        """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("The scoring scheme (YAML).", valueName: "FILE"))
    var scheme: String

    @Option(help: ArgumentHelp("The period reported (2017, 2017-H1); default: the scheme's year.", valueName: "PERIOD"))
    var year: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The report file (.pdf).", valueName: "OUT"))
    var output: String

    @OptionGroup var overwrite: OverwriteOption

    @Option(help: ArgumentHelp("Title on the cover and in the header (default: from the cluster and period).", valueName: "TEXT"))
    var title: String?

    @Option(help: ArgumentHelp("The organisation preparing the report, on the cover and as the PDF author.", valueName: "TEXT"))
    var organisation: String?

    @Option(help: ArgumentHelp("The date printed on the cover and written as the PDF's creation date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).", valueName: "DATE"))
    var date: String?

    @Option(help: ArgumentHelp("Page size: a4 or a4-landscape.", valueName: "a4|a4-landscape"))
    var size: PageSizeChoice = .a4

    func validate() throws {
        guard URL(fileURLWithPath: output).pathExtension.lowercased() == "pdf" else {
            throw ValidationError("the report is a PDF; give -o a name ending in .pdf (for single figures use `coopchart figures`)")
        }
        if let date { try DateOption.check(date, option: "--date") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            let date = try self.date.map { try DateOption.read($0, option: "--date").description }
            let request = try ReportSetup.request(data: data, scheme: scheme, year: year, title: title, organisation: organisation,
                                                  date: date, pageSize: size)
            let builder = try ReportBuilder(request)
            var options = RenderOptions()
            options.documentDate = try date.map(DocumentDate.day) ?? ReproducibleDate.currentOrOmitted()
            let bytes: [UInt8]
            do {
                bytes = try builder.pdf(options: options)
            } catch {
                throw InputError(file: output, message: "drawing the report failed: \(error); nothing was written")
            }
            try AtomicFile.write(bytes, to: output, inputs: data.files + [scheme], force: overwrite.force)
        }
    }
}
