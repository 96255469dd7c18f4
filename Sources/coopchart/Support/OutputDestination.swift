import Foundation

/// Where a text report goes: a file (written atomically, never over an input, over a read-only file
/// only with `force`) or stdout.
enum OutputDestination {
    static func write(_ text: String, to path: String?, inputs: [String], force: Bool = false) throws {
        try write(Array(text.utf8), to: path, inputs: inputs, force: force)
    }

    static func write(_ bytes: [UInt8], to path: String?, inputs: [String], force: Bool = false) throws {
        if let path {
            try AtomicFile.write(bytes, to: path, inputs: inputs, force: force)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
