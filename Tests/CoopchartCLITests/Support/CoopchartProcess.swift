import Foundation
import Testing

/// Runs the `coopchart` binary of the build that is running these tests.
///
/// The test bundle lives in the build's products folder (`<scratch>/<triple>/debug/`), next to
/// the `coopchart` executable that `swift test` builds for the test target's dependency. The
/// running test process's own path (`CommandLine.arguments[0]` is the xctest runner or the
/// bundle itself) names that folder, so the binary tested is always the one built with the
/// tests, whatever `--scratch-path` was used. Only when that fails (an unusual runner) do we
/// fall back to the newest `.build*/debug/coopchart` under the package root, found from #filePath.
enum CoopchartProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("samples")

    /// A fresh temporary folder holding `files` (name → text), for inputs and outputs of one test.
    static func folder(_ files: [String: String] = [:]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

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
