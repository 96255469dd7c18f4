import Foundation
import PackagePlugin

/// Carries a target's `Embedded/` folder inside the binary: every file there becomes a base64 string in a
/// generated `EmbeddedFiles.swift`, read back with `EmbeddedFiles.bytes("path/under/Embedded")`. The
/// product then needs no file beside it at run time (no resource bundle, nothing read from disk).
///
/// A target that uses it excludes `Embedded` (so SwiftPM does not ask what the files are) and names the
/// plugin: `.target(name: "X", exclude: ["Embedded"], plugins: ["EmbedResources"])`.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Embedded")
        let files = Self.files(under: folder)
        guard !files.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) file(s) of \(target.name)/Embedded",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [folder.path(percentEncoded: false), output.path(percentEncoded: false)]
                    + files.map { $0.path(percentEncoded: false) },
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file under `folder`, sorted so the generated source is the same on every machine.
    static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }
}
