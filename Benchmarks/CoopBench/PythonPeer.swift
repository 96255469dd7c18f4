import Foundation

/// A peer script under Benchmarks/peers run with python3: its one JSON line, or why it did not run
/// (no python3, or a package missing). The test suite never runs these.
enum PythonPeer {
    enum Outcome {
        case measured([String: Any])
        case unavailable(String)
    }

    static let folder: String = {
        // The package root: where `swift run` is started, or found from this file's place.
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("peers")
        return FileManager.default.fileExists(atPath: here.path) ? here.path : "Benchmarks/peers"
    }()

    static func run(_ script: String, _ arguments: [String]) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder + "/" + script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            return .unavailable("python3 not found (\(error))")
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let line = output.split(separator: "\n").last,
            let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            let reason = errors.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"
            return .unavailable(reason.contains("ModuleNotFoundError") ? reason + " (pip install matplotlib pandas)" : reason)
        }
        return .measured(json)
    }
}
