import ArgumentParser
import Foundation
import CoopAnalytics
import CoopService
import CoopCharts
import CoopReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the conference report: a PDF, or a Word document (.docx) to revise, with the year's figures, the scorecard and the sources.",
        discussion: """
            The report has a cover; an overview with the cluster's key totals and a paragraph written from \
            the numbers; a page per key indicator (chart and sentences); the scorecard with the awards and \
            any rank-1 tie that goes to the vote; the robustness of the ranking (1.000 draws, ±25 %, seed 1); \
            province profiles; the scoring method; and a data appendix citing every figure's source, with \
            the validation warnings. Pages are numbered, with a running header, bookmarks and PDF metadata.

            The file is byte-identical from run to run: no date is written unless --date is given or \
            SOURCE_DATE_EPOCH is set.

            -o report.docx writes the same pages as a Word document to comment on, revise and sign, in the \
            layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins 20 mm top and bottom, 30 mm left, \
            15 mm right; Times New Roman 14 pt, justified, first-line indent, 6 pt after each paragraph; \
            the page number centred in the top margin from page 2. Headings are Word heading styles (the \
            navigation pane and a table of contents work), the scorecard and the data appendix (every \
            figure with its source) are real Word tables, each chart a 300-dpi PNG as wide as the text. \
            --official replaces the cover with the heading block of an official document: the \
            organisation (--organisation, and --parent-organisation above it), "Số: " and --number, \
            the national title and motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập - Tự do - Hạnh \
            phúc), "--place, ngày … tháng … năm …" from --date (left to fill in by hand without it), then \
            BÁO CÁO and the title.

            Examples:
              coopchart report samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv \\
                  --scheme samples/scheme-dbsh-2017.yaml --year 2017 -o report.pdf
              coopchart report samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --year 2017 \\
                  --lang en --size a4-landscape --organisation "Liên minh HTX tỉnh Ninh Bình" -o report-en.pdf
              coopchart report samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --year 2017 -o report.docx \\
                  --official --organisation "Liên minh HTX tỉnh Ninh Bình" --number "125/BC-LMHTX" \\
                  --place "Ninh Bình" --date 2017-12-15
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("The scoring scheme (YAML).", valueName: "FILE"))
    var scheme: String

    @Option(help: ArgumentHelp("The period reported (2017, 2017-H1); default: the scheme's year.", valueName: "PERIOD"))
    var year: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The report file: .pdf, or .docx for a Word document.", valueName: "OUT"))
    var output: String

    @OptionGroup var overwrite: OverwriteOption

    @Option(help: ArgumentHelp("Title on the cover and in the header (default: from the cluster and period).", valueName: "TEXT"))
    var title: String?

    @Option(help: ArgumentHelp("The organisation preparing the report, on the cover and as the PDF author.", valueName: "TEXT"))
    var organisation: String?

    @Option(
        help: ArgumentHelp("The date printed on the cover and written as the PDF's creation date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).", valueName: "DATE"))
    var date: String?

    @Option(
        name: .customLong("map"), help: ArgumentHelp("Add a province map of this indicator (repeatable; a scheme's maps: list adds its own).", valueName: "ID"))
    var maps: [String] = []

    @Option(help: ArgumentHelp("Page size: a4 or a4-landscape.", valueName: "a4|a4-landscape"))
    var size: PageSizeChoice = .a4

    @Flag(
        help: "Word report only: open with the heading block of an official document (Nghị định 30/2020/NĐ-CP) instead of a cover page; needs --organisation.")
    var official = false

    @Option(
        name: .customLong("parent-organisation"),
        help: ArgumentHelp("With --official: the organisation above the issuing one (Liên minh HTX Việt Nam).", valueName: "TEXT"))
    var parentOrganisation: String?

    @Option(
        help: ArgumentHelp("With --official: the document's number and symbol after \"Số:\" (125/BC-LMHTX); left to fill in without it.", valueName: "TEXT"))
    var number: String?

    @Option(help: ArgumentHelp("With --official: the place before the date (Ninh Bình).", valueName: "TEXT"))
    var place: String?

    private var isWord: Bool { URL(fileURLWithPath: output).pathExtension.lowercased() == "docx" }

    func validate() throws {
        guard ["pdf", "docx"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) else {
            throw ValidationError("the report is a PDF or a Word document; give -o a name ending in .pdf or .docx (for single figures use `coopchart figures`)")
        }
        if !isWord, official || number != nil || place != nil || parentOrganisation != nil {
            throw ValidationError("--official, --number, --place and --parent-organisation shape the Word report; give -o a name ending in .docx")
        }
        if isWord, !official, number != nil || place != nil || parentOrganisation != nil {
            throw ValidationError("--number, --place and --parent-organisation go into the official heading block; add --official")
        }
        if official && (organisation ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--official needs --organisation: the issuing organisation printed at the top left (Liên minh HTX tỉnh Ninh Bình)")
        }
        if let date { try DateOption.check(date, option: "--date") }
    }

    func run() throws {
        try Diagnostics.reportingErrors(output: output) {
            let date = try self.date.map { try DateOption.read($0, option: "--date") }
            let request = try ReportSetup.request(
                data: data, scheme: scheme, year: year, title: title, organisation: organisation,
                date: date, pageSize: size, maps: maps)
            let documentDate = try ReproducibleDate.current()
            let bytes: [UInt8]
            if isWord {
                let heading = official ? OfficialSettings(organisation: organisation ?? "", parent: parentOrganisation, number: number, place: place) : nil
                bytes = try Reporting.word(request, official: heading, documentDate: documentDate)
            } else {
                bytes = try Reporting.pdf(request, coverDate: date, documentDate: documentDate)
            }
            try AtomicFile.write(bytes, to: output, inputs: data.files + [scheme], force: overwrite.force)
        }
    }
}
