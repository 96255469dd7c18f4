import Foundation
import Testing
@testable import CoopAnalytics

/// The workbooks the workbook tests read, written once per test run by Tests/Workbooks/make_workbooks.py
/// with maintained writers (XlsxWriter, odfpy, xlwt, openpyxl, msoffcrypto-tool), which
/// scripts/install-deps.sh installs.
enum WorkbookFixtures {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Workbooks/make_workbooks.py")

    /// The folder of workbooks, or why it could not be made.
    static let folder: Result<URL, WorkbookFixtureError> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-workbooks-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(WorkbookFixtureError(reason: "python3 cannot run (\(error)); run scripts/install-deps.sh"))
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(WorkbookFixtureError(reason: "make_workbooks.py failed (run scripts/install-deps.sh for its writers): \(message)"))
        }
        return .success(folder)
    }()

    static func path(_ name: String) throws -> String {
        try folder.get().appendingPathComponent(name).path
    }

    /// Reads workbooks and CSV files from the fixture folder as one dataset.
    static func read(_ names: [String], year: String? = nil, indicator: String? = nil, sheets: [String] = []) throws -> Dataset {
        try reader(year: year, indicator: indicator, sheets: sheets).read(files: names.map(path))
    }

    static func reader(year: String? = nil, indicator: String? = nil, sheets: [String] = []) -> DatasetReader {
        var reader = DatasetReader()
        reader.defaultPeriod = year.flatMap { Period(parsing: $0) }
        reader.defaultIndicator = indicator
        reader.sheets = sheets
        return reader
    }

    /// The error reading raises, as the user sees it, with the fixture folder left out of the path.
    static func error(_ names: [String], year: String? = nil, indicator: String? = nil, sheets: [String] = []) throws -> String? {
        let prefix = try folder.get().path + "/"
        do {
            _ = try read(names, year: year, indicator: indicator, sheets: sheets)
            return nil
        } catch {
            return String(describing: error).replacingOccurrences(of: prefix, with: "")
        }
    }

    /// Every figure as "province period indicator value", sorted, for comparing datasets.
    static func figures(_ dataset: Dataset) -> [String] {
        dataset.observations.map { "\(dataset.registry.provinces[$0.province].name) \($0.period) \($0.indicator) \(plain($0.value))\($0.qualifier.mark)" }
            .sorted()
    }

    static func totals(_ dataset: Dataset) -> [String] {
        dataset.clusterTotals.map { "\($0.label) \($0.period) \($0.indicator) \(plain($0.value))" }.sorted()
    }
}

struct WorkbookFixtureError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
