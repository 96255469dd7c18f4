import Foundation
import Testing

/// Workbooks on the commands people run: the same answers as from the CSV that holds the same figures,
/// errors at the cell, and nothing written when a workbook cannot be read.
@Suite struct WorkbookCLITests {
    static let script = CoopchartProcess.packageRoot.appendingPathComponent("Tests/Workbooks/make_workbooks.py").path

    /// The workbooks of Tests/Workbooks/make_workbooks.py, written once for this suite.
    static let fixtures: Result<URL, CLIFixtureError> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-cli-workbooks-\(UUID().uuidString)")
        return python([script, folder.path]).map { folder }
    }()

    static func python(_ arguments: [String]) -> Result<Void, CLIFixtureError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(CLIFixtureError(reason: "python3 cannot run: \(error); run scripts/install-deps.sh")) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? .success(()) : .failure(CLIFixtureError(reason: "make_workbooks.py failed: \(message)"))
    }

    func path(_ name: String) throws -> String { try Self.fixtures.get().appendingPathComponent(name).path }

    func run(_ arguments: [String]) throws -> CoopchartProcess.Result { try CoopchartProcess.run(arguments) }

    @Test func summaryOfAWorkbookEqualsTheSummaryOfItsCSV() throws {
        let csv = try run(["summary", try path("clean.csv"), "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        for name in ["long.xlsx", "long.ods", "long.xls"] {
            let workbook = try run(["summary", try path(name), "--format", "csv"])
            #expect(workbook.status == 0, "\(workbook.stderr)")
            #expect(workbook.stdout == csv.stdout, "\(name)")
        }
    }

    @Test func anOfficeTableWithoutAYearColumnReadsWithYear() throws {
        let csv = try run(["summary", try path("gso.csv"), "--year", "2023", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.contains("htx,01,Hà Nội,2023,2210,exact"))
        for name in ["gso.xlsx", "gso.ods", "gso.xls"] {
            let workbook = try run(["summary", try path(name), "--year", "2023", "--format", "csv"])
            #expect(workbook.stdout == csv.stdout, "\(name): \(workbook.stderr)")
        }
    }

    @Test func aTitleNamingOnePeriodGivesTheTableItsPeriodAndValidateSaysSo() throws {
        let result = try run(["summary", try path("gso.xlsx"), "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("htx,01,Hà Nội,2023,2210,exact"))
        let validate = try run(["validate", try path("gso.xlsx")])
        #expect(validate.stderr.contains("period 2023 from the title \"SỐ LƯỢNG HỢP TÁC XÃ, THÀNH VIÊN VÀ DOANH THU NĂM 2023\""), "\(validate.stderr)")
    }

    @Test func aChartFromAWorkbookIsTheChartFromTheCSV() throws {
        let out = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let fromCSV = out.appendingPathComponent("csv.svg").path, fromWorkbook = out.appendingPathComponent("xlsx.svg").path
        let first = try run(["chart", "column", try path("clean.csv"), "--indicator", "new_htx", "--year", "2022", "-o", fromCSV])
        let second = try run(["chart", "column", try path("years.xlsx"), "--indicator", "new_htx", "--year", "2022", "-o", fromWorkbook])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: fromCSV)) == Data(contentsOf: URL(fileURLWithPath: fromWorkbook)))
    }

    @Test func rankAndReportReadTheSamplesAsAWorkbook() throws {
        let out = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        var workbooks: [String] = []
        for sample in ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"] {
            let workbook = out.appendingPathComponent(sample.replacingOccurrences(of: ".csv", with: ".xlsx")).path
            try Self.python([Self.script, "--from-csv", CoopchartProcess.samples.appendingPathComponent(sample).path, workbook]).get()
            workbooks.append(workbook)
        }
        let scheme = CoopchartProcess.samples.appendingPathComponent("scheme-dbsh-2017.yaml").path
        let csvs = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"].map { CoopchartProcess.samples.appendingPathComponent($0).path }
        let fromCSV = try run(["rank"] + csvs + ["--scheme", scheme, "--format", "csv"])
        let fromWorkbook = try run(["rank"] + workbooks + ["--scheme", scheme, "--format", "csv"])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        #expect(fromWorkbook.stdout == fromCSV.stdout)
        let report = out.appendingPathComponent("report.pdf").path
        let reported = try run(["report"] + workbooks + ["--scheme", scheme, "--year", "2017", "-o", report])
        #expect(reported.status == 0, "\(reported.stderr)")
        #expect(FileManager.default.fileExists(atPath: report))
    }

    @Test func validateTellsHowEachSheetAndMarkerWasRead() throws {
        let result = try run(["validate", try path("markers.xlsx")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("markers.xlsx:Biểu 02: read as a wide table (one indicator per column); header row 1, 7 data rows, 0 total rows"),
            "\(result.stderr)")
        #expect(result.stderr.contains("note: \"-\" no occurrence (GSO \"-\"): read as 0, in 1 cell: \(try path("markers.xlsx")):Biểu 02!D2"))
        #expect(result.stderr.contains("note: \"3 tỷ đồng\" \"tỷ đồng\" read in triệu đồng/HTX"))
        #expect(result.stdout.hasPrefix("no errors"))
    }

    @Test func sheetLimitsTheSheetsRead() throws {
        let result = try run(["summary", try path("cells-1904.xlsx"), "--sheet", "Quảng Ninh", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("htx,22,Quảng Ninh,2023,463"))
        #expect(!result.stdout.contains("Hà Nội"))
    }

    @Test func aBadCellStopsTheRunAtItsCellAndWritesNothing() throws {
        let out = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["summary", try path("bao-cao.xlsx"), "--year", "2023", "-o", out.appendingPathComponent("s.csv").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(try path("bao-cao.xlsx")):Biểu 01!D8: members: \"12a\" is not a number"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test(arguments: [
        ("zip-bomb.xlsx", "inflates to more than 300 MB"), ("xxe.xlsx", "declares a document type"),
        ("encrypted.xlsx", "password-protected (encrypted) workbook"), ("csv-named.xlsx", "named like a workbook"),
        ("truncated.xlsx", "cannot be read"), ("huge.ods", "more than 20000000 cells"),
    ])
    func hostileFilesAreClearErrors(_ name: String, _ words: String) throws {
        let out = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["summary", try path(name), "--year", "2023", "-o", out.appendingPathComponent("s.csv").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(try path(name)), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}

struct CLIFixtureError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
