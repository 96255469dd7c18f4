import CoopTestSupport
import Foundation
import Testing

/// The cases of "results a cluster can defend", each through the real binary on files written the way
/// an office writes them: either the right answer, or an error naming the reason and nothing written.
@Suite struct DefensibleResultsCLITests {
    typealias CLI = CoopchartProcess

    /// A cluster's two years of figures (Vietnamese headers, semicolons, decimal commas) and its scheme.
    static let files: [String: String] = [
        "so-lieu.csv": """
        Tỉnh;Năm;Chỉ tiêu;Giá trị;Nguồn
        Hà Nam;2022;new_htx;10;BC số 12/BC-LMHTX
        Nam Định;2022;new_htx;14;BC số 12/BC-LMHTX
        Ninh Bình;2022;new_htx;9;BC số 12/BC-LMHTX
        Hà Nam;2023;new_htx;khoảng 38;BC số 125/BC-LMHTX
        Nam Định;2023;new_htx;25;BC số 125/BC-LMHTX
        Ninh Bình;2023;new_htx;hơn 30;BC số 125/BC-LMHTX
        Hà Nam;2023;revenue_avg;1.250,5;BC số 125/BC-LMHTX
        Nam Định;2023;revenue_avg;980;BC số 125/BC-LMHTX
        Ninh Bình;2023;revenue_avg;1.100;BC số 125/BC-LMHTX
        """,
        "cum.yaml": "name: ba-tinh\ntitle: Cụm ba tỉnh\nyears: 2022-2023\nmembers: [Hà Nam, Nam Định, Ninh Bình]\n",
        "thang-diem.yaml": """
        title: "Chấm điểm thi đua"
        cluster: cum.yaml
        criteria:
          - {id: new, label: "HTX thành lập mới", indicator: new_htx, points: 60, method: minmax}
          - {id: revenue, label: "Doanh thu bình quân", indicator: revenue_avg, points: 40, method: proportional}
        adjustments:
          - {province: Hà Nam, points: 2, reason: "Đăng cai hội nghị cụm"}
        awards:
          - {ranks: "1", title: "Cờ thi đua"}
          - {ranks: "2-3", title: "Bằng khen"}
        """,
    ]

    func folder(_ extra: [String: String] = [:]) throws -> URL {
        try CLI.folder(Self.files.merging(extra) { _, new in new })
    }

    /// Whatever is in the folder besides the inputs: a refused command must leave nothing.
    func outputs(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { Self.files[$0] == nil }
    }

    // MARK: 1–2. No ranking without data

    @Test(arguments: ["rank", "report", "figures"])
    func aYearWithoutDataIsRefusedByEveryCommandThatRanks(command: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("so-lieu.csv").path, scheme = dir.appendingPathComponent("thang-diem.yaml").path
        var arguments = [command, data, "--scheme", scheme, "--year", "2024"]
        switch command {
        case "report": arguments += ["-o", dir.appendingPathComponent("out-report.pdf").path]
        case "figures": arguments += ["--out", dir.appendingPathComponent("out-figures").path]
        default: arguments += ["-o", dir.appendingPathComponent("out-ranking.csv").path]
        }
        let run = try CLI.run(arguments)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing to rank in 2024"), "\(run.stderr)")
        #expect(run.stderr.contains("the data has figures for 2022, 2023"))
        #expect(!run.stdout.contains("Cờ thi đua"))
        #expect(outputs(in: dir).isEmpty, "written: \(outputs(in: dir))")
    }

    @Test func aCriterionWithoutAnyFigureIsRefusedNamingItAndItsIndicator() throws {
        let dir = try folder(["thieu.yaml": Self.files["thang-diem.yaml"]!.replacingOccurrences(of: "indicator: revenue_avg", with: "indicator: profit_avg")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run([
            "rank", dir.appendingPathComponent("so-lieu.csv").path, "--scheme", dir.appendingPathComponent("thieu.yaml").path, "--year", "2023",
        ])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "thieu.yaml:5: criterion \"revenue\" (indicator profit_avg) has no value for any of the 3 provinces of cluster ba-tinh in 2023"),
            "\(run.stderr)")
        #expect(run.stderr.contains("profit_avg is in no file read"))
        #expect(run.stdout.isEmpty)
    }

    // MARK: 3. Estimates

    @Test func estimatesAreFlaggedMarkedAndExplained() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = ["rank", dir.appendingPathComponent("so-lieu.csv").path, "--scheme", dir.appendingPathComponent("thang-diem.yaml").path, "--year", "2023"]
        let csv = try CLI.run(base + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let haNam = try #require(csv.stdout.split(separator: "\n").first { $0.contains("Hà Nam") })
        #expect(haNam.contains("approx:new"))
        #expect(haNam.contains("Cờ thi đua"))
        #expect(csv.stdout.split(separator: "\n").first { $0.contains("Ninh Bình") }?.contains("bound:new") == true)
        let explained = try CLI.run(base + ["--explain", "ha nam"])
        #expect(explained.stdout.contains("Giá trị: new_htx ≈ 38 (khoảng, ước tính)"), "\(explained.stdout)")
        let table = try CLI.run(base)
        #expect(table.stdout.contains("≈60"))
        #expect(table.stdout.contains("Hà Nam (≈new)"))
    }

    @Test func theReportSaysThatTheWinnersPointsRestOnAnEstimate() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("out-report.pdf")
        let run = try CLI.run([
            "report", dir.appendingPathComponent("so-lieu.csv").path, "--scheme", dir.appendingPathComponent("thang-diem.yaml").path,
            "--year", "2023", "-o", pdf.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try ChildProcess.tool("pdftotext", [pdf.path, "-"])
        #expect(text.status == 0)
        let flat = text.output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Lưu ý: điểm của Hà Nam"), "\(flat.prefix(3000))")
    }

    // MARK: 5. The merger and clusters

    static let delta2017 = """
        province,year,indicator,value
        Ninh Bình,2024,htx,500
        Hà Nam,2024,htx,300
        Nam Định,2024,htx,450
        Thái Bình,2024,htx,470
        Vĩnh Phúc,2024,htx,560
        Bắc Ninh,2024,htx,390
        Hải Dương,2024,htx,430
        Hưng Yên,2024,htx,380
        Quảng Ninh,2024,htx,750
        Bắc Giang,2024,htx,900
        Hải Phòng,2024,htx,420
        Hòa Bình,2024,htx,310
        Phú Thọ,2024,htx,630
        """

    @Test func harmonizingThe2017ClusterIsRefusedUntilTheRestatementIsAccepted() throws {
        let dir = try CLI.folder(["delta.csv": Self.delta2017])
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("delta.csv").path
        let refused = try CLI.run(["summary", data, "--cluster", "dbsh-2017", "--harmonize", "--year", "2024", "--format", "csv"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("would bring in Hòa Bình, Bắc Giang, Phú Thọ, Hải Phòng, which were not members"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--restate-cluster"))
        #expect(refused.stdout.isEmpty)

        let plain = try CLI.run(["summary", data, "--cluster", "dbsh-2017", "--year", "2024", "--format", "csv"])
        #expect(plain.stdout.contains("htx,TOTAL,Cụm thi đua Đồng bằng sông Hồng,2024,4230,"), "\(plain.stdout)")

        let accepted = try CLI.run(["summary", data, "--cluster", "dbsh-2017", "--harmonize", "--restate-cluster", "--year", "2024", "--format", "csv"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stderr.contains("restated as the units in force from 2025-07-01; its figures now include Hòa Bình, Bắc Giang, Phú Thọ, Hải Phòng"))
        #expect(accepted.stdout.contains(",2024,6490,"), "\(accepted.stdout)")
    }

    @Test func aPreMergerClusterIsRefusedOnPostMergerData() throws {
        let dir = try CLI.folder([
            "2026.csv":
                "province,year,indicator,value\nNinh Bình,2026,new_htx,40\nBắc Ninh,2026,new_htx,52\nHưng Yên,2026,new_htx,31\nQuảng Ninh,2026,new_htx,20\nHải Phòng,2026,new_htx,18\nPhú Thọ,2026,new_htx,25\n",
            "cum-cu.yaml":
                "name: dbsh\ntitle: Cụm ĐBSH\nmembers: [Ninh Bình, Hà Nam, Nam Định, Thái Bình, Vĩnh Phúc, Bắc Ninh, Hải Dương, Hưng Yên, Quảng Ninh]\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.png")
        let run = try CLI.run([
            "chart", "bar", dir.appendingPathComponent("2026.csv").path, "--cluster", dir.appendingPathComponent("cum-cu.yaml").path,
            "--indicator", "new_htx", "--year", "2026", "-o", out.path,
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cluster dbsh does not fit 2026"), "\(run.stderr)")
        #expect(run.stderr.contains("Vĩnh Phúc, Hải Dương"))
        #expect(run.stderr.contains("Bắc Giang"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: ["summary", "validate", "chart"])
    func aUnitAndItsSuccessorForTheWholeOf2025AreAnError(command: String) throws {
        let dir = try CLI.folder(["2025.csv": "Tỉnh,Năm,Chỉ tiêu,Giá trị\nThái Bình,2025,new_htx,12\nHưng Yên,2025,new_htx,30\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("2025.csv").path
        let arguments: [String]
        switch command {
        case "chart": arguments = ["chart", "bar", data, "--indicator", "new_htx", "--year", "2025", "-o", dir.appendingPathComponent("out.png").path]
        default: arguments = [command, data]
        }
        let run = try CLI.run(arguments)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("2025.csv:2: province: Thái Bình new_htx 2025 (here) and Hưng Yên (33, from 2025-07-01) new_htx 2025 (at "), "\(run.stderr)")
        #expect(run.stderr.contains("2025.csv:3) overlap"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.png").path))
    }

    // MARK: 6. harmonize writes a data file

    @Test func harmonizeThenSummaryEqualsSummaryHarmonize() throws {
        let dir = try CLI.folder(["delta.csv": Self.delta2017 + "\nHưng Yên,2026,htx,~900\nBắc Ninh,2026,htx,1300\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("delta.csv").path, harmonized = dir.appendingPathComponent("harmonized.csv").path
        let write = try CLI.run(["harmonize", data, "--to", "2025-07-01", "-o", harmonized])
        #expect(write.status == 0, "\(write.stderr)")
        let direct = try CLI.run(["summary", data, "--harmonize", "--format", "csv"])
        let viaFile = try CLI.run(["summary", harmonized, "--format", "csv"])
        #expect(direct.status == 0 && viaFile.status == 0, "\(direct.stderr)\(viaFile.stderr)")
        #expect(viaFile.stdout == direct.stdout)
        #expect(viaFile.stdout.contains("htx,24,Bắc Ninh,2024,1290,exact"), "\(viaFile.stdout)")
    }
}
