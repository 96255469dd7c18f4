import ArgumentParser
import Foundation
import CoopAnalytics

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
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
        JSON write plain numbers (dot decimal, no grouping); the table uses --lang formatting.

        Examples:
          coopchart summary samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --year 2017 --cluster dbsh-2017
          coopchart summary samples/*.csv --year 2017 --format csv -o summary-2017.csv
          coopchart summary samples/*.csv --year 2017 --excel -o summary-2017.csv    (for Excel)
          coopchart summary reports/*.csv --harmonize --format json --lang en
        """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("Period: a year (2017) or a half-year (2017-H1). Default: every period in the data.", valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("Output format; taken from -o's extension (.csv, .json) when not given, else table.", valueName: "table|csv|json"))
    var format: SummaryFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "OUT"))
    var output: String?

    @OptionGroup var spreadsheet: ExcelOption

    /// --format, else the extension of -o, else the table.
    private var chosenFormat: SummaryFormat {
        format ?? output.flatMap { SummaryFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .table
    }

    func validate() throws {
        try spreadsheet.check(isCSV: chosenFormat == .csv)
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            let period = try year.map { try parsePeriod($0) }
            let chosen = chosenFormat
            let (dataset, cluster) = try data.load(year: year)
            if let period, !dataset.observations.contains(where: { $0.period == period }) {
                let have = dataset.periods.map(\.description).joined(separator: ", ")
                throw InputError(file: "--year", message: "no figures for \(period); periods in the data: \(have.isEmpty ? "none" : have)")
            }
            let report = try SummaryReport(dataset: dataset, cluster: cluster, period: period, language: data.lang)
            let text: String
            switch chosen {
            case .csv: text = report.csv(style: spreadsheet.style(data.lang))
            case .json: text = report.json()
            case .table: text = report.table(catalog: dataset.catalog, language: data.lang)
            }
            try OutputDestination.write(spreadsheet.bytes(text), to: output, inputs: data.files)
        }
    }
}
