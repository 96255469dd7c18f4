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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rank-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scheme = folder.appendingPathComponent("bad.yaml").path
        try "title: x\nyear: 2017\ncriteria:\n  - id: a\n    indicator: new_htx\n    points: 10\n    method: best\n".write(toFile: scheme, atomically: true, encoding: .utf8)
        let result = try RankCLI.run(["rank"] + samples + ["--scheme", scheme])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(scheme):7: unknown method \"best\""))
    }

    @Test func csvOutputIsWrittenAtomicallyWithABOMAndImagesAreRefusedForNow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rank-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ranking.csv").path
        let written = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "-o", out])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("rank,code,province,total,".utf8)))
        let image = try RankCLI.run(["rank"] + samples + ["--scheme", "samples/scheme-dbsh-2017.yaml", "-o", folder.appendingPathComponent("r.pdf").path])
        #expect(image.status == 1)
        #expect(image.stderr.contains("drawn scorecards come with the chart catalog; use .csv, .json or .txt"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.pdf").path))
    }

    @Test func helpHasADiscussionAndExamples() throws {
        let result = try RankCLI.run(["help", "rank"])
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--sensitivity"))
    }
}

/// Runs the `coopchart` binary of the build that is running these tests.
///
/// The test bundle lives in the build's products folder (`<scratch>/<triple>/debug/`), next to
/// the `coopchart` executable that `swift test` builds for the test target's dependency. The
/// running test process's own path (`CommandLine.arguments[0]` is the xctest runner or the
/// bundle itself) names that folder, so the binary tested is always the one built with the
/// tests, whatever `--scratch-path` was used. Only when that fails (an unusual runner) do we
/// fall back to the newest `.build*/debug/coopchart` under the package root, found from #filePath.
private enum RankCLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL? = {
        var candidates: [URL] = []
        for argument in [CommandLine.arguments.first, Bundle.main.executablePath].compactMap({ $0 }) {
            var folder = URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("coopchart"))
                folder.deleteLastPathComponent()
            }
        }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        let builds = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path))?.filter { $0.hasPrefix(".build") } ?? []
        return builds.map { packageRoot.appendingPathComponent($0).appendingPathComponent("debug/coopchart") }
            .filter { FileManager.default.isExecutableFile(atPath: $0.path) }
            .max { modified($0) < modified($1) }
    }()

    static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }

    static func run(_ arguments: [String]) throws -> Result {
        let binary = try #require(binary, "coopchart was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        // Outputs go to temporary files: no pipe can fill up and stall the child.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rank-cli-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdoutData = try Data(contentsOf: outURL), stderrData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
