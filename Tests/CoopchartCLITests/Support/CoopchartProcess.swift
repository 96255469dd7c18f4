import CoopTestSupport
import Foundation
import Testing

/// Runs the `coopchart` binary of the build that is running these tests (see `BuiltExecutable` for how it is
/// found), from the package root so that `samples/…` paths read the repository's samples.
enum CoopchartProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let packageRoot = BuiltExecutable.packageRoot
    static let samples = packageRoot.appendingPathComponent("samples")

    /// A fresh temporary folder holding `files` (name → text), for inputs and outputs of one test.
    static func folder(_ files: [String: String] = [:]) throws -> URL {
        try TemporaryFolder.make("coopchart-cli", files: files.map { ($0.key, Array($0.value.utf8)) })
    }

    static let binary = BuiltExecutable.named("coopchart")

    static func run(_ arguments: [String]) throws -> Result {
        let binary = try #require(binary, "coopchart was not built next to the tests")
        let run = try ChildProcess.run(binary, arguments, in: packageRoot)
        return Result(status: run.status, stdout: run.output, stderr: run.errors)
    }
}
