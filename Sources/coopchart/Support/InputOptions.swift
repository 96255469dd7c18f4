import ArgumentParser
import CoopAnalytics
import CoopService

/// The options of every command that reads data files: the files, how to read them, and the cluster.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Data files: CSV (long: province,year,indicator,value[,unit,qualifier,source,note]; wide: province,year,<indicator>,…) or workbooks (.xlsx, .ods, .xls) laid out as offices lay out tables; several files are one dataset.",
        valueName: "DATA"))
    var files: [String]

    @Option(help: ArgumentHelp("Limit to a cluster: a built-in name (dbsh-2017) or a cluster file (.yaml). Rows outside it are left out with a note.", valueName: "NAME|FILE"))
    var cluster: String?

    @Option(help: ArgumentHelp("Add or override indicators from a YAML file (id, label_vi, label_en, unit, kind, integer, aggregation).", valueName: "FILE.yaml"))
    var indicators: String?

    @OptionGroup var numbers: NumberStyleOption

    @Option(name: .customLong("sheet"),
            help: ArgumentHelp("Read only this sheet of the workbooks: its name or its number, 1 for the first (repeatable). Default: every sheet that holds a table.", valueName: "NAME|NUMBER"))
    var sheets: [String] = []

    /// The catalog with `--indicators` applied.
    func catalog() throws -> IndicatorCatalog {
        guard let indicators else { return .standard }
        try InputLimits.checkYAMLFile(indicators, what: "an indicator file")
        return try IndicatorCatalogFile.load(indicators, into: .standard)
    }

    /// The reader, once every data file is known to be within the size limit. `year` and `indicator`
    /// are the command's `--year` and `--indicator`: the period of tables without a year column, and
    /// the indicator of tables whose columns are years.
    func reader(year: String? = nil, indicator: String? = nil) throws -> DatasetReader {
        for file in files { try InputLimits.checkDataFile(file) }
        var reader = DatasetReader(catalog: try catalog(), numberStyle: numbers.numberStyle)
        reader.defaultPeriod = try year.map { try Period.parse($0) }
        reader.defaultIndicator = indicator
        reader.sheets = sheets
        return reader
    }

    /// The cluster named by `--cluster`, if any.
    func resolvedCluster(registry: ProvinceRegistry) throws -> Cluster? {
        guard let cluster else { return nil }
        if Cluster.builtIn(cluster, registry: registry) == nil { try InputLimits.checkYAMLFile(cluster, what: "a cluster file") }
        return try Cluster.named(cluster, registry: registry)
    }

    /// Keeps the figures inside `cluster`, telling on stderr in one line what was left out.
    static func restrict(_ dataset: Dataset, to cluster: Cluster) -> Dataset {
        let restricted = DataScope.restrict(dataset, to: cluster)
        Diagnostics.notes(restricted.notes)
        return restricted.dataset
    }
}

extension NumberStyle: ExpressibleByArgument {}
