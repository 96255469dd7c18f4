import ArgumentParser
import Foundation
import CoopAnalytics
import CoopService

/// The options of every command that reads data files: the files, how to read them, and the cluster.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Data files: CSV (long: province,year,indicator,value[,unit,qualifier,source,note]; wide: province,year,<indicator>,…) or workbooks (.xlsx, .ods, .xls) laid out as offices lay out tables; several files are one dataset.",
            valueName: "DATA"))
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "Limit to a cluster: a built-in name (dbsh-2017) or a cluster file (.yaml). Rows outside it are left out with a note.", valueName: "NAME|FILE"))
    var cluster: String?

    @Option(
        help: ArgumentHelp("Add or override indicators from a YAML file (id, label_vi, label_en, unit, kind, integer, aggregation).", valueName: "FILE.yaml"))
    var indicators: String?

    @OptionGroup var numbers: NumberStyleOption

    @Option(
        name: .customLong("sheet"),
        help: ArgumentHelp(
            "Read only this sheet of the workbooks: its name or its number, 1 for the first (repeatable). Default: every sheet that holds a table.",
            valueName: "NAME|NUMBER"))
    var sheets: [String] = []

    @Option(
        name: .customLong("year-of"),
        help: ArgumentHelp(
            "The period of one file whose tables name none (no year column, no year in a header, the sheet's name or the title): FILE=2023 or FILE=2023-H1 (repeatable), so several yearly reports read together. What a file says comes first; --year is the fallback for the files not named here.",
            valueName: "FILE=PERIOD"))
    var yearOf: [String] = []

    @Flag(
        name: .customLong("visible-only"),
        help:
            "Read only the rows and columns a person sees in a workbook: rows hidden or filtered out and hidden columns are left out. Without it they are read, with a warning naming them."
    )
    var visibleOnly = false

    /// The catalog with `--indicators` applied.
    func catalog() throws -> IndicatorCatalog {
        guard let indicators else { return .standard }
        try InputLimits.checkYAMLFile(indicators, what: "an indicator file")
        return try IndicatorCatalogFile.load(indicators, into: .standard)
    }

    /// The reader, once every data file is known to be within the size limit. `year` and `indicator`
    /// are the command's `--year` and `--indicator`: the period of tables that name none, and the
    /// indicator of tables whose columns are years; `indicatorOption` is the option a message may
    /// suggest for the latter (nil where the command has none).
    func reader(year: String? = nil, indicator: String? = nil, indicatorOption: String? = nil) throws -> DatasetReader {
        for file in files { try InputLimits.checkDataFile(file) }
        var reader = DatasetReader(catalog: try catalog(), numberStyle: numbers.numberStyle)
        reader.defaultPeriod = try year.map { try Period.parse($0) }
        reader.defaultIndicator = indicator
        reader.sheets = sheets
        reader.filePeriods = try filePeriods()
        reader.visibleOnly = visibleOnly
        reader.controls = ReaderControls(indicator: indicatorOption, visibleOnly: "--visible-only")
        return reader
    }

    /// `--year-of FILE=PERIOD`, keyed by the file as the command line names it (a bare file name is
    /// accepted for a path when exactly one data file has it).
    func filePeriods() throws -> [String: Period] {
        var periods: [String: Period] = [:]
        for assignment in yearOf {
            guard let equals = assignment.lastIndex(of: "="), equals != assignment.startIndex else {
                throw InputError(
                    file: "--year-of",
                    message: "\"\(assignment)\" is not FILE=PERIOD; write the data file, \"=\" and its period, e.g. --year-of bao-cao-2023.xlsx=2023")
            }
            let name = String(assignment[..<equals])
            let period = try Period.parse(String(assignment[assignment.index(after: equals)...]), option: "--year-of")
            let matching = files.contains(name) ? [name] : files.filter { ($0 as NSString).lastPathComponent == name }
            guard matching.count == 1, let file = matching.first else {
                let reason = matching.isEmpty ? "is not one of the data files" : "names \(matching.count) of the data files"
                throw InputError(
                    file: "--year-of",
                    message: "\"\(name)\" \(reason) (\(files.map { "\"\($0)\"" }.joined(separator: ", "))); give the file as it stands on the command line")
            }
            if let earlier = periods[file], earlier != period {
                throw InputError(file: "--year-of", message: "\"\(file)\" is given two periods, \(earlier) and \(period); give one")
            }
            periods[file] = period
        }
        return periods
    }

    /// The cluster named by `--cluster`, if any.
    func resolvedCluster(registry: ProvinceRegistry) throws -> Cluster? {
        guard let cluster else { return nil }
        if Cluster.builtIn(cluster, registry: registry) == nil { try InputLimits.checkYAMLFile(cluster, what: "a cluster file") }
        return try Cluster.named(cluster, registry: registry)
    }

    /// What reading found that a person should look at (rows hidden but read, a subtotal that does not
    /// add up), on stderr; `validate` lists them with its findings instead.
    static func tellReadingWarnings(_ dataset: Dataset) {
        for warning in dataset.readingWarnings { Diagnostics.note(warning.description) }
    }

    /// Keeps the figures inside `cluster`, telling on stderr in one line what was left out.
    static func restrict(_ dataset: Dataset, to cluster: Cluster) -> Dataset {
        let restricted = DataScope.restrict(dataset, to: cluster)
        Diagnostics.notes(restricted.notes)
        return restricted.dataset
    }
}

extension NumberStyle: ExpressibleByArgument {}
