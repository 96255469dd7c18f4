import CoopTestSupport
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

    static let binary = BuiltExecutable.named("coopchart")

    /// A fresh folder with `files` (name → bytes).
    static func folder(_ files: [(String, [UInt8])]) throws -> URL {
        try TemporaryFolder.make("coopchart-serve-cli", files: files)
    }

    /// Runs `coopchart ARGUMENTS` in `folder`; `environment` replaces SOURCE_DATE_EPOCH (nil: unset).
    static func run(_ arguments: [String], in folder: URL, sourceDateEpoch: String? = nil) throws -> Result {
        let binary = try #require(binary, "coopchart was not built next to the tests")
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch
        let run = try ChildProcess.run(binary, arguments, in: folder, environment: environment)
        return Result(status: run.status, stdout: run.stdout, stderr: run.errors)
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
