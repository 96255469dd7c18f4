import Foundation
import CoopAnalytics
import CoopCharts

/// The sizes coopchart accepts, each refused with a clear error before any work starts rather than
/// ending in a crash, an out-of-memory kill or a run that never finishes. The README's "Limits"
/// section lists them.
enum InputLimits {
    /// A data CSV: about 1.5 million rows of the long format (a whole country's figures for decades
    /// fit in a few megabytes).
    static let dataFileBytes = 64_000_000
    /// A scheme, cluster, indicator or theme file (YAML): these are a page or two.
    static let yamlFileBytes = 1_000_000
    /// Refuses a data file larger than `dataFileBytes`.
    static func checkDataFile(_ path: String) throws {
        try check(path, limit: dataFileBytes, what: "a data file", advice: "split it into several files (they are read as one dataset)")
    }

    /// Refuses a YAML file larger than `yamlFileBytes`.
    static func checkYAMLFile(_ path: String, what: String) throws {
        try check(path, limit: yamlFileBytes, what: what, advice: "is this the right file?")
    }

    private static func check(_ path: String, limit: Int, what: String, advice: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = (attributes[.size] as? NSNumber)?.intValue, size > limit
        else { return }
        throw InputError(file: path, message: "the file is \(megabytes(size)); coopchart reads \(what) of at most \(megabytes(limit)); \(advice)")
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes / 1_000) KB"
    }
}
