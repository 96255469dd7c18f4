import Foundation

/// What a program run to its end left: its exit status and the bytes it wrote.
public struct CapturedRun: Sendable {
    public let status: Int32
    public let stdout: [UInt8]
    /// Empty when the run sent its errors into `stdout`.
    public let stderr: [UInt8]

    /// `stdout` as text.
    public var output: String { String(decoding: stdout, as: UTF8.self) }
    /// `stderr` as text.
    public var errors: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs a program the tests check against (`coopchart` itself, or independent software reading what it wrote)
/// and waits for it. Its outputs go to temporary files, not pipes, so no pipe can fill up and stall the child;
/// its standard input is empty, so nothing can wait on a terminal.
public enum ChildProcess {
    /// Where the program's standard error goes.
    public enum ErrorStream: Sendable {
        /// Kept apart, in `CapturedRun.stderr`.
        case separate
        /// Into `CapturedRun.stdout`, interleaved as the program wrote it (a tool's whole log).
        case intoStandardOutput
    }

    /// Runs `executable ARGUMENTS` in `folder` (nil: this process's folder) with `environment` (nil: this
    /// process's).
    public static func run(
        _ executable: URL, _ arguments: [String], in folder: URL? = nil,
        environment: [String: String]? = nil, errors: ErrorStream = .separate
    ) throws -> CapturedRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let logs = try TemporaryFolder.make("coopchart-child-process")
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("stdout"), errURL = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = errors == .separate ? err : out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CapturedRun(
            status: process.terminationStatus, stdout: Array(try Data(contentsOf: outURL)),
            stderr: Array(try Data(contentsOf: errURL)))
    }

    /// Runs the tool `name` found on PATH (pdftotext, qpdf, python3, …), its errors in its one log: a missing
    /// tool is a failed run (status 127 from env), not a skipped test.
    public static func tool(_ name: String, _ arguments: [String], in folder: URL? = nil) throws -> CapturedRun {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: folder, errors: .intoStandardOutput)
    }
}
