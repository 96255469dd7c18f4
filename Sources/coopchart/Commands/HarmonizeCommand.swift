import ArgumentParser
import CoopAnalytics
import CoopService
import CoopFormatting
import CoopSpreadsheets

enum HarmonizeFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
}

struct HarmonizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harmonize",
        abstract: "Re-aggregate provinces that ended on 30 June 2025 into the units they merged into.",
        discussion: """
            On 1 July 2025 52 provinces merged into 23 (Resolution 202/2025/QH15): Ninh Bình 37 is now \
            Ninh Bình + Hà Nam + Nam Định, Hưng Yên 33 is Hưng Yên + Thái Bình, Hải Phòng 31 is Hải Phòng \
            + Hải Dương… This command rewrites every figure of an ended province under its successor, so \
            years before and after the merger compare. Each indicator follows its aggregation rule: counts \
            are summed; averages and shares are recomputed with their weights (revenue_avg = Σ revenue_avg × \
            htx / Σ htx); an indicator with aggregation none is refused. A new unit whose old units are not \
            all in the data gets a note on stderr (its counts are then lower bounds).

            Output CSV columns: code,province,period,indicator,value (plain numbers); it is the data file \
            every command reads back. -o FILE.xlsx writes the same figures as a workbook for people \
            (numbers as numbers, ≈ > < shown, header frozen, --lang headers). --excel writes CSV for Excel \
            in the --lang style. \
            `summary`, `chart` and `rank` do the same with --harmonize.

            Examples:
              coopchart harmonize samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --to 2025-07-01
              coopchart harmonize reports/*.csv --to 2025-07-01 --format csv -o harmonized.csv
              coopchart harmonize bao-cao-2024.xlsx bao-cao-2025.xlsx --year-of bao-cao-2024.xlsx=2024 --year-of bao-cao-2025.xlsx=2025 --to 2025-07-01
            """
    )

    @OptionGroup var input: InputOptions

    @Option(
        help: ArgumentHelp("The date whose provinces the figures are carried into (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY), e.g. 2025-07-01.", valueName: "DATE"))
    var to: String

    @Option(
        help: ArgumentHelp(
            "The period of tables that name none (no year column, no year in a header, the sheet's name or the title): 2023 or 2023-H1; --year-of FILE=PERIOD gives one file's.",
            valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("Output format.", valueName: "csv"))
    var format: HarmonizeFormat = .csv

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "OUT"))
    var output: String?

    @Flag(
        name: .customLong("restate-cluster"),
        help: "Accept that restating --cluster as the new units brings in units that were never members; the note names them.")
    var restateCluster = false

    @Option(
        help: ArgumentHelp(
            "Language of the output: with --excel, the CSV style (vi: \";\" and 46,5; en: \",\" and 46.5); in a .xlsx file, the headers.", valueName: "vi|en"))
    var lang: Language = .vi

    @OptionGroup var spreadsheet: ExcelOption

    @OptionGroup var overwrite: OverwriteOption

    func run() throws {
        try Diagnostics.reportingErrors {
            try OfficeOutput.refuseForeign(output, accepted: ["xlsx"], command: "harmonize", writes: "a data file as CSV (.csv) or a workbook (.xlsx)")
            let date = try DateOption.read(to, option: "--to")
            let dataset = try input.reader(year: year).read(files: input.files)
            InputOptions.tellReadingWarnings(dataset)
            try MergerOverlap.check(dataset)
            let cluster = try input.resolvedCluster(registry: dataset.registry)
            let restated = try cluster.map { cluster in
                let restated = try DataScope.restate(cluster, to: date, registry: dataset.registry, accept: restateCluster, otherwise: .cluster)
                Diagnostics.notes(restated.notes)
                return restated.cluster
            }
            let result = try Harmonizer.harmonize(dataset, to: date)
            for note in result.notes(about: restated?.members) { Diagnostics.note("note: " + note) }
            var harmonized = result.dataset
            if let restated { harmonized = InputOptions.restrict(harmonized, to: restated) }
            if let output, OfficeOutput.hasExtension(output, "xlsx") {
                let table = OfficeTables.harmonized(harmonized, harmonizedTo: date, language: lang)
                let created = try OfficeOutput.sourceDateEpoch()
                try AtomicFile.write(
                    try OfficeOutput.workbook(for: output) { () throws(SpreadsheetError) in
                        try TableWorkbook.bytes(table, created: created)
                    }, to: output, inputs: input.files, force: overwrite.force)
                return
            }
            try OutputDestination.write(
                spreadsheet.bytes(HarmonizedTable.csv(harmonized, harmonizedTo: date, style: spreadsheet.style(lang))), to: output, inputs: input.files,
                force: overwrite.force)
        }
    }
}
