import ArgumentParser
import CoopAnalytics
import CoopFormatting

/// The options every command that reads data and computes from it shares: the input options, the
/// language, and `--harmonize`.
struct DataOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Language of labels and number format: vi (2.425.931; 46,5) or en (2,425,931; 46.5).", valueName: "vi|en"))
    var lang: NumberLocale = .vi

    @Flag(help: "Carry provinces that ended on 30 June 2025 into the units they merged into before computing (counts summed, averages re-weighted), so years before and after the merger compare.")
    var harmonize = false

    var files: [String] { input.files }
    var cluster: String? { input.cluster }

    /// Reads the files into one dataset, harmonizes it when asked, and limits it to the cluster.
    /// `year` and `indicator` (the command's own options) read tables without a year column and
    /// tables whose columns are years.
    func load(year: String? = nil, indicator: String? = nil) throws -> (Dataset, Cluster?) {
        var dataset = try input.reader(year: year, indicator: indicator).read(files: files)
        var cluster = try input.resolvedCluster(registry: dataset.registry)
        if harmonize {
            let result = try Harmonizer.harmonize(dataset, to: Harmonizer.mergerDate)
            for note in result.notes { Diagnostics.note("note: " + note) }
            dataset = result.dataset
            cluster = cluster?.harmonized(to: Harmonizer.mergerDate, registry: dataset.registry)
        }
        if let cluster { dataset = InputOptions.restrict(dataset, to: cluster) }
        return (dataset, cluster)
    }
}

extension NumberLocale: ExpressibleByArgument {}
