import Foundation
import ArgumentParser
import CoopAnalytics

enum RankOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Where `rank` writes and in which format: stdout, or a file whose extension sets the format.
struct RankOutput {
    let path: String?
    let format: RankOutputFormat

    static let imageExtensions: Set<String> = ["png", "pdf", "svg", "eps"]

    init(path: String?, format: RankOutputFormat?, explaining: Bool) throws {
        self.path = path
        guard let path else {
            self.format = format ?? .table
            return
        }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let implied: RankOutputFormat
        switch ext {
        case "csv": implied = .csv
        case "json": implied = .json
        case "txt": implied = .table
        case _ where Self.imageExtensions.contains(ext):
            throw InputError(file: path, message: "drawn scorecards come with the chart catalog; use .csv, .json or .txt")
        default:
            throw InputError(file: path, message: "unknown output extension \".\(ext)\"; use .csv, .json or .txt")
        }
        if let format, format != implied {
            throw ValidationError("--format \(format.rawValue) does not match the extension of \(path); drop --format or change the extension")
        }
        if explaining && implied == .csv {
            throw ValidationError("--explain writes text or JSON; use a .txt or .json output")
        }
        self.format = implied
    }

    /// Prints, or writes the file atomically. A CSV file gets a UTF-8 BOM: without it Excel
    /// reads the file as a legacy code page and garbles Vietnamese. Stdout never gets one.
    func write(_ text: String, inputs: [String]) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        let bytes = (format == .csv ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        try AtomicFile.write(bytes, to: path, inputs: inputs)
    }
}
