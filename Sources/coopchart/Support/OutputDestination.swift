import Foundation

/// Where a text report goes: a file (written atomically, never over an input) or stdout.
enum OutputDestination {
    static func write(_ text: String, to path: String?, inputs: [String]) throws {
        if let path {
            try AtomicFile.write(text, to: path, inputs: inputs)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
