import CoopAnalytics
import CoopFormatting

/// How a request's data files are read, as values: the same for `coopchart … DATA --year 2023` and for
/// an upload to the browser app with its fields.
public struct ReadingSettings: Sendable, Hashable {
    /// Every file's number style; nil lets each file show its own.
    public var numberStyle: NumberStyle?
    /// The sheets of workbooks to read (names or 1-based numbers); empty reads every sheet with a table.
    public var sheets: [String] = []
    /// The period of a table that names none itself, unless `filePeriods` gives one for its file.
    public var period: Period?
    /// The period of each file that names none itself, keyed by the name messages call the file. What a
    /// file says always comes first; then this; then `period`.
    public var filePeriods: [String: Period] = [:]
    /// The indicator of tables whose columns are years, when neither the header nor the sheet's name names it.
    public var indicator: String?

    public init(
        numberStyle: NumberStyle? = nil, sheets: [String] = [], period: Period? = nil, filePeriods: [String: Period] = [:],
        indicator: String? = nil
    ) {
        self.numberStyle = numberStyle
        self.sheets = sheets
        self.period = period
        self.filePeriods = filePeriods
        self.indicator = indicator
    }

    /// The reader for these settings. `temporaryFolder` is where a workbook handed as bytes is copied
    /// for its reader (the browser app's private folder; nil: the system's).
    public func reader(catalog: IndicatorCatalog = .standard, temporaryFolder: String? = nil, maximumFigures: Int? = nil) -> DatasetReader {
        var reader = DatasetReader(catalog: catalog, numberStyle: numberStyle)
        reader.maximumFigures = maximumFigures
        reader.defaultPeriod = period
        reader.filePeriods = filePeriods
        reader.defaultIndicator = indicator
        reader.sheets = sheets
        reader.temporaryFolder = temporaryFolder
        return reader
    }

    /// Refuses a period given for a file that is not among `names` (a typo would otherwise be ignored).
    public func checkFilePeriods(against names: [String]) throws {
        for name in filePeriods.keys.sorted() where !names.contains(name) {
            throw InputError(
                parameter: .yearOf,
                message: "\(name) is not among the files (\(names.joined(separator: ", "))); give each file's period as FILE=PERIOD with the file's own name",
                vietnamese: "\(name) không có trong các tệp (\(names.joined(separator: ", "))); hãy ghi kỳ của từng tệp theo tên của chính tệp đó")
        }
    }
}

/// The data files of a request: paths on disk (the command line) or bytes with a name (the browser
/// app's uploads, never opened as paths).
public enum DataFiles: Sendable {
    case paths([String])
    case uploads([DataInput])

    /// The names every message calls the files by.
    public var names: [String] {
        switch self {
        case .paths(let paths): return paths
        case .uploads(let inputs): return inputs.map(\.name)
        }
    }
}

/// Files read to their end: the dataset of every row that could be read, every error, and how each file
/// was read (each sheet's layout, each marker and scale word), for `validate` and the browser app's upload.
public struct DataRead: Sendable {
    public let dataset: Dataset
    public let errors: [InputError]
    public let notes: ReadNotes
}

/// Reading a request's data: the one operation behind `validate`, every command that computes from data,
/// and the browser app's upload (which reads once, and answers every later request from that reading).
public enum DataReading {
    /// Every file read to its end, every error collected.
    public static func readAll(
        _ files: DataFiles, settings: ReadingSettings, catalog: IndicatorCatalog = .standard,
        temporaryFolder: String? = nil, maximumFigures: Int? = nil
    ) -> DataRead {
        let reader = settings.reader(catalog: catalog, temporaryFolder: temporaryFolder, maximumFigures: maximumFigures)
        switch files {
        case .paths(let paths):
            let (dataset, errors, notes) = reader.readReporting(files: paths)
            return DataRead(dataset: dataset, errors: errors, notes: notes)
        case .uploads(let inputs):
            let (dataset, errors, notes) = reader.readReporting(inputs: inputs)
            return DataRead(dataset: dataset, errors: errors, notes: notes)
        }
    }

    /// The dataset, stopping at the first error; a unit and its predecessor for the same whole period
    /// (which would count a province twice) is an error too.
    public static func read(
        _ files: DataFiles, settings: ReadingSettings, catalog: IndicatorCatalog = .standard,
        temporaryFolder: String? = nil
    ) throws -> Dataset {
        try settings.checkFilePeriods(against: files.names)
        let reader = settings.reader(catalog: catalog, temporaryFolder: temporaryFolder)
        let dataset: Dataset
        switch files {
        case .paths(let paths): dataset = try reader.read(files: paths)
        case .uploads(let inputs): dataset = try reader.read(inputs: inputs)
        }
        try MergerOverlap.check(dataset)
        return dataset
    }
}
