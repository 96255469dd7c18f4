import Foundation
import CoopAnalytics

/// Writes outputs so that a reader never sees half a file: bytes go to a temporary file in the
/// target folder, which is then renamed into place. Nothing is left behind on failure.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws {
        let url = URL(fileURLWithPath: path)
        try refuseOverwritingInputs(url, inputs: inputs)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, message: "the folder \(folder.path) does not exist; create it first or choose another output path")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(file: path, message: "the output path is a folder; give a file name such as \(path)/chart.png")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw InputError(file: path, message: "cannot write in \(folder.path) (permission denied or read-only); choose a folder you can write to")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(file: path, message: "writing failed (\(error.localizedDescription)); is the disk full? nothing was written")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(file: path, message: "cannot put the output in place (\(reason)); nothing was written")
        }
    }

    static func write(_ text: String, to path: String, inputs: [String] = []) throws {
        try write(Array(text.utf8), to: path, inputs: inputs)
    }

    /// An output that is one of the inputs would destroy the data it was made from.
    private static func refuseOverwritingInputs(_ output: URL, inputs: [String]) throws {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw InputError(file: output.path, message: "the output path is also an input file; choose another output name (inputs are never modified)")
        }
    }
}
