import Foundation
import ArgumentParser
import CoopAnalytics
import CoopFormatting
import CoopCharts

enum RankOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Where `rank` writes and in which format: stdout, or a file whose extension sets the format.
/// An image extension (.png, .pdf, .svg, .eps) draws the scorecard (or the robustness chart).
struct RankOutput {
    let path: String?
    let format: RankOutputFormat
    /// Set when the output is a drawing rather than text.
    let image: OutputFormat?
    /// True for a `.xlsx` output: the scorecard workbook with live formulas.
    var isWorkbook = false

    static let imageExtensions: Set<String> = ["png", "pdf", "svg", "eps"]

    /// `--excel`: the BOM on CSV written to stdout as well.
    let excel: Bool

    init(path: String?, format: RankOutputFormat?, explaining: Bool, excel: Bool = false) throws {
        self.path = path
        self.excel = excel
        guard let path else {
            self.format = format ?? .table
            self.image = nil
            return
        }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let implied: RankOutputFormat
        switch ext {
        case "csv": implied = .csv
        case "json": implied = .json
        case "txt": implied = .table
        case "xlsx":
            if explaining { throw ValidationError("--explain writes text or JSON; use a .txt or .json output") }
            if format != nil { throw ValidationError("--format does not apply to the scorecard workbook (\(path)); drop --format") }
            self.format = .table
            self.image = nil
            self.isWorkbook = true
            return
        case _ where Self.imageExtensions.contains(ext):
            if explaining { throw ValidationError("--explain writes text or JSON; use a .txt or .json output") }
            if format != nil { throw ValidationError("--format does not apply to a drawn scorecard (\(path)); drop --format") }
            self.format = .table
            self.image = OutputFormat(pathExtension: ext)
            return
        default:
            throw InputError(
                file: path,
                message:
                    "unknown output extension \".\(ext)\"; use .csv, .json or .txt, .xlsx for the scorecard workbook (live formulas), or .png, .pdf, .svg or .eps for the drawn scorecard"
            )
        }
        if let format, format != implied {
            throw ValidationError("--format \(format.rawValue) does not match the extension of \(path); drop --format or change the extension")
        }
        if explaining && implied == .csv {
            throw ValidationError("--explain writes text or JSON; use a .txt or .json output")
        }
        self.format = implied
        self.image = nil
    }

    /// Prints, or writes the file atomically. A CSV file gets a UTF-8 BOM: without it Excel
    /// reads the file as a legacy code page and garbles Vietnamese. Stdout gets one only with --excel.
    func write(_ text: String, inputs: [String], force: Bool = false) throws {
        let bom = format == .csv && (path != nil || excel)
        try OutputDestination.write((bom ? UTF8.byteOrderMark : []) + Array(text.utf8), to: path, inputs: inputs, force: force)
    }
}
