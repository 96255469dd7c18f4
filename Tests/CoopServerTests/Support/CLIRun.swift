import Foundation
import Testing

/// Runs the `coopchart` binary built with these tests (found next to the test bundle, as the CLI tests
/// find it), in a folder holding the files a test uploads under the same names, so the command and the
/// API read the same bytes under the same names.
enum CLIRun {
    struct Result {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String
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
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A fresh folder with `files` (name → bytes).
    static func folder(_ files: [(String, [UInt8])]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-serve-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// Runs `coopchart ARGUMENTS` in `folder`; `environment` replaces SOURCE_DATE_EPOCH (nil: unset).
    static func run(_ arguments: [String], in folder: URL, sourceDateEpoch: String? = nil) throws -> Result {
        let binary = try #require(binary, "coopchart was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch
        process.environment = environment
        let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)"), err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(status: process.terminationStatus, stdout: Array(try Data(contentsOf: out)),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// The bytes of the file `coopchart ARGUMENTS -o OUTPUT` wrote.
    static func output(_ arguments: [String], files: [(String, [UInt8])], output: String, sourceDateEpoch: String? = nil) throws -> [UInt8] {
        let folder = try self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(arguments + ["-o", output], in: folder, sourceDateEpoch: sourceDateEpoch)
        #expect(result.status == 0, "coopchart \(arguments.joined(separator: " ")): \(result.stderr)")
        return Array(try Data(contentsOf: folder.appendingPathComponent(output)))
    }
}
