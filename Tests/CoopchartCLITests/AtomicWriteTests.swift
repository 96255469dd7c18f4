import Foundation
import Testing

/// Outputs are whole or absent: refused over an input, a clear error for a missing, unwritable or
/// full destination, and no temporary file left behind.
@Suite struct AtomicWriteTests {
    let sample = "samples/dbsh-2017.csv"

    @Test func anOutputThatIsAnInputIsRefusedAndTheInputIsUntouched() throws {
        let folder = try CoopchartProcess.folder(["d.csv": "province,year,indicator,value\nHà Nam,2017,htx,289\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("d.csv").path
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let run = try CoopchartProcess.run(["summary", input, "--format", "csv", "-o", folder.path + "/./d.csv"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the output path is also an input file"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["d.csv"])
    }

    @Test func aMissingFolderIsAClearError() throws {
        let run = try CoopchartProcess.run(["summary", sample, "-o", "/nonexistent-coopchart/s.csv"])
        #expect(run.status == 1)
        #expect(run.stderr == "/nonexistent-coopchart/s.csv: the folder /nonexistent-coopchart does not exist; create it first or choose another output path\n")
    }

    @Test func aFolderThatCannotBeWrittenIsAClearError() throws {
        // /proc refuses new files even to root.
        let run = try CoopchartProcess.run(["summary", sample, "-o", "/proc/coopchart-summary.csv"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("/proc/coopchart-summary.csv: cannot write in /proc ("))
        #expect(run.stderr.contains("choose a folder you can write to"))
    }

    @Test func aFullDiskIsAClearErrorAndTheDeviceStays() throws {
        let run = try CoopchartProcess.run(["summary", sample, "--format", "csv", "-o", "/dev/full"])
        #expect(run.status == 1)
        #expect(run.stderr == "/dev/full: writing failed (No space left on device); the disk is full; free some space or write elsewhere; nothing was written\n")
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "/dev/full must stay a device")
    }

    @Test func aChartThroughALinkToAFullDiskLeavesNothingBehind() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("chart.png").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/full")
        let run = try CoopchartProcess.run(["chart", "bar", sample, "--indicator", "new_htx", "--year", "2017", "-o", link])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(link): writing failed (No space left on device)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["chart.png"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/full")
    }

    @Test func aLinkedOutputReplacesTheFileItPointsTo() throws {
        let folder = try CoopchartProcess.folder(["old.csv": "old\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "old.csv")
        let run = try CoopchartProcess.run(["summary", sample, "--year", "2017", "-o", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "old.csv")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("old.csv").path, encoding: .utf8).hasPrefix("indicator,code,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["latest.csv", "old.csv"])
    }

    @Test func everyWritingCommandLeavesOnlyItsOutputs() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"]
        let scheme = ["--scheme", "samples/scheme-dbsh-2017.yaml"]
        let runs: [[String]] = [
            ["chart", "bar", sample, "--indicator", "new_htx", "--year", "2017", "-o", folder.path + "/bar.svg"],
            ["rank"] + data + scheme + ["-o", folder.path + "/ranking.csv"],
            ["summary", sample, "--year", "2017", "-o", folder.path + "/summary.csv"],
            ["harmonize", sample, "--to", "2025-07-01", "-o", folder.path + "/harmonized.csv"],
            ["figures"] + data + scheme + ["--formats", "svg", "--out", folder.path + "/figures"],
        ]
        for arguments in runs {
            let run = try CoopchartProcess.run(arguments)
            #expect(run.status == 0, "\(arguments[0]): \(run.stderr)")
        }
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        #expect(!all.isEmpty)
        let leftovers = all.filter { path in path.hasSuffix(".tmp") || (path.split(separator: "/").last.map { $0.hasPrefix(".") } ?? false) }
        #expect(leftovers.isEmpty, "\(all)")
        #expect(all.contains("figures/figures.tex"))
    }
}

/// CSV opened by Excel: formulas neutralised, Vietnamese intact with --excel.
@Suite struct SpreadsheetSafetyTests {
    @Test func excelPutsAByteOrderMarkOnEveryCSVCommand() throws {
        for arguments in [["summary", "samples/dbsh-2017.csv", "--format", "csv", "--excel"],
                          ["harmonize", "samples/dbsh-2017.csv", "--to", "2025-07-01", "--excel"],
                          ["provinces", "--format", "csv", "--excel"],
                          ["rank", "samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "--scheme", "samples/scheme-dbsh-2017.yaml", "--format", "csv", "--excel"]] {
            let run = try CoopchartProcess.run(arguments)
            #expect(run.status == 0, "\(arguments[0]): \(run.stderr)")
            #expect(run.stdout.unicodeScalars.first == "\u{FEFF}", "\(arguments[0])")
            #expect(run.stdout.contains("Ninh Bình") || run.stdout.contains("Quảng Ninh"), "\(arguments[0])")
        }
    }

    @Test func withoutExcelStdoutHasNoByteOrderMark() throws {
        let run = try CoopchartProcess.run(["summary", "samples/dbsh-2017.csv", "--format", "csv"])
        #expect(run.stdout.hasPrefix("indicator,"))
    }

    @Test func anAwardTitleThatLooksLikeAFormulaIsNeutralised() throws {
        let scheme = "title: x\nyear: 2017\ncriteria:\n  - {id: new, indicator: new_htx, points: 30, method: minmax}\n"
            + "awards:\n  - {ranks: \"1\", title: \"=HYPERLINK(1)\"}\n  - {ranks: \"2\", title: \"@SUM(1)\"}\n  - {ranks: \"3\", title: \"-2+3\"}\n"
        let folder = try CoopchartProcess.folder(["s.yaml": scheme])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CoopchartProcess.run(["rank", "samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "--scheme",
                                            folder.appendingPathComponent("s.yaml").path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(",'=HYPERLINK(1),"))
        #expect(run.stdout.contains(",'@SUM(1),"))
        #expect(run.stdout.contains(",'-2+3,"))
        #expect(!run.stdout.contains(",=HYPERLINK"))
    }
}
