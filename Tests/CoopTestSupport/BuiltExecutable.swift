import Foundation

/// Finds an executable of the build that is running these tests.
///
/// The test bundle lives in the build's products folder (`<scratch>/<triple>/debug/`), next to the
/// executables that `swift test` builds for the test target's dependencies. The running test process's own
/// path (`CommandLine.arguments[0]` is the xctest runner or the bundle itself) names that folder, so the
/// binary tested is always the one built with the tests, whatever `--scratch-path` was used. Only when that
/// fails (an unusual runner) do we fall back to the newest `.build*/debug/NAME` under the package root.
public enum BuiltExecutable {
    /// The package's root folder, found from this file's place in it (Tests/CoopTestSupport/).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable `name` built with these tests, or nil when there is none.
    public static func named(_ name: String) -> URL? {
        var candidates: [URL] = []
        for argument in [CommandLine.arguments.first, Bundle.main.executablePath].compactMap({ $0 }) {
            var folder = URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent(name))
                folder.deleteLastPathComponent()
            }
        }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        let builds = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path))?.filter { $0.hasPrefix(".build") } ?? []
        return builds.map { packageRoot.appendingPathComponent($0).appendingPathComponent("debug/\(name)") }
            .filter { FileManager.default.isExecutableFile(atPath: $0.path) }
            .max { modified($0) < modified($1) }
    }

    static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
