import ArgumentParser
import CoopAnalytics
import CoopFormatting
import CoopSpreadsheets

extension CooperativeRegistryAggregator.Grouping: ExpressibleByArgument {}

struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Add up a cooperative registry (one row per cooperative) into province figures by year or half-year.",
        discussion: """
            The registry has one row per cooperative: id,name,province,kind,founded,dissolved,members,workers,revenue \
            (headers in English or Vietnamese, any order; kind is htx, tht, credit_fund or union; dates are \
            YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, day and month of one or two digits (1/7/2025), the year in \
            four digits; an empty dissolved cell means still active; revenue in million đồng). \
            The output is the long CSV of the data contract (province,year,indicator,value), ready for \
            summary, chart, rank, validate and harmonize:

              htx, tht, credit_funds, unions   active at the period's last day
              new_htx, new_tht, dissolved_htx  founded / dissolved within the period
              members, workers                 of the HTX active at the period's end (empty cells not counted)
              revenue_avg                      Σ revenue ÷ number of active HTX that report a revenue

            Each cooperative is placed in the province it was founded in, carried at every period's end to \
            the unit in force that day: one founded in Hà Nam in 2010 counts for Hà Nam in 2024 and for the \
            new Ninh Bình from 2025. The file is read in blocks, so memory stays flat however large it is. \
            Every bad row is reported in one run, each problem as FILE:LINE: field: message (the first 100, \
            then a count of the rest); the exit status is then 1 and nothing is written.

            Examples:
              coopchart aggregate registry.csv -o figures.csv
              coopchart aggregate registry.csv -o figures.xlsx          (a workbook, up to 1.048.575 figures)
              coopchart aggregate registry.csv --by half --from 2020 --to 2026 -o figures-by-half.csv
              coopchart aggregate registry.csv -o figures.csv && coopchart summary figures.csv --year 2026 --harmonize
            """
    )

    @Argument(help: ArgumentHelp("The registry (CSV, one row per cooperative).", valueName: "REGISTRY.csv"))
    var registry: String

    @Option(help: ArgumentHelp("Periods of the output: year (2024) or half (2024-H1, 2024-H2).", valueName: "year|half"))
    var by: CooperativeRegistryAggregator.Grouping = .year

    @Option(help: ArgumentHelp("First year written (default: the year of the first founding).", valueName: "YEAR"))
    var from: Int?

    @Option(help: ArgumentHelp("Last year written (default: the year of the last founding or dissolution).", valueName: "YEAR"))
    var to: Int?

    @OptionGroup var numbers: NumberStyleOption

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of stdout: CSV, or a workbook when it ends in .xlsx.", valueName: "OUT.csv|OUT.xlsx"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Language of the output: with --excel, the CSV style (vi: \";\" and 46,5; en: \",\" and 46.5); in a .xlsx file, the headers.", valueName: "vi|en"))
    var lang: Language = .vi

    @OptionGroup var spreadsheet: ExcelOption

    @OptionGroup var overwrite: OverwriteOption

    func validate() throws {
        for (name, year) in [("--from", from), ("--to", to)] {
            if let year, !Period.acceptedYears.contains(year) {
                throw ValidationError(
                    "\(name) \(year) is outside the years coopchart reads (\(Period.acceptedYears.lowerBound)–\(Period.acceptedYears.upperBound))")
            }
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to); give the earlier year first") }
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            try OfficeOutput.refuseForeign(output, accepted: ["xlsx"], command: "aggregate", writes: "a data file as CSV (.csv) or a workbook (.xlsx)")
            let aggregator = CooperativeRegistryAggregator(grouping: by, firstYear: from, lastYear: to, numberStyle: numbers.numberStyle)
            let figures = try aggregator.aggregate(file: registry)
            if let output, OfficeOutput.hasExtension(output, "xlsx") {
                let table = OfficeTables.registry(figures, language: lang)
                let created = try OfficeOutput.sourceDateEpoch()
                try AtomicFile.write(
                    try OfficeOutput.workbook(for: output) { () throws(SpreadsheetError) in
                        try TableWorkbook.bytes(table, created: created)
                    }, to: output, inputs: [registry], force: overwrite.force)
            } else {
                try OutputDestination.write(
                    spreadsheet.bytes(figures.csv(style: spreadsheet.style(lang))), to: output, inputs: [registry], force: overwrite.force)
            }
            if output != nil {
                Diagnostics.note("aggregated \(figures.cooperatives) cooperatives into \(figures.rows.count) figures")
            }
        }
    }
}
