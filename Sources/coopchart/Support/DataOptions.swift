import ArgumentParser
import CoopAnalytics
import CoopFormatting

/// The options every command that reads data shares: the files, the cluster, the language.
struct DataOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Data files (CSV, long format: province,year,indicator,value[,unit,qualifier,source,note]).", valueName: "DATA"))
    var files: [String]

    @Option(help: ArgumentHelp("Limit to a cluster: a built-in name (dbsh-2017) or a cluster file.", valueName: "NAME|FILE"))
    var cluster: String?

    @Option(help: ArgumentHelp("Language of labels and number format: vi (2.425.931; 46,5) or en (2,425,931; 46.5).", valueName: "vi|en"))
    var lang: NumberLocale = .vi

    /// Reads the files into one dataset and resolves the cluster.
    func load() throws -> (Dataset, Cluster?) {
        let dataset = try DatasetReader().read(files: files)
        guard let cluster else { return (dataset, nil) }
        guard let builtIn = Cluster.builtIn(cluster) else {
            throw InputError(file: "--cluster", message: "unknown cluster \"\(cluster)\"; built-in clusters: \(Cluster.builtInNames.joined(separator: ", "))")
        }
        return (dataset, builtIn)
    }
}

extension NumberLocale: ExpressibleByArgument {}
