import ArgumentParser

/// `--excel`, shared by every command that writes CSV: the output starts with a UTF-8 byte-order
/// mark. Without it Excel reads a CSV file in the computer's legacy code page and garbles every
/// Vietnamese letter; other programs skip the mark.
struct ExcelOption: ParsableArguments {
    @Flag(help: "Start the CSV with a UTF-8 byte-order mark so Excel shows Vietnamese letters correctly (file or stdout).")
    var excel = false

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Refuses `--excel` when the output is not CSV.
    func check(isCSV: Bool) throws {
        if excel && !isCSV { throw ValidationError("--excel applies to CSV output only; add --format csv (or write to a .csv file), or drop --excel") }
    }

    /// The output's bytes, with the mark when asked for.
    func bytes(_ text: String) -> [UInt8] {
        (excel ? Self.byteOrderMark : []) + Array(text.utf8)
    }
}
