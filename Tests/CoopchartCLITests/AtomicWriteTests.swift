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
        #expect(
            run.stderr == "/dev/full: writing failed (No space left on device); the disk is full; free some space or write elsewhere; nothing was written\n")
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

/// An existing output the user may not write is refused as `cp` refuses it, and left as it was, unless
/// `--force`. The rule holds for root too, whom the system lets write anything: a file or folder with
/// no write permission bit set is refused. So every test below means the same as root and as a user.
@Suite struct ReadOnlyOutputTests {
    let sample = "samples/dbsh-2017.csv"

    /// A folder holding `name` with `text`, made read-only (mode 0444).
    func readOnlyFile(_ name: String, _ text: String = "old\n") throws -> (folder: URL, path: String) {
        let folder = try CoopchartProcess.folder([name: text])
        let path = folder.appendingPathComponent(name).path
        #expect(chmod(path, 0o444) == 0)
        return (folder, path)
    }

    func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    @Test func aReadOnlyOutputIsRefusedAndLeftUnchanged() throws {
        let (folder, path) = try readOnlyFile("summary.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CoopchartProcess.run(["summary", sample, "--year", "2017", "-o", path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(path): cannot overwrite the existing file: permission denied (the file has mode r--r--r--"))
        #expect(run.stderr.hasSuffix("; it was left unchanged; add --force to replace it, or choose another output path\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(mode(path) == 0o444)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summary.csv"])
    }

    @Test func withForceAReadOnlyOutputIsReplacedAndKeepsItsMode() throws {
        let (folder, path) = try readOnlyFile("summary.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CoopchartProcess.run(["summary", sample, "--year", "2017", "-o", path, "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("indicator,code,"))
        #expect(mode(path) == 0o444)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summary.csv"])
    }

    @Test func aWritableOutputIsReplacedWithoutForce() throws {
        let folder = try CoopchartProcess.folder(["summary.csv": "old\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("summary.csv").path
        #expect(chmod(path, 0o640) == 0)
        let run = try CoopchartProcess.run(["summary", sample, "--year", "2017", "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("indicator,code,"))
        #expect(mode(path) == 0o640)
    }

    @Test func aReadOnlyFolderIsRefusedWithNothingLeftInIt() throws {
        let folder = try CoopchartProcess.folder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        #expect(chmod(folder.path, 0o555) == 0)
        let path = folder.appendingPathComponent("summary.csv").path
        let run = try CoopchartProcess.run(["summary", sample, "--year", "2017", "-o", path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(path): cannot write in \(folder.path) (permission denied (the folder has mode r-xr-xr-x"))
        #expect(run.stderr.contains("choose a folder you can write to"))
        #expect(run.stderr.hasSuffix("; nothing was written\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func oneReadOnlyFigureStopsFiguresBeforeAnyFileIsReplaced() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("figures").path
        let arguments = [
            "figures", "samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "--scheme", "samples/scheme-dbsh-2017.yaml",
            "--formats", "svg", "--out", out,
        ]
        #expect(try CoopchartProcess.run(arguments).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files.contains("figures.tex"))
        let protected = out + "/figures.tex"
        try Data("kept\n".utf8).write(to: URL(fileURLWithPath: protected))
        #expect(chmod(protected, 0o444) == 0)
        let others = files.filter { $0 != "figures.tex" }.map { out + "/" + $0 }
        for other in others { try Data("old\n".utf8).write(to: URL(fileURLWithPath: other)) }
        let refused = try CoopchartProcess.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(protected): cannot overwrite the existing file: permission denied"))
        #expect(try String(contentsOfFile: protected, encoding: .utf8) == "kept\n")
        for other in others { #expect(try String(contentsOfFile: other, encoding: .utf8) == "old\n", "\(other)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == files)
        let forced = try CoopchartProcess.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: protected, encoding: .utf8).contains("\\includegraphics"))
        for other in others { #expect(try Data(contentsOf: URL(fileURLWithPath: other)) != Data("old\n".utf8), "\(other)") }
    }

    /// Every command that writes a file refuses a read-only one and replaces it with --force.
    @Test func everyCommandThatWritesAFileHonoursForce() throws {
        let data = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"]
        let scheme = ["--scheme", "samples/scheme-dbsh-2017.yaml"]
        let registry = "province,kind,founded\nHà Nam,htx,2020-01-01\n"
        let commands: [(output: String, arguments: (String) -> [String])] = [
            ("bar.svg", { ["chart", "bar", self.sample, "--indicator", "new_htx", "--year", "2017", "-o", $0] }),
            ("column.svg", { ["chart", "column"] + data + ["--indicator", "htx", "--year", "2017", "-o", $0] }),
            ("line.svg", { ["chart", "line", "samples/dbsh-2015-2019-illustrative.csv", "--indicator", "new_htx", "--years", "2015-2019", "-o", $0] }),
            ("ranking.csv", { ["rank"] + data + scheme + ["-o", $0] }),
            ("scorecard.svg", { ["rank"] + data + scheme + ["-o", $0] }),
            ("report.pdf", { ["report"] + data + scheme + ["-o", $0] }),
            ("summary.csv", { ["summary", self.sample, "--year", "2017", "-o", $0] }),
            ("harmonized.csv", { ["harmonize", self.sample, "--to", "2025-07-01", "-o", $0] }),
            ("figures.csv", { ["aggregate", $0.replacingOccurrences(of: "figures.csv", with: "registry.csv"), "-o", $0] }),
            // demo passes --force on to each chart command it runs.
            ("column-htx-2017.svg", { ["demo", "-o", URL(fileURLWithPath: $0).deletingLastPathComponent().path, "--format", "svg", "--catalog-only"] }),
        ]
        for (name, arguments) in commands {
            let (folder, path) = try readOnlyFile(name)
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data(registry.utf8).write(to: folder.appendingPathComponent("registry.csv"))
            let refused = try CoopchartProcess.run(arguments(path))
            #expect(refused.status == 1, "\(name): \(refused.stderr)")
            #expect(refused.stderr.contains("\(path): cannot overwrite the existing file: permission denied"), "\(name): \(refused.stderr)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n", "\(name)")
            let forced = try CoopchartProcess.run(arguments(path) + ["--force"])
            #expect(forced.status == 0, "\(name): \(forced.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > 4, "\(name)")
            #expect(mode(path) == 0o444, "\(name)")
        }
    }
}

/// CSV opened by Excel: formulas neutralised, Vietnamese intact with --excel.
@Suite struct SpreadsheetSafetyTests {
    @Test func excelPutsAByteOrderMarkOnEveryCSVCommand() throws {
        for arguments in [
            ["summary", "samples/dbsh-2017.csv", "--format", "csv", "--excel"],
            ["harmonize", "samples/dbsh-2017.csv", "--to", "2025-07-01", "--excel"],
            ["provinces", "--format", "csv", "--excel"],
            ["rank", "samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "--scheme", "samples/scheme-dbsh-2017.yaml", "--format", "csv", "--excel"],
        ] {
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
        let scheme =
            "title: x\nyear: 2017\ncriteria:\n  - {id: new, indicator: new_htx, points: 30, method: minmax}\n"
            + "awards:\n  - {ranks: \"1\", title: \"=HYPERLINK(1)\"}\n  - {ranks: \"2\", title: \"@SUM(1)\"}\n  - {ranks: \"3\", title: \"-2+3\"}\n"
        let folder = try CoopchartProcess.folder(["s.yaml": scheme])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CoopchartProcess.run([
            "rank", "samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "--scheme",
            folder.appendingPathComponent("s.yaml").path, "--format", "csv",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(",'=HYPERLINK(1),"))
        #expect(run.stdout.contains(",'@SUM(1),"))
        #expect(run.stdout.contains(",'-2+3,"))
        #expect(!run.stdout.contains(",=HYPERLINK"))
    }
}
