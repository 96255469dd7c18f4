import CoopTestSupport
import Foundation
import Testing

/// Reading office tables on the commands people run: per-file periods, what is hidden, no dead ends,
/// and the generated-tables property.
@Suite struct ReadingCLITests {
    func run(_ arguments: [String]) throws -> CoopchartProcess.Result { try CoopchartProcess.run(arguments) }

    /// Two yearly reports whose tables name no period, as offices send them.
    static let yearly = [
        "bc-2022.csv": "STT,Tỉnh,Số HTX,Số thành viên\n1,Hà Nam,280,24000\n2,Nam Định,700,51000\n",
        "bc-2023.csv": "STT,Tỉnh,Số HTX,Số thành viên\n1,Hà Nam,289,25000\n2,Nam Định,735,52000\n",
    ]

    @Test func yearOfGivesEachFileItsPeriodSoYearlyReportsReadTogether() throws {
        let folder = try CoopchartProcess.folder(Self.yearly)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["bc-2022.csv", "bc-2023.csv"].map { folder.appendingPathComponent($0).path }
        let result = try run(["summary"] + files + ["--year-of", "\(files[0])=2022", "--year-of", "bc-2023.csv=2023", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("htx,35,Hà Nam,2022,280,exact"))
        #expect(result.stdout.contains("htx,35,Hà Nam,2023,289,exact"))
        // Without a period, the message names both ways to give one, each an option of this command.
        let without = try run(["summary"] + files)
        #expect(without.status == 1)
        #expect(
            without.stderr.contains("give it with --year-of \(files[0])=2023 for this file, or --year 2023 for every file that names no period"),
            "\(without.stderr)")
        // A file --year-of names must be one of the data files.
        let wrong = try run(["summary"] + files + ["--year-of", "bc-2021.csv=2021"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasPrefix("--year-of: \"bc-2021.csv\" is not one of the data files"), "\(wrong.stderr)")
    }

    @Test func harmonizeAndEveryChartKindTakeYearForTablesThatNameNone() throws {
        let folder = try CoopchartProcess.folder(Self.yearly)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bc-2023.csv").path
        let harmonized = try run(["harmonize", file, "--year", "2023", "--to", "2025-07-01"])
        #expect(harmonized.status == 0, "\(harmonized.stderr)")
        #expect(harmonized.stdout.contains("Ninh Bình,2023,htx,1024"), "\(harmonized.stdout)")
        let out = folder.appendingPathComponent("line.svg").path
        let line = try run(["chart", "line", file, "--indicator", "htx", "--years", "2023", "--year", "2023", "-o", out])
        #expect(line.status == 0, "\(line.stderr)")
        let grouped = try run([
            "chart", "grouped", file, "--indicator", "htx", "--indicator", "members", "--years", "2023", "--year", "2023",
            "-o", folder.appendingPathComponent("grouped.svg").path,
        ])
        #expect(grouped.status == 0, "\(grouped.stderr)")
    }

    @Test func aSchemesYearIsThePeriodOfTablesThatNameNone() throws {
        let folder = try CoopchartProcess.folder(
            Self.yearly.merging([
                "scheme.yaml": "title: Thử\nyear: 2023\ncriteria:\n  - {id: htx, label: Số HTX, indicator: htx, points: 10, method: minmax}\n"
            ]) { a, _ in a })
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([
            "rank", folder.appendingPathComponent("bc-2023.csv").path, "--scheme", folder.appendingPathComponent("scheme.yaml").path,
            "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Nam Định"))
    }

    @Test func hiddenRowsAreToldOnEveryCommandAndVisibleOnlyLeavesThemOut() throws {
        let fixtures = try WorkbookCLITests.fixtures.get()
        let file = fixtures.appendingPathComponent("hidden-rows.xlsx").path
        let all = try run(["summary", file, "--format", "csv"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(
            all.stderr.contains(
                "rows 5, 7 (Bắc Giang, Hòa Bình) are hidden or filtered out in the sheet, and were read like the rows shown; give --visible-only"),
            "\(all.stderr)")
        #expect(all.stdout.contains("Bắc Giang"))
        let visible = try run(["summary", file, "--format", "csv", "--visible-only"])
        #expect(visible.status == 0, "\(visible.stderr)")
        #expect(!visible.stdout.contains("Bắc Giang") && !visible.stdout.contains("Hòa Bình"))
        #expect(visible.stdout.contains("Thái Bình"))
    }

    @Test func validatePrintsTheStagesOfEveryTable() throws {
        let fixtures = try WorkbookCLITests.fixtures.get()
        let result = try run(["validate", fixtures.appendingPathComponent("bieu-01.xlsx").path])
        #expect(result.status == 0, "\(result.stderr)")
        for stage in [
            "note:   cells: ", "note:   rows: title rows 1–2; header rows 4–5; column numbers row 6; total row 7 (\"TỔNG SỐ\")",
            "heading rows 8, 12", "province without figures (not reported) row 13 (\"Bắc Cạn\")", "note:   headers: B province",
            "C htx \"Hợp tác xã › Tổng số HTX\"", "D new_htx \"Hợp tác xã › Số HTX thành lập mới\"", "note:   figures: ",
        ] {
            #expect(result.stderr.contains(stage), "\(stage)\n\(result.stderr)")
        }
    }

    /// The property of issue 22 over generated office tables: every table read exactly, or refused at a
    /// cell the generator made unreadable; never exit 0 with another figure. 200 seeds here (about two
    /// minutes), thousands in `scripts/generated-tables.sh`; and every kept failure.
    @Test func generatedOfficeTablesAreReadExactlyOrRefusedAtTheirCell() throws {
        let binary = try #require(CoopchartProcess.binary)
        let script = CoopchartProcess.packageRoot.appendingPathComponent("Tests/Workbooks/generated_tables.py").path
        let run = try ChildProcess.tool("python3", [script, "--coopchart", binary.path, "--seeds", "1-200"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.contains("200 passed, 0 failed"), "\(run.output)")
        let kept = CoopchartProcess.packageRoot.appendingPathComponent("Tests/Workbooks/Generated").path
        if FileManager.default.fileExists(atPath: kept) {
            let fixtures = try ChildProcess.tool("python3", [script, "--coopchart", binary.path, "--fixtures", kept])
            #expect(fixtures.status == 0, "\(fixtures.output)\(fixtures.errors)")
        }
    }
}
