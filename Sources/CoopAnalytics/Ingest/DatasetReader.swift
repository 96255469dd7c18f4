import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoopFormatting
import CoopWorkbook

/// Reads data files into a `Dataset`: the long format of the data contract
/// (`province,year,indicator,value[,unit,qualifier,source,note]`, columns in any order) and the wide
/// format (`province,year,<indicator>,<indicator>,…`), with numbers as people write them.
///
/// Several files are read as one dataset; the same figure given twice with different values is an
/// error naming both places.
public struct DatasetReader {
    public var registry: ProvinceRegistry
    public var catalog: IndicatorCatalog
    /// The number style of every file; nil lets each file show its own.
    public var numberStyle: NumberStyle?
    /// Parse a large file on a second thread while this one converts its rows. The dataset and the
    /// errors are the same either way (rows are converted in file order); false is for comparing.
    public var parallel = true
    /// The period of a table that names none itself (no year column, no period in its headers, its
    /// sheet's name or its title) and whose file has no entry in `filePeriods` (`--year`). It never
    /// changes what a file says.
    public var defaultPeriod: Period?
    /// The period of each file that names none itself, keyed by the file's name as messages call it
    /// (the path on the command line, the upload's name in the browser app): `--year-of FILE=PERIOD`.
    /// What the file says comes first, then this, then `defaultPeriod`.
    public var filePeriods: [String: Period] = [:]
    /// The indicator of a table whose columns are years, when neither its header nor its sheet's name
    /// names one (`--indicator`).
    public var defaultIndicator: String?
    /// The sheets of workbooks to read (`--sheet`): names or 1-based numbers; empty reads every sheet
    /// that holds a table.
    public var sheets: [String] = []
    /// The most figures the reading keeps (a server's bound on one dataset); nil: no bound.
    public var maximumFigures: Int?
    /// Where a workbook handed as bytes is copied while its readers (which read files) read it, and removed
    /// right after; nil is the system's temporary folder. The browser app gives its own private folder.
    public var temporaryFolder: String?
    /// Read only the rows and columns a person sees (`--visible-only`); otherwise hidden and filtered-out
    /// rows and hidden columns are read, with a warning naming them.
    public var visibleOnly = false
    /// The names of the user's controls that messages suggest (the command line's options by default;
    /// the browser app gives its fields' names, nil for a control it does not have).
    public var controls = ReaderControls()

    public init(registry: ProvinceRegistry = .bundled, catalog: IndicatorCatalog = .standard, numberStyle: NumberStyle? = nil) {
        self.registry = registry
        self.catalog = catalog
        self.numberStyle = numberStyle
    }

    /// Reads several files as one dataset, stopping at the first error.
    public func read(files: [String]) throws -> Dataset {
        var dataset = Dataset(registry: registry, catalog: catalog)
        var session = ReadSession(reader: self, collecting: false)
        for file in files { try session.read(file: file, into: &dataset) }
        dataset.readingWarnings += session.warnings
        return dataset
    }

    /// Reads every file, collecting every error instead of stopping at the first (for `validate`).
    /// Rows with errors are left out of the dataset.
    public func readCollecting(files: [String]) -> (dataset: Dataset, errors: [InputError]) {
        var dataset = Dataset(registry: registry, catalog: catalog)
        var session = ReadSession(reader: self, collecting: true)
        for file in files {
            do { try session.read(file: file, into: &dataset) } catch let error as InputError { session.errors.append(error) } catch {
                session.errors.append(InputError(file: file, message: "\(error)"))
            }
        }
        dataset.readingWarnings += session.warnings
        return (dataset, session.errors)
    }

    /// What `validate` shows: the dataset, every error, and how the files were read (each sheet's
    /// layout, each marker and scale word with its cells).
    public func readReporting(files: [String]) -> (dataset: Dataset, errors: [InputError], notes: ReadNotes) {
        var dataset = Dataset(registry: registry, catalog: catalog)
        var session = ReadSession(reader: self, collecting: true)
        for file in files {
            do { try session.read(file: file, into: &dataset) } catch let error as InputError { session.errors.append(error) } catch {
                session.errors.append(InputError(file: file, message: "\(error)"))
            }
        }
        dataset.readingWarnings += session.warnings
        return (dataset, session.errors, session.notes)
    }

    /// What `validate` shows, for files handed as bytes rather than paths (the browser app's uploads):
    /// each is read whole, its errors collected, and `name` is what every message calls it.
    public func readReporting(inputs: [DataInput]) -> (dataset: Dataset, errors: [InputError], notes: ReadNotes) {
        var dataset = Dataset(registry: registry, catalog: catalog)
        var session = ReadSession(reader: self, collecting: true)
        for input in inputs {
            do { try session.read(bytes: input.bytes, file: input.name, into: &dataset) } catch let error as InputError { session.errors.append(error) } catch {
                session.errors.append(InputError(file: input.name, message: "\(error)"))
            }
        }
        dataset.readingWarnings += session.warnings
        return (dataset, session.errors, session.notes)
    }

    /// Reads files handed as bytes as one dataset, stopping at the first error.
    public func read(inputs: [DataInput]) throws -> Dataset {
        var dataset = Dataset(registry: registry, catalog: catalog)
        var session = ReadSession(reader: self, collecting: false)
        for input in inputs { try session.read(bytes: input.bytes, file: input.name, into: &dataset) }
        dataset.readingWarnings += session.warnings
        return dataset
    }

    /// Reads one file's bytes into `dataset`.
    public func read(bytes: [UInt8], file: String, into dataset: inout Dataset) throws {
        var session = ReadSession(reader: self, collecting: false)
        try session.read(bytes: bytes, file: file, into: &dataset)
        dataset.readingWarnings += session.warnings
    }

    static func reason(for error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a folder" }
        return "permission denied or unreadable"
    }
}

/// The names of the controls a user has where reading messages are read: what a message tells them to
/// give or change. nil leaves the suggestion out (the command or page has no such control). A setting of
/// the request is written as its mention (`RequestParameter.mention`), which each front end spells its
/// own way (`--year` on the command line, the field "Kỳ" on the page).
public struct ReaderControls: Sendable {
    /// The period of tables that name none (`--year`).
    public var year: String?
    /// The period of one file (`--year-of`, written `--year-of FILE=PERIOD`).
    public var yearOf: String?
    /// The indicator of tables whose columns are years (`--indicator`; only some commands have it).
    public var indicator: String?
    /// Reading only what is shown (`--visible-only`; the command line's only).
    public var visibleOnly: String?

    public init(
        year: String? = RequestParameter.year.mention, yearOf: String? = RequestParameter.yearOf.mention, indicator: String? = nil,
        visibleOnly: String? = nil
    ) {
        self.year = year
        self.yearOf = yearOf
        self.indicator = indicator
        self.visibleOnly = visibleOnly
    }
}

/// A data file handed as bytes: its name (what messages call it; never opened as a path) and its content.
public struct DataInput: Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// What a province cell and a year cell mean together.
/// Plain values only (the cluster label is an index), so copying a place costs no reference counting.
enum Place {
    case province(Int, Period)
    case clusterTotal(label: Int, Period)

    var period: Period {
        switch self {
        case .province(_, let period), .clusterTotal(_, let period): return period
        }
    }
}

/// A qualifier cell: empty, a bound, or text that is not a qualifier.
enum QualifierCell {
    case empty, bound(ValueBound), invalid
    /// An estimate's column or table ("Ước 2024"): approximate, unless the value says otherwise.
    case estimate
}

/// The state of one reading: caches shared by all files (a province spelling resolves the same way in
/// every file), and the errors collected so far when collecting.
struct ReadSession {
    let registry: ProvinceRegistry
    let catalog: IndicatorCatalog
    let forcedStyle: NumberStyle?
    let parallel: Bool
    let collecting: Bool
    var errors: [InputError] = []
    /// Warnings while reading (rows hidden but read, a subtotal that does not add up), for the dataset.
    var warnings: [Finding] = []
    /// Whether rows are being read as the data contract's (a row laid out as an office's then switches
    /// the file to the office reading).
    var readingDataFile = false
    let visibleOnly: Bool
    let controls: ReaderControls
    /// Errors reported so far, by kind (field), kept or not.
    var errorsSeen: [String: Int] = [:]
    /// How markers, scale words and layouts were read, for `validate`.
    var notes = ReadNotes()
    /// The period of tables without a year column (`--year`), and the indicator of tables whose
    /// columns are years (`--indicator`).
    /// The period of the file being read when it names none (its own in `filePeriods`, else `--year`).
    var defaultPeriod: Period?
    let readerDefaultPeriod: Period?
    let filePeriods: [String: Period]
    let defaultIndicator: String?
    /// Sheets to read (`--sheet`): names or 1-based numbers; empty reads every sheet with a table.
    let sheetSelection: [String]
    /// Where workbooks handed as bytes are copied for their readers (nil: the system's temporary folder).
    let temporaryFolder: String?
    /// The most figures kept (nil: no bound).
    let maximumFigures: Int?
    /// Each catalog indicator's unit, for values written with a unit or a scale word.
    let indicatorUnits: [UnitExpression?]
    /// What the row labels of office tables were found to be, by their text.
    var labelKinds: [String: LabelKind] = [:]
    /// The registry's region names, as matching keys (a region's row is a heading or a subtotal).
    let regionKeys: Set<String>
    var periodTexts: [String: PeriodText.Reading] = [:]

    var places: PlaceResolver
    /// What the per-row path needs of each catalog indicator, as plain values.
    let indicatorFacts: [(isCount: Bool, allowsPercent: Bool)]
    var indicators = ByteKeyCache<Int>(capacity: 64)
    var lastIndicatorBytes: [UInt8] = []
    var lastIndicator = -1
    var texts = ByteKeyCache<ReadingTexts.ID>(capacity: 256)
    /// The texts of this reading: the figures it reads keep them, and nothing else does.
    let table = ReadingTexts()
    var qualifiers = ByteKeyCache<QualifierCell>(capacity: 16)
    var clusterLabels: [String] = []

    init(reader: DatasetReader, collecting: Bool) {
        registry = reader.registry
        catalog = reader.catalog
        forcedStyle = reader.numberStyle
        places = PlaceResolver(registry: reader.registry)
        indicatorFacts = reader.catalog.indicators.map { ($0.isCount, $0.unitVi == "%") }
        parallel = reader.parallel
        self.collecting = collecting
        defaultPeriod = reader.defaultPeriod
        readerDefaultPeriod = reader.defaultPeriod
        filePeriods = reader.filePeriods
        defaultIndicator = reader.defaultIndicator
        sheetSelection = reader.sheets
        temporaryFolder = reader.temporaryFolder
        visibleOnly = reader.visibleOnly
        controls = reader.controls
        regionKeys = Set(reader.registry.provinces.compactMap { $0.region.map(HeaderWords.key) })
        maximumFigures = reader.maximumFigures
        indicatorUnits = reader.catalog.indicators.map { UnitExpression.parse($0.unitVi) }
    }

    /// Throws when stopping at the first error; records and carries on when collecting.
    mutating func report(_ error: InputError) throws {
        guard collecting else { throw error }
        // A file with a bad value on every row would otherwise keep a million errors: the first of each
        // kind (its field) are kept, the rest counted.
        let kind = error.field ?? ""
        let seen = errorsSeen[kind, default: 0]
        errorsSeen[kind] = seen + 1
        if seen < Self.errorsKeptPerKind && errorsSeen.count <= Self.errorKindsKept {
            errors.append(error)
        } else {
            notes.errorsNotKept[kind, default: 0] += 1
        }
    }

    /// A warning while reading: the figures read, but a person should look.
    mutating func warn(at origin: SourceLocation, _ message: String, vietnamese: String) {
        warnings.append(Finding(warningAt: origin, message, vietnamese: vietnamese))
    }
    /// Errors kept of each kind when collecting (`validate`, an upload); the others are counted.
    static let errorsKeptPerKind = 200
    /// Kinds of error kept when collecting; errors of further kinds are counted.
    static let errorKindsKept = 64

    mutating func read(file: String, into dataset: inout Dataset) throws {
        defaultPeriod = filePeriods[file] ?? readerDefaultPeriod
        if let head = try? FileBytes.head(file), Workbook.container(of: head) != nil {
            return try readWorkbook(path: file, file: file, into: &dataset)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file)
        } catch {
            throw InputError(file: file, message: "cannot read the file (\(DatasetReader.reason(for: error, path: file))); give the path of a CSV data file")
        }
        try read(bytes: bytes, file: file, into: &dataset)
    }

    mutating func read(bytes: [UInt8], file: String, into dataset: inout Dataset) throws {
        defaultPeriod = filePeriods[file] ?? readerDefaultPeriod
        if Workbook.container(of: bytes) != nil {
            // The workbook readers work on files (ZIPFoundation, libfreexl): give them one.
            let folder = temporaryFolder.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? FileManager.default.temporaryDirectory
            let temporary = folder.appendingPathComponent("coopchart-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
                throw InputError(file: file, message: "cannot write a temporary copy of the workbook to read it")
            }
            defer { try? FileManager.default.removeItem(at: temporary) }
            return try readWorkbook(path: temporary.path, file: file, into: &dataset)
        }
        if Workbook.hasWorkbookExtension(file), BinaryKind(recognising: bytes) == nil {
            throw InputError(
                file: file,
                message: "the file is named like a workbook (.\((file as NSString).pathExtension)) but holds text, not a workbook; "
                    + "if it is a CSV file, name it .csv; otherwise open it in Excel or LibreOffice and save it as a workbook again")
        }
        let text = try TextDecoding.utf8Text(from: bytes, file: file)
        var state = FileState(
            file: file, forced: forcedStyle,
            ordinals: catalog.indicators.map { dataset.ordinal(of: $0.id) },
            indicatorIDs: catalog.indicators.map { table.id($0.id) }, table: table)
        dataset.reserveCapacity(adding: text.count / 24)
        var failure: Error?
        // What this file added, undone if it turns out to be an office table read from its first line.
        let before = (errors: errors.count, notes: notes, observations: dataset.observations.count, totals: dataset.clusterTotals.count)
        do {
            try CSVReader.read(text, delimiter: CSVReader.detectDelimiter(text), file: file, parallel: parallel) { record in
                guard state.columns != nil else {
                    // An STT column is never the data contract's: an office table whose header is its first line.
                    if record.strings.contains(where: { HeaderWords.rowNumber.contains(HeaderWords.key($0)) }) {
                        throw OfficeLayoutSignal(headerError: InputError(file: file, line: record.line, message: "an office table"), firstLine: record.line)
                    }
                    let map: ColumnMap
                    do {
                        map = try ColumnMap(header: record.strings, catalog: catalog, file: file, line: record.line)
                    } catch let error as InputError {
                        // Not the data contract's header: perhaps a table as offices lay them out.
                        throw OfficeLayoutSignal(headerError: error, firstLine: record.line)
                    }
                    state.columns = map
                    readingDataFile = true
                    notes.layouts.append(ReadNotes.FileLayout(file: file, shape: map.shape))
                    state.at = ColumnPositions(map)
                    return
                }
                try ingest(record, state: &state, into: &dataset)
            }
        } catch let signal as OfficeLayoutSignal {
            readingDataFile = false
            errors.removeSubrange(before.errors...)
            notes = before.notes
            dataset.truncate(observations: before.observations, clusterTotals: before.totals)
            return try readOfficeText(text, file: file, signal: signal, into: &dataset)
        } catch {
            failure = error
        }
        readingDataFile = false
        // Values that only the whole file could settle ("4.139"), even when the file stopped early.
        if failure == nil || collecting { try settlePending(&state, into: &dataset) }
        if let failure { throw failure }
        if state.columns == nil {
            throw InputError(file: file, line: 1, message: "the file has no header row; the first row must name the columns province, year, indicator, value")
        }
        if state.rows == 0 {
            throw InputError(file: file, line: 2, message: "the file has a header but no rows of figures; add one row per figure under the header")
        }
    }

    // MARK: Rows

    /// One row. The header's facts come from `state.at` (plain integers): copying the `ColumnMap` out
    /// of the state per row would cost reference counting on its tables.
    mutating func ingest(_ record: CSVRecord, state: inout FileState, into dataset: inout Dataset) throws {
        let line = record.line
        do {
            let field = record.field
            if record.isBlank { return }
            state.rows += 1
            let count = record.count
            let width = state.at.width
            if count != width {
                let extraAreEmpty = count > width && record.field(count - 1).isEmpty && (width..<count).allSatisfy { record.field($0).isEmpty }
                if !extraAreEmpty {
                    try report(
                        InputError(file: state.file, line: line) {
                            $0.raggedRow.fill(["count": String(count), "fields": count == 1 ? "field" : "fields", "width": String(width)])
                        })
                    return
                }
            }
            let at = state.at
            guard var place = try resolvePlace(province: field(at.province), year: field(at.year), file: state.file, line: line) else { return }
            if let column = at.harmonizedTo {
                guard let carried = try carry(place, to: field(column), file: state.file, line: line) else { return }
                place = carried
            }
            let qualifier = try at.qualifier.map { try qualifierCell(field($0), file: state.file, line: line) } ?? .empty
            if case .invalid = qualifier { return }
            let source = at.source.map { interned(field($0)) } ?? ReadingTexts.none
            let note = at.note.map { interned(field($0)) } ?? ReadingTexts.none
            switch state.at.shape {
            case .long:
                guard let indicatorIndex = try resolveIndicator(field(at.indicator), file: state.file, line: line) else { return }
                let unit = at.unit.map { interned(field($0)) } ?? ReadingTexts.none
                try figure(
                    field(at.value), indicatorIndex: indicatorIndex, place: place, qualifier: qualifier,
                    unit: unit, source: source, note: note, wide: false, line: line, state: &state, into: &dataset)
            case .wide:
                if state.wideColumns == nil {
                    state.wideColumns = state.columns!.indicatorColumns.compactMap { column, indicator in
                        catalog.indicators.firstIndex { $0.id == indicator.id }.map { (column, $0) }
                    }
                }
                for (column, indicatorIndex) in state.wideColumns! {
                    try figure(
                        field(column), indicatorIndex: indicatorIndex, place: place, qualifier: qualifier,
                        unit: ReadingTexts.none, source: source, note: note, wide: true, line: line, state: &state, into: &dataset)
                }
            }
        }
    }

    /// A row of a harmonized file: its province, read at the row's period, is carried to the unit it
    /// became on the row's `harmonized_to` date, the unit `harmonize` wrote.
    private mutating func carry(_ place: Place, to dateCell: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws -> Place? {
        guard case .province(let index, let period) = place else { return place }
        let text = String(decoding: dateCell, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard let date = SimpleDate(parsing: text) else {
            try report(
                InputError(
                    file: file, line: line, field: "harmonized_to",
                    message: "\(quoted(text)) is not a date; harmonize writes the date its units are from, such as 2025-07-01"))
            return nil
        }
        guard let unit = registry.successor(of: index, on: date) else {
            try report(
                InputError(
                    file: file, line: line, field: "harmonized_to",
                    message: "\(registry.provinces[index].longDescription) has no unit in force on \(date); check the date or the province"))
            return nil
        }
        return .province(unit, period)
    }

    mutating func resolvePlace(province: UnsafeBufferPointer<UInt8>, year: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws -> Place? {
        if let known = places.place(province: province, year: year, clusterLabels: &clusterLabels) { return known }
        return try resolvePlaceReportingErrors(province: province, year: year, file: file, line: line)
    }

    /// The slow path, taken only for cells the resolver could not settle: it says what is wrong.
    mutating func resolvePlaceReportingErrors(province: UnsafeBufferPointer<UInt8>, year: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws -> Place?
    {
        // A data file whose rows are laid out as an office's (a "TỔNG SỐ" or "Cộng" row, a region's
        // heading, a signature): read again as an office table, which gives every row its role.
        if readingDataFile {
            let label = String(decoding: province, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !label.isEmpty, [.total, .sum, .group, .end, .part].contains(labelKindWithoutCaching(label)) {
                throw OfficeLayoutSignal(
                    headerError: InputError(file: file, line: line, field: "province", message: "\(quoted(label)) is not a province"), firstLine: 1)
            }
        }
        let periodText = String(decoding: year, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let period: Period
        switch PeriodText.read(periodText) {
        case .period(let read): period = read
        case .quarter:
            try report(
                InputError(file: file, line: line, field: "year") { $0.quarterRefused.fill(["value": quoted(periodText), "refusal": PeriodText.refusal]) })
            return nil
        case .none:
            try report(
                InputError(file: file, line: line, field: "year") { $0.notAPeriod.fill(["value": quoted(periodText), "accepted": PeriodText.accepted]) })
            return nil
        }
        let provinceText = String(decoding: province, as: UTF8.self).trimmingCharacters(in: .whitespaces).nfc
        let place: Place
        if ClusterTotal.isClusterLabel(provinceText) {
            if let known = clusterLabels.firstIndex(of: provinceText) {
                place = .clusterTotal(label: known, period)
            } else {
                clusterLabels.append(provinceText)
                place = .clusterTotal(label: clusterLabels.count - 1, period)
            }
        } else {
            guard let index = try resolveProvince(provinceText, period: period, file: file, line: line) else { return nil }
            place = .province(index, period)
        }
        return place
    }

    mutating func resolveProvince(_ text: String, period: Period, file: String, line: Int) throws -> Int? {
        let form = ProvinceNameForms.canonical(text)
        if let era = form.era {
            let candidates = registry.candidates(for: form.name).filter { registry.provinces[$0].matches(era) }
            if let chosen = registry.choose(among: candidates, in: period) { return chosen }
            if !candidates.isEmpty {
                let units = candidates.map { registry.provinces[$0].longDescription }.joined(separator: "; ")
                try report(
                    InputError(file: file, line: line, field: "province") { words in
                        words.eraNotInForce.fill([
                            "value": quoted(text), "when": era == .new ? words.unitAfterMerger : words.unitBeforeMerger,
                            "units": units, "period": period.description, "mark": era == .new ? "(mới)" : "(cũ)",
                        ])
                    })
                return nil
            }
        }
        switch registry.resolve(form.name, in: period) {
        case .found(let index):
            return index
        case .notInForce(let candidates):
            let units = candidates.map { registry.provinces[$0].longDescription }.joined(separator: "; ")
            let successors = candidates.compactMap { candidate -> String? in
                guard let next = registry.successor(of: candidate, on: period.lastDay) else { return nil }
                return registry.provinces[next].longDescription
            }
            try report(
                InputError(file: file, line: line, field: "province") { words in
                    let hint =
                        successors.isEmpty
                        ? words.checkTheYear
                        : words.partOfSuccessor.fill(["period": period.description, "successors": Set(successors).sorted().joined(separator: ", ")])
                    return words.notInForce.fill(["value": quoted(text), "period": period.description, "units": units, "hint": hint])
                })
        case .unknown(let suggestions):
            try report(
                InputError(file: file, line: line, field: "province") { words in
                    (text.isEmpty ? words.emptyProvince : words.unknownProvince).fill([
                        "value": quoted(text), "suggestions": suggestions.joined(separator: ", "),
                    ])
                })
        }
        return nil
    }

    mutating func resolveIndicator(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws -> Int? {
        // Long files usually keep an indicator's rows together: compare with the previous row's first.
        if lastIndicator >= 0, bytes.count == lastIndicatorBytes.count,
            bytes.isEmpty || memcmp(bytes.baseAddress!, lastIndicatorBytes, bytes.count) == 0
        {
            return lastIndicator
        }
        guard let index = try lookUpIndicator(bytes, file: file, line: line) else { return nil }
        lastIndicatorBytes.removeAll(keepingCapacity: true)
        lastIndicatorBytes.append(contentsOf: bytes)
        lastIndicator = index
        return index
    }

    mutating func lookUpIndicator(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws -> Int? {
        if let known = indicators.value(for: bytes) { return known }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard let indicator = catalog.indicator(named: text), let index = catalog.indicators.firstIndex(where: { $0.id == indicator.id }) else {
            let suggestions = catalog.suggestions(for: text).joined(separator: ", ")
            try report(
                InputError(file: file, line: line, field: "indicator") { $0.unknownIndicator.fill(["value": quoted(text), "suggestions": suggestions]) })
            return nil
        }
        indicators.insert(index, for: bytes)
        return index
    }

    mutating func qualifierCell(_ text: String, file: String, line: Int) throws -> QualifierCell {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { try qualifierCell($0, file: file, line: line) }
    }

    mutating func qualifierCell(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws -> QualifierCell {
        if let known = qualifiers.value(for: bytes) { return known }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let cell: QualifierCell
        if text.isEmpty {
            cell = .empty
        } else if let bound = ValueBound(qualifierText: text) {
            cell = .bound(bound)
        } else {
            try report(
                InputError(file: file, line: line, field: "qualifier") {
                    $0.unknownQualifier.fill(["value": quoted(text), "accepted": ValueBound.acceptedQualifiers])
                })
            return .invalid
        }
        qualifiers.insert(cell, for: bytes)
        return cell
    }

    mutating func interned(_ bytes: UnsafeBufferPointer<UInt8>) -> ReadingTexts.ID {
        if bytes.isEmpty { return ReadingTexts.none }
        if let known = texts.value(for: bytes) { return known }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let stored = text.isEmpty ? ReadingTexts.none : table.id(text.nfc)
        texts.insert(stored, for: bytes)
        return stored
    }

    // MARK: Values

    mutating func figure(
        _ bytes: UnsafeBufferPointer<UInt8>, indicatorIndex: Int, place: Place, qualifier: QualifierCell,
        unit: ReadingTexts.ID, source: ReadingTexts.ID, note: ReadingTexts.ID, wide: Bool, line: Int, state: inout FileState,
        into dataset: inout Dataset, field named: String? = nil, scale: Double = 1
    ) throws {
        // Plain facts, not the `Indicator` (copying it per row would cost reference counting on its texts).
        let field = named ?? (wide ? catalog.indicators[indicatorIndex].id : "value")
        func fail(_ words: (ReadingWords) -> String) throws {
            try report(InputError(file: state.file, line: line, field: field, words))
        }
        func shown() -> String { quoted(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)) }
        if bytes.count <= 8, let marker = StatisticalMarker(bytes) {
            let isCount = indicatorFacts[indicatorIndex].isCount
            notes.add(file: state.file, line: line, text: marker.text, reading: marker.reading(isCount: isCount))
            guard marker.meaning == .noOccurrence, isCount else { return }
            return try store(
                0, text: shown, indicatorIndex: indicatorIndex, place: place, bound: .exact, unit: unit, source: source,
                note: note, field: field, line: line, state: &state, into: &dataset)
        }
        var suffix: String?
        let reading = ValueText.read(bytes, allowPercent: indicatorFacts[indicatorIndex].allowsPercent, unit: indicatorUnits[indicatorIndex], suffix: &suffix)
        if let suffix, case .number = reading {
            notes.add(
                file: state.file, line: line, text: String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces),
                reading: suffix == "space thousands"
                    ? "spaces read as thousands separators" : "\"\(suffix)\" read in \(catalog.indicators[indicatorIndex].unitVi)")
        }
        let vi: Double?, en: Double?, written: ValueBound?
        switch reading {
        case .empty:
            if wide { return }
            return try fail { $0.emptyValue }
        case .notFinite:
            return try fail { $0.notFinite.fill(["value": shown()]) }
        case .tooLarge:
            return try fail { $0.tooLarge.fill(["value": shown(), "digits": String(ValueText.maximumIntegerDigits)]) }
        case .notANumber:
            let unit = catalog.indicators[indicatorIndex].unitVi
            return try fail {
                $0.notANumber.fill(["value": shown(), "qualifiers": ValueText.acceptedQualifierWords, "unit": unit, "markers": StatisticalMarker.accepted])
            }
        case .number(let viValue, let enValue, let bound):
            // A unit or scale word in the value converts it itself; otherwise the header's unit does.
            let factor = suffix == nil || suffix == "space thousands" ? scale : 1
            vi = viValue.map { $0 * factor }
            en = enValue.map { $0 * factor }
            written = bound
        }
        var bound = written ?? .exact
        if case .estimate = qualifier, written == nil { bound = .approx }
        if case .bound(let column) = qualifier {
            if let written, written != column {
                return try fail { $0.qualifierConflict.fill(["value": shown(), "written": written.rawValue, "column": column.rawValue]) }
            }
            bound = column
        }
        let value: Double
        if let vi, let en {
            if vi == en {
                value = vi
            } else if let style = state.numberStyle.style {
                value = style.reading(vi: vi, en: en)
            } else {
                state.pending.append(
                    PendingValue(
                        text: String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces),
                        vi: vi, en: en, indicatorIndex: indicatorIndex, place: place, bound: bound,
                        unit: unit, source: source, note: note, field: field, line: line))
                return
            }
        } else {
            let style: NumberStyle = vi != nil ? .vi : .en
            if let forced = state.numberStyle.forced, forced != style {
                return try fail { $0.notInForcedStyle.fill(["value": shown(), "style": $0.style(forced), "option": forced.rawValue]) }
            }
            if let earlier = state.numberStyle.observe(style, line: line, text: shown()) {
                return try fail { words in
                    words.mixedStyles.fill([
                        "value": shown(), "style": words.style(style), "earlierPlace": words.place(line: earlier.line),
                        "earlier": earlier.text, "earlierStyle": words.style(earlier.style),
                    ])
                }
            }
            value = style.reading(vi: vi, en: en)!
        }
        try store(
            value, text: shown, indicatorIndex: indicatorIndex, place: place, bound: bound, unit: unit, source: source,
            note: note, field: field, line: line, state: &state, into: &dataset)
    }

    mutating func store(
        _ value: Double, text: () -> String, indicatorIndex: Int, place: Place, bound: ValueBound,
        unit: ReadingTexts.ID, source: ReadingTexts.ID, note: ReadingTexts.ID, field: String, line: Int, state: inout FileState,
        into dataset: inout Dataset
    ) throws {
        let isCount = indicatorFacts[indicatorIndex].isCount
        if isCount && value < 0 {
            return try report(
                InputError(file: state.file, line: line, field: field) {
                    $0.negativeCount.fill(["value": text(), "indicator": catalog.indicators[indicatorIndex].id])
                })
        }
        if isCount && value != value.rounded() {
            return try report(
                InputError(file: state.file, line: line, field: field) {
                    $0.fractionalCount.fill(["value": text(), "indicator": catalog.indicators[indicatorIndex].id])
                })
        }
        if let limit = maximumFigures, dataset.observations.count + dataset.clusterTotals.count >= limit {
            // Stops the file: every further row would be refused the same way.
            throw InputError(
                file: state.file, line: line,
                message: "the files hold more than \(limit) figures, the most one dataset may hold here; upload fewer files, or only the years you need",
                vietnamese: "các tệp có hơn \(limit) số liệu, quá mức một bộ số liệu được giữ ở đây; hãy tải lên ít tệp hơn, hoặc chỉ những năm cần dùng")
        }
        do {
            switch place {
            case .province(let province, let period):
                try dataset.add(
                    Observation(
                        province: province, period: period, indicatorID: state.indicatorIDs[indicatorIndex], value: value,
                        qualifier: bound, unitID: unit, sourceID: source, noteID: note, fileID: state.fileID, line: line, texts: table),
                    ordinal: state.ordinals[indicatorIndex])
            case .clusterTotal(let label, let period):
                try dataset.addClusterTotal(
                    ClusterTotal(
                        label: clusterLabels[label], period: period, indicator: catalog.indicators[indicatorIndex].id, value: value,
                        qualifier: bound, source: table.optionalText(source),
                        origin: SourceLocation(file: state.file, line: line)))
            }
        } catch let error as InputError {
            try report(error)
        }
    }

    /// Ambiguous values ("4.139") are settled by the file's evidence, then by the indicator being a
    /// count (a count is never fractional, so the separator groups thousands); otherwise they are errors.
    mutating func settlePending(_ state: inout FileState, into dataset: inout Dataset) throws {
        let pending = state.pending
        state.pending = []
        for item in pending {
            let indicator = catalog.indicators[item.indicatorIndex]
            let value: Double
            if let style = state.numberStyle.style {
                value = style.reading(vi: item.vi, en: item.en)
            } else if indicator.isCount {
                // The reading in which the lone separator groups thousands: "." is Vietnamese, "," English.
                value = item.text.contains(".") ? item.vi : item.en
            } else {
                try report(
                    InputError(file: state.file, line: item.line, field: item.field) { words in
                        words.ambiguousNumber.fill([
                            "value": quoted(item.text), "vi": plain(item.vi), "viStyle": words.style(.vi),
                            "en": plain(item.en), "enStyle": words.style(.en),
                        ])
                    })
                continue
            }
            try store(
                value, text: { quoted(item.text) }, indicatorIndex: item.indicatorIndex, place: item.place, bound: item.bound,
                unit: item.unit, source: item.source, note: item.note, field: item.field, line: item.line, state: &state, into: &dataset)
        }
    }
}

/// A CSV file whose first row is not the data contract's header: it is read again as an office table.
struct OfficeLayoutSignal: Error {
    let headerError: InputError
    let firstLine: Int
}

extension ReadSession {
    /// A CSV file laid out as offices lay out tables (title rows, STT, super-headers, totals): the same
    /// reading as a sheet's, located by line. If no header is found there, the first row's own error
    /// stands.
    mutating func readOfficeText(_ text: [UInt8], file: String, signal: OfficeLayoutSignal, into dataset: inout Dataset) throws {
        var state = FileState(
            file: file, forced: forcedStyle,
            ordinals: catalog.indicators.map { dataset.ordinal(of: $0.id) },
            indicatorIDs: catalog.indicators.map { self.table.id($0.id) }, table: self.table)
        var grid = SheetGrid(isSheet: false, sheetName: nil, location: file, sourceFile: file)
        try CSVReader.read(text, delimiter: CSVReader.detectDelimiter(text), file: file, parallel: false) { record in
            var cells: [(column: Int, value: CellValue)] = []
            for index in 0..<record.count {
                let field = record.string(index)
                if !field.trimmingCharacters(in: .whitespaces).isEmpty { cells.append((index, .text(field))) }
            }
            if !cells.isEmpty { grid.append(SheetRow(index: record.line, cells: cells)) }
        }
        let before = notes.sheets.count
        let tables: Int
        do {
            tables = try readOfficeGrid(grid, state: &state, into: &dataset)
        } catch let error as InputError {
            if collecting { errors.append(error) } else { throw error }
            return
        }
        guard tables > 0 else { throw signal.headerError }
        try settlePending(&state, into: &dataset)
        if notes.sheets[before...].allSatisfy({ $0.dataRows == 0 && $0.totalRows == 0 }) {
            throw InputError(
                file: file, line: signal.firstLine + 1,
                message: "the file has a header (\(notes.sheets[before].headerRows)) but no rows of figures; add one row per figure under the header")
        }
    }
}

/// A value whose number depends on the file's style, held until the file has shown it.
struct PendingValue {
    let text: String
    let vi: Double
    let en: Double
    let indicatorIndex: Int
    let place: Place
    let bound: ValueBound
    let unit: ReadingTexts.ID
    let source: ReadingTexts.ID
    let note: ReadingTexts.ID
    let field: String
    let line: Int
}

/// The columns of a file as plain integers, so a row looks none of them up in a dictionary.
struct ColumnPositions {
    var province = 0, year = 0, indicator = 0, value = 0
    var unit: Int?, qualifier: Int?, source: Int?, note: Int?, harmonizedTo: Int?
    var width = 0
    var shape = ColumnMap.Shape.long

    init() {}

    init(_ map: ColumnMap) {
        width = map.width
        shape = map.shape
        province = map[.province] ?? 0
        year = map[.year] ?? 0
        indicator = map[.indicator] ?? 0
        value = map[.value] ?? 0
        unit = map[.unit]
        qualifier = map[.qualifier]
        source = map[.source]
        note = map[.note]
        harmonizedTo = map[.harmonizedTo]
    }
}

/// What one file has shown so far.
struct FileState {
    let file: String
    let fileID: ReadingTexts.ID
    let ordinals: [Int]
    /// Each catalog indicator's id, interned once per file.
    let indicatorIDs: [ReadingTexts.ID]
    var columns: ColumnMap?
    var at = ColumnPositions()
    /// A wide file's indicator columns with each indicator's position in the catalog.
    var wideColumns: [(Int, Int)]?
    var rows = 0
    var numberStyle: FileNumberStyle
    var pending: [PendingValue] = []

    init(file: String, forced: NumberStyle?, ordinals: [Int], indicatorIDs: [ReadingTexts.ID], table: ReadingTexts) {
        self.file = file
        self.fileID = table.id(file)
        self.numberStyle = FileNumberStyle(forced: forced)
        self.ordinals = ordinals
        self.indicatorIDs = indicatorIDs
    }
}
