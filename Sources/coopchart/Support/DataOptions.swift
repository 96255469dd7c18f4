import ArgumentParser
import CoopAnalytics
import CoopFormatting
import CoopService

/// The options every command that reads data and computes from it shares: the input options, the
/// language, and `--harmonize`.
struct DataOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Language of labels and number format: vi (2.425.931; 46,5) or en (2,425,931; 46.5).", valueName: "vi|en"))
    var lang: Language = .vi

    @Flag(
        help:
            "Carry provinces that ended on 30 June 2025 into the units they merged into before computing (counts summed, averages re-weighted), so years before and after the merger compare."
    )
    var harmonize = false

    @Flag(
        name: .customLong("restate-cluster"),
        help:
            "With --harmonize: accept that restating the cluster as the new units brings in units that were never members (new Hải Phòng holds Hải Phòng beside the member Hải Dương). Every output then names them."
    )
    var restateCluster = false

    func validate() throws {
        try Diagnostics.usage { try ScopeRequest.check(harmonize: harmonize, restateCluster: restateCluster) }
    }

    var files: [String] { input.files }
    var cluster: String? { input.cluster }

    /// Reads the files into one dataset, harmonizes it when asked, and limits it to the cluster.
    /// `year` and `indicator` (the command's own options) read tables without a year column and
    /// tables whose columns are years.
    func load(year: String? = nil, indicator: String? = nil, indicatorOption: String? = nil) throws -> (Dataset, Cluster?) {
        let prepared = try prepare(year: year, indicator: indicator, indicatorOption: indicatorOption)
        return (prepared.dataset, prepared.cluster)
    }

    /// The data as the operations take it (`DataScope`), its notes and reading warnings printed on stderr.
    /// `indicatorOption` is the option a reading message names for `indicator` (`--x` for a scatter).
    func prepare(year: String? = nil, indicator: String? = nil, indicatorOption: String? = nil) throws -> PreparedData {
        let dataset = try input.reader(year: year, indicator: indicator, indicatorOption: indicatorOption).read(files: files)
        InputOptions.tellReadingWarnings(dataset)
        try MergerOverlap.check(dataset)
        let cluster = try input.resolvedCluster(registry: dataset.registry)
        let prepared = try DataScope.prepare(dataset, ScopeRequest(cluster: cluster, harmonize: harmonize, restateCluster: restateCluster))
        Diagnostics.notes(prepared.notes)
        return prepared
    }

    /// The `year:` of a scheme file, the period of tables that name none when `--year` is not given
    /// (nil when the scheme has none or cannot be read: reading it for scoring then says why).
    func schemeYear(_ path: String?) -> String? {
        guard let path, (try? InputLimits.checkYAMLFile(path, what: "a scheme")) != nil,
            let scheme = try? SchemeReader(catalog: input.catalog()).read(file: path)
        else { return nil }
        return scheme.period?.description
    }
}

extension Language: ExpressibleByArgument {}
