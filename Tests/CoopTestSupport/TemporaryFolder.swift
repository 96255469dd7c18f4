import Foundation

/// Fresh folders for the inputs and outputs of one test; the test removes its folder when it is done.
public enum TemporaryFolder {
    /// A new folder `PREFIX-<UUID>` in the system's temporary directory, holding `files` (name → bytes).
    public static func make(_ prefix: String, files: [(String, [UInt8])] = []) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }
}
