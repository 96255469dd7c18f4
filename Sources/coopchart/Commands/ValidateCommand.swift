import ArgumentParser
import CoopAnalytics
import CoopService
import CoopSpreadsheets
import CoopFormatting
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check data files: every error and warning with its file and line, then a one-line summary.",
        discussion: """
            Reads every file to the end and reports every problem, not only the first. Errors (the data \
            cannot be used as it is): unknown province or indicator, a unit and its predecessor or \
            successor both given for the same whole period (Thái Bình and the new Hưng Yên for 2025), a value that is not a number, mixed \
            or ambiguous number styles, NaN, infinity, too many digits, a negative count, the same figure \
            given twice with different values, a missing column, a ragged row, an unterminated quote, a bad \
            period, an empty or binary file, a legacy encoding (Windows-1258, TCVN3).

            Warnings (the data reads, but a person should look): a cluster-total row ("Toàn cụm", "Cụm", \
            code ALL) that differs from the sum of its provinces; a part above its whole (new_htx above \
            htx); a share outside 0–100 %; a target without an actual; an indicator given both for a \
            half-year and for the full year.

            Errors and warnings go to stderr as FILE:LINE: … (FILE:SHEET!CELL: … for a workbook); the summary \
            goes to stdout. The exit status is 0 when there are no errors (warnings alone do not fail), 1 otherwise. \
            With -o FILE.xlsx the findings are also written as a workbook (one row each: severity, file, line \
            or cell such as "Biểu 01!B10", field, message; the messages in the language of --lang), to sort and \
            filter and to send back to whoever made the files.

            For workbooks and tables laid out as offices lay them out, notes say how each table was read, \
            stage by stage: the cells (rows and columns hidden or filtered out), every row that was not read \
            as a province's figures with its role (title, header, column numbers, units, total, subtotal \
            and how it checked, heading, a province that did not report, signature or notes), each \
            column's reading (indicator, period, estimate, or left out and why), and the figures with where \
            their period came from (a year column, a header, the sheet's name, the title, --year-of, \
            --year); and how each statistical marker ("-", "..", "x") and scale word ("1,2 triệu") was \
            read, with its cells.

            Examples:
              coopchart validate samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv samples/dbsh-2017-cluster-totals.csv
              coopchart validate reports/*.csv --cluster dbsh-2017 --number-style vi
              coopchart validate wide.csv --indicators my-indicators.yaml
              coopchart validate bao-cao-2023.xlsx --year 2023
              coopchart validate bc-2022.xlsx bc-2023.xlsx --year-of bc-2022.xlsx=2022 --year-of bc-2023.xlsx=2023
              coopchart validate cum-dbsh.xlsx --visible-only
              coopchart validate reports/*.csv -o findings.xlsx
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        help: ArgumentHelp(
            "The period of tables that name none (no year column, no year in a header, the sheet's name or the title): 2023 or 2023-H1; --year-of FILE=PERIOD gives one file's.",
            valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("The indicator of tables whose columns are years, when neither the header nor the sheet's name names it.", valueName: "ID"))
    var indicator: String?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Also write the findings as a workbook (.xlsx): severity, file, line or cell, field, message.", valueName: "FILE.xlsx"))
    var output: String?

    @Option(help: ArgumentHelp("Language of the workbook: its headers and its messages (stderr stays English).", valueName: "vi|en"))
    var lang: Language = .vi

    func validate() throws {
        if let output, !OfficeOutput.hasExtension(output, "xlsx") {
            throw ValidationError("validate writes its findings to stderr, and with -o to a workbook: give -o a name ending in .xlsx (not \(output))")
        }
    }

    @OptionGroup var overwrite: OverwriteOption

    func run() throws {
        try Diagnostics.reportingErrors {
            let reader = try input.reader(year: year, indicator: indicator, indicatorOption: "--indicator")
            let cluster = try input.resolvedCluster(registry: reader.registry)
            var (read, errors, notes) = reader.readReporting(files: input.files)
            // A cluster that does not fit the figures' periods is refused here too (a 2017 cluster on 2026 figures).
            errors += cluster.map { ClusterFit.errors($0, in: read) } ?? []
            // How each workbook sheet (or office-laid-out CSV) was read, and each marker and scale word.
            for line in notes.lines { Diagnostics.note(CommandLineWords.render(line)) }
            let dataset = cluster.map { InputOptions.restrict(read, to: $0) } ?? read
            let digest = FindingsDigest(
                DataCheck.findings(errors: errors, dataset: dataset, cluster: cluster), notKept: notes.errorsNotKept,
                keptPerKind: .max)
            for finding in digest.findings { Diagnostics.note(CommandLineWords.describe(finding)) }
            for (kind, total, kept) in digest.counts where total > kept {
                Diagnostics.note(
                    "… and \(total - kept) more \(kind.severity == .error ? "error" : "warning")\(total - kept == 1 ? "" : "s") about \(kind.topic) (the first \(kept) are listed)"
                )
            }
            let report = ValidationReport(
                findings: digest.findings, files: input.files.count, figures: dataset.observations.count + dataset.clusterTotals.count,
                errorCount: digest.errorCount, warningCount: digest.warningCount)
            if let output {
                let table = OfficeTables.findings(report, language: lang)
                let created = try OfficeOutput.sourceDateEpoch()
                try AtomicFile.write(
                    try OfficeOutput.workbook(for: output) { () throws(SpreadsheetError) in
                        try TableWorkbook.bytes(table, created: created)
                    }, to: output, inputs: input.files, force: overwrite.force)
            }
            print(report.summary)
            if !report.isValid { throw ExitCode(1) }
        }
    }
}
