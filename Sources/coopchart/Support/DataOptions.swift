import ArgumentParser
import CoopAnalytics
import CoopFormatting

/// The options every command that reads data and computes from it shares: the input options, the
/// language, and `--harmonize`.
struct DataOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Language of labels and number format: vi (2.425.931; 46,5) or en (2,425,931; 46.5).", valueName: "vi|en"))
    var lang: Language = .vi

    @Flag(help: "Carry provinces that ended on 30 June 2025 into the units they merged into before computing (counts summed, averages re-weighted), so years before and after the merger compare.")
    var harmonize = false

    @Flag(name: .customLong("restate-cluster"),
          help: "With --harmonize: accept that restating the cluster as the new units brings in units that were never members (new Hải Phòng holds Hải Phòng beside the member Hải Dương). Every output then names them.")
    var restateCluster = false

    func validate() throws {
        if restateCluster && !harmonize {
            throw ValidationError("--restate-cluster restates the cluster as the units in force from 1 July 2025, which only --harmonize makes comparable; give both")
        }
    }

    var files: [String] { input.files }
    var cluster: String? { input.cluster }

    /// Reads the files into one dataset, harmonizes it when asked, and limits it to the cluster.
    /// `year` and `indicator` (the command's own options) read tables without a year column and
    /// tables whose columns are years.
    func load(year: String? = nil, indicator: String? = nil) throws -> (Dataset, Cluster?) {
        var dataset = try input.reader(year: year, indicator: indicator).read(files: files)
        try MergerOverlap.check(dataset)
        var cluster = try input.resolvedCluster(registry: dataset.registry)
        if harmonize {
            cluster = try cluster.map { try restated($0, registry: dataset.registry) }
            let result = try Harmonizer.harmonize(dataset, to: Harmonizer.mergerDate)
            for note in result.notes(about: cluster?.members) { Diagnostics.note("note: " + note) }
            dataset = result.dataset
        }
        if let cluster { dataset = InputOptions.restrict(dataset, to: cluster) }
        return (dataset, cluster)
    }

    /// The cluster as the units in force after the merger (with --harmonize), refused when that brings
    /// in non-members unless --restate-cluster, and then said on stderr.
    func restated(_ cluster: Cluster, registry: ProvinceRegistry, option: String = "--cluster") throws -> Cluster {
        try Self.restate(cluster, to: Harmonizer.mergerDate, registry: registry, accept: restateCluster, option: option)
    }

    static func restate(_ cluster: Cluster, to date: SimpleDate, registry: ProvinceRegistry, accept: Bool, option: String = "--cluster") throws -> Cluster {
        let restated = try cluster.restated(to: date, registry: registry, accept: accept, option: option)
        if restated.isRestatedWithNonMembers {
            let names = restated.broughtIn.map { registry.provinces[$0].name }.joined(separator: ", ")
            Diagnostics.note("note: cluster \(cluster.name) is restated as the units in force from \(date); "
                             + "its figures now include \(names), which were not members (--restate-cluster)")
        }
        return restated
    }
}

extension Language: ExpressibleByArgument {}
