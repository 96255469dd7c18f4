import ArgumentParser
import CoopAnalytics
import CoopFormatting

enum ProvincesFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv
}

struct ProvincesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provinces",
        abstract: "List the province registry: codes, names, validity and successors.",
        discussion: """
            The registry holds the 63 provinces in force until 30 June 2025 and the 34 in force from \
            1 July 2025, each with the dates it was valid and, for a unit that ended, the code of the unit \
            it merged into. A code can change meaning: 24 was Bắc Giang and is now Bắc Ninh. Data files name \
            a province by its code or by its name (any case, with or without diacritics, with or without \
            "tỉnh"/"TP."), resolved at the date of the row's period.

            Examples:
              coopchart provinces
              coopchart provinces --at 2025-07-01
              coopchart provinces --at 30/6/2025
              coopchart provinces --at 2017-12-31 --format csv > provinces-2017.csv
            """
    )

    @Option(help: ArgumentHelp("Only the provinces in force on this date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).", valueName: "DATE"))
    var at: String?

    @Option(help: ArgumentHelp("Output format.", valueName: "table|csv"))
    var format: ProvincesFormat = .table

    @Option(help: ArgumentHelp("Language of the table's headers.", valueName: "vi|en"))
    var lang: Language = .vi

    @OptionGroup var spreadsheet: ExcelOption

    func validate() throws {
        try spreadsheet.check(isCSV: format == .csv)
    }

    func run() throws {
        try Diagnostics.reportingErrors {
            let registry = ProvinceRegistry.bundled
            var indices = Array(registry.provinces.indices)
            if let at {
                indices = registry.inForce(on: try DateOption.read(at, option: "--at"))
            }
            let text =
                format == .csv
                ? ProvinceListing.csv(registry, indices, style: spreadsheet.style(lang)) : ProvinceListing.table(registry, indices, language: lang)
            try OutputDestination.write(format == .csv ? spreadsheet.bytes(text) : Array(text.utf8), to: nil, inputs: [])
        }
    }
}
