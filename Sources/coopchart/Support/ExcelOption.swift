import ArgumentParser
import CoopAnalytics
import CoopFormatting

/// `--excel` and `--csv-style`, shared by every command that writes CSV.
///
/// `--excel` writes CSV that Excel opens straight into columns: a UTF-8 byte-order mark (without it
/// Excel reads the file in the computer's legacy code page and garbles every Vietnamese letter), and
/// the separator and decimal mark of the output language's regional settings: Vietnamese `;` and a
/// decimal comma, English `,` and a decimal point. `--csv-style` chooses the style explicitly. Plain
/// CSV (neither option) is RFC 4180 for scripts.
struct ExcelOption: ParsableArguments {
    @Flag(help: "CSV for Excel: a UTF-8 byte-order mark, and the separator and decimal mark of --lang (vi: \";\" and 46,5; en: \",\" and 46.5).")
    var excel = false

    @Option(
        name: .customLong("csv-style"),
        help: ArgumentHelp(
            "The CSV's separator and decimal mark: vi (\";\", 46,5 — Excel with Vietnamese settings), en (\",\", 46.5 — Excel with English settings), rfc4180 (\",\", 46.5, no byte-order mark; the default without --excel).",
            valueName: "vi|en|rfc4180"))
    var csvStyle: CSVStyleChoice?

    /// Refuses `--excel` and `--csv-style` when the output is not CSV.
    func check(isCSV: Bool) throws {
        if excel && !isCSV { throw ValidationError("--excel applies to CSV output only; add --format csv (or write to a .csv file), or drop --excel") }
        if let csvStyle, !isCSV {
            throw ValidationError(
                "--csv-style \(csvStyle.rawValue) applies to CSV output only; add --format csv (or write to a .csv file), or drop --csv-style")
        }
    }

    /// The style: `--csv-style`, else the Excel style of `language` with `--excel`, else RFC 4180.
    func style(_ language: Language) -> CSVStyle {
        if let csvStyle { return csvStyle.style }
        return excel ? .excel(language) : .rfc4180
    }

    /// True when the output starts with a byte-order mark: `--excel`, or an Excel style chosen by name.
    var wantsByteOrderMark: Bool { excel || (csvStyle != nil && csvStyle != .rfc4180) }

    /// The output's bytes, with the mark when asked for.
    func bytes(_ text: String) -> [UInt8] {
        (wantsByteOrderMark ? UTF8.byteOrderMark : []) + Array(text.utf8)
    }
}

enum CSVStyleChoice: String, ExpressibleByArgument, CaseIterable {
    case vi, en, rfc4180

    var style: CSVStyle { CSVStyle(name: rawValue)! }
}
