import CoopTestSupport
import Foundation
import Testing

/// `coopchart rank` run as users run it: the built binary, real sample files, stdout, stderr and exit status.
@Suite struct RankCLITests {
    let samples = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"]

    @Test func theSampleSchemeRanksTheClusterAsCSV() throws {
        let result = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "rank,code,province,total,new,plan,members_per_htx,funds,effective,adjustments,award,flags")
        #expect(lines.count == 10)
        // Bắc Ninh: new 30 × (35 − 4)/(86 − 4) = 11,34; plan 25 × 35/30 = 29,17; funds rank 6 of 9: 15 × 3/8 = 5,63.
        #expect(lines.contains { $0.hasPrefix("3,27,Bắc Ninh,58.94,11.34,29.17,") })
        #expect(lines[1].hasPrefix("1,22,Quảng Ninh,") && lines[1].contains(",Cờ thi đua,"))
    }

    @Test func explainShowsTheArithmetic() throws {
        let result = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "--explain", "bac ninh"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Điểm: 30 × (35 − 4) / (86 − 4) = 11,34"))
        #expect(result.stdout.contains("Điểm: 25 × min(35 / 30; 1,2) = 25 × 1,1667 = 29,17"))
    }

    @Test func sensitivityIsReproducibleForASeed() throws {
        let arguments = ["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "--sensitivity", "500", "--seed", "11", "--format", "csv"]
        let first = try RankCLI.run(arguments)
        let second = try RankCLI.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.hasPrefix("code,province,nominal_rank,median_rank,p5_rank,p95_rank,first_share\n"))
    }

    @Test func comparePreviousShowsTheChange() throws {
        let result = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-new-htx.yaml", "--compare-previous", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("rank,code,province,total,new,new_per_100,adjustments,award,flags,previous_rank,change\n"))
        #expect(result.stdout.contains(",6,↑1\n"))
    }

    @Test func aSchemeErrorIsReportedWithFileAndLine() throws {
        let folder = try RankCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scheme = folder.appendingPathComponent("bad.yaml").path
        try "title: x\nyear: 2017\ncriteria:\n  - id: a\n    indicator: new_htx\n    points: 10\n    method: best\n".write(
            toFile: scheme, atomically: true, encoding: .utf8)
        let result = try RankCLI.run(["rank"] + samples + ["--scheme", scheme])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(scheme):7: unknown method \"best\""))
    }

    @Test func csvOutputHasABOMAndAnImageExtensionDrawsTheScorecard() throws {
        let folder = try RankCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ranking.csv").path
        let written = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "-o", out])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("rank,code,province,total,".utf8)))
        let image = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "-o", folder.appendingPathComponent("r.pdf").path])
        #expect(image.status == 0, "\(image.stderr)")
        let text = try ChildProcess.tool("pdftotext", [folder.appendingPathComponent("r.pdf").path, "-"]).output
        #expect(text.contains("Chấm điểm thi đua Cụm ĐBSH năm 2017"))
        #expect(text.contains("74,1"))
        #expect(text.contains("Cờ thi đua"))
        let unknown = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "-o", folder.appendingPathComponent("r.ods").path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown output extension \".ods\""))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.ods").path))
    }

    @Test func helpHasADiscussionAndExamples() throws {
        let result = try RankCLI.run(["help", "rank"])
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--sensitivity"))
    }
}

/// The shared runner, under the name these tests were written with.
private typealias RankCLI = CoopchartProcess
