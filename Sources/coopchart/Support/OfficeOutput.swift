import Foundation
import CoopAnalytics
import CoopService
import CoopSpreadsheets

/// What the commands that write workbooks and Word documents share: the fixed creation time that
/// makes files reproducible, and turning a writer's failure into a `FILE: message` error.
enum OfficeOutput {
    /// SOURCE_DATE_EPOCH in seconds, when set: written as the document's creation time.
    static func sourceDateEpoch() throws -> Int? { try ReproducibleDate.epochSeconds() }

    /// True when `path` ends in `.ext` (any case).
    static func hasExtension(_ path: String?, _ ext: String) -> Bool {
        guard let path else { return false }
        return URL(fileURLWithPath: path).pathExtension.lowercased() == ext
    }

    /// Extensions of files a command may be asked for by mistake: pictures, documents, other spreadsheets.
    static let foreignExtensions: Set<String> = [
        "docx", "doc", "odt", "rtf", "xlsx", "xls", "xlsm", "ods", "pdf", "png", "svg", "eps",
        "jpg", "jpeg", "gif", "bmp", "html", "htm", "pptx",
    ]

    /// Refuses an output whose extension names a kind of file the command does not write, listing what it writes.
    static func refuseForeign(_ path: String?, accepted: Set<String>, command: String, writes: String) throws {
        guard let path else { return }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if foreignExtensions.contains(ext) && !accepted.contains(ext) {
            throw InputError(file: path, message: "`coopchart \(command)` does not write .\(ext) files; it writes \(writes)")
        }
    }

    /// Makes a workbook's bytes, naming the output file if libxlsxwriter fails.
    static func workbook(for path: String, _ make: () throws(SpreadsheetError) -> [UInt8]) throws -> [UInt8] {
        do {
            return try make()
        } catch {
            throw InputError(file: path, message: "writing the workbook failed: \(error.message); nothing was written")
        }
    }
}
