import Foundation

/// Where a text report goes: a file (written atomically, never over an input) or stdout.
enum OutputDestination {
    static func write(_ text: String, to path: String?, inputs: [String]) throws {
        try write(Array(text.utf8), to: path, inputs: inputs)
    }

    static func write(_ bytes: [UInt8], to path: String?, inputs: [String]) throws {
        if let path {
            try AtomicFile.write(bytes, to: path, inputs: inputs)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
