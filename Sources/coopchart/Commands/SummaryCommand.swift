import ArgumentParser
import Foundation
import CoopAnalytics
import CoopSpreadsheets

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, xlsx
}

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Each indicator's values by province, with share of the total, rank and growth, and a total row.",
        discussion: """
            For each indicator and period: each province's value with its qualifier (≈, >, <), its share \
            of the total (counts only), its competition rank (1, 2, 2, 4) and its growth over the same \
            period a year before; members of the cluster without a figure are listed as missing, never as \
            zero. Then one total row per indicator (code TOTAL): a sum for counts, a weighted mean for \
            averages and shares (revenue_avg weighted by htx).

            CSV columns: indicator,code,province,period,value,qualifier,share_pct,rank,growth_pct. CSV and \
            JSON write plain numbers (dot decimal, no grouping); the table uses --lang formatting. --excel \
            writes CSV for Excel in the --lang style (vi: ";" between fields and 46,5; en: "," and 46.5, \
            both with a UTF-8 byte-order mark); --csv-style vi|en|rfc4180 chooses explicitly.

            -o FILE.xlsx writes a formatted workbook: numbers as numbers, the qualifier in its own column \
            and ≈ > < in the display format, fitted widths, the header frozen and filterable.

            Examples:
              coopchart summary samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --year 2017 --cluster dbsh-2017
              coopchart summary samples/*.csv --year 2017 --format csv -o summary-2017.csv
              coopchart summary samples/*.csv --year 2017 --excel -o summary-2017.csv    (for Excel)
              coopchart summary samples/*.csv --year 2017 -o summary-2017.xlsx
              coopchart summary reports/*.csv --harmonize --format json --lang en
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("Period: a year (2017) or a half-year (2017-H1). Default: every period in the data.", valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("Output format; taken from -o's extension (.csv, .json, .xlsx) when not given, else table.", valueName: "table|csv|json|xlsx"))
    var format: SummaryFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "OUT"))
    var output: String?

    @OptionGroup var spreadsheet: ExcelOption

    @OptionGroup var overwrite: OverwriteOption

    /// --format, else the extension of -o, else the table.
    private var chosenFormat: SummaryFormat {
        format ?? output.flatMap { SummaryFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .table
    }

    func validate() throws {
        try spreadsheet.check(isCSV: chosenFormat == .csv)
        if chosenFormat == .xlsx && output == nil { throw ValidationError("a workbook is a file: give -o FILE.xlsx") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            try OfficeOutput.refuseForeign(
                output, accepted: ["xlsx"], command: "summary",
                writes: "a table (.txt), CSV (.csv), JSON (.json) or a workbook (.xlsx)")
            let period = try year.map { try Period.parse($0) }
            let chosen = chosenFormat
            let (dataset, cluster) = try data.load(year: year)
            if let period, !dataset.observations.contains(where: { $0.period == period }) {
                let have = dataset.periods.map(\.description).joined(separator: ", ")
                throw InputError(parameter: .year, message: "no figures for \(period); periods in the data: \(have.isEmpty ? "none" : have)")
            }
            let report = try SummaryReport(dataset: dataset, cluster: cluster, period: period, language: data.lang)
            let text: String
            switch chosen {
            case .csv: text = report.csv(style: spreadsheet.style(data.lang))
            case .json: text = report.json()
            case .table: text = report.table(catalog: dataset.catalog, language: data.lang)
            case .xlsx:
                let path = output ?? "-o"
                let table = OfficeTables.summary(report, catalog: dataset.catalog, language: data.lang)
                let created = try OfficeOutput.sourceDateEpoch()
                try AtomicFile.write(
                    try OfficeOutput.workbook(for: path) { () throws(SpreadsheetError) in
                        try TableWorkbook.bytes(table, created: created)
                    }, to: path, inputs: data.files, force: overwrite.force)
                return
            }
            try OutputDestination.write(spreadsheet.bytes(text), to: output, inputs: data.files, force: overwrite.force)
        }
    }
}
