import Foundation
import CoopFormatting

/// Reads data files in the long format of the data contract into a `Dataset`:
/// `province,year,indicator,value[,unit,qualifier,source,note]`, columns in any order.
public struct DatasetReader {
    public var registry: ProvinceRegistry
    public var catalog: IndicatorCatalog

    public init(registry: ProvinceRegistry = .bundled, catalog: IndicatorCatalog = .standard) {
        self.registry = registry
        self.catalog = catalog
    }

    /// Reads several files as one dataset (one file per province is common).
    public func read(files: [String]) throws -> Dataset {
        var dataset = Dataset(registry: registry, catalog: catalog)
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                throw InputError(file: file, message: "cannot read the file (\(Self.reason(for: error, path: file))); give the path of a CSV data file")
            }
            try read(bytes: bytes, file: file, into: &dataset)
        }
        return dataset
    }

    /// Reads one file's bytes into `dataset`.
    public func read(bytes: [UInt8], file: String, into dataset: inout Dataset) throws {
        let text = try TextDecoding.utf8Text(from: bytes, file: file)
        var columns: ColumnMap?
        var rows = 0
        try CSVReader.read(text, delimiter: CSVReader.detectDelimiter(text), file: file) { record in
            guard let map = columns else {
                columns = try ColumnMap(header: record.strings, file: file, line: record.line)
                return
            }
            if record.count == 1 && record.withField(0, { $0.allSatisfy { $0 == 0x20 } }) { return }
            try dataset.add(try observation(from: record, columns: map, file: file))
            rows += 1
        }
        if columns == nil {
            throw InputError(file: file, line: 1, message: "the file has no header row; the first row must name the columns province, year, indicator, value")
        }
    }

    private func observation(from record: CSVRecord, columns: ColumnMap, file: String) throws -> Observation {
        let line = record.line
        guard record.count == columns.width else {
            throw InputError(file: file, line: line,
                             message: "this row has \(record.count) field\(record.count == 1 ? "" : "s") but the header has \(columns.width); "
                                + "quote any value that contains a comma, and give every row the header's columns")
        }
        func text(_ column: DataColumn) -> String? {
            guard let index = columns[column] else { return nil }
            let value = record.string(index).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value.nfc
        }
        let periodText = text(.year) ?? ""
        guard let period = Period(parsing: periodText) else {
            throw InputError(file: file, line: line, field: "year",
                             message: "\(quoted(periodText)) is not a period; write a year such as 2017, or a half-year such as 2017-H1 or 2017-H2")
        }
        let provinceText = text(.province) ?? ""
        let province = try resolveProvince(provinceText, period: period, file: file, line: line)
        let indicatorText = text(.indicator) ?? ""
        guard let indicator = catalog.indicator(named: indicatorText) else {
            throw InputError(file: file, line: line, field: "indicator",
                             message: "unknown indicator \(quoted(indicatorText)); did you mean \(catalog.suggestions(for: indicatorText).joined(separator: ", "))? "
                                + "(`coopchart indicators` lists them all)")
        }
        let qualifierText = text(.qualifier) ?? ""
        guard let qualifier = ValueBound(qualifierText: qualifierText) else {
            throw InputError(file: file, line: line, field: "qualifier",
                             message: "unknown qualifier \(quoted(qualifierText)); write \(ValueBound.acceptedQualifiers), or leave it empty for exact")
        }
        let valueIndex = columns[.value]!
        guard let value = record.withField(valueIndex, PlainNumber.parse) else {
            let shown = record.string(valueIndex)
            throw InputError(file: file, line: line, field: "value",
                             message: "\(quoted(shown)) is not a number; write a plain number such as 206 or 46.5")
        }
        if indicator.isCount && value < 0 {
            throw InputError(file: file, line: line, field: "value",
                             message: "\(quoted(record.string(valueIndex))) is negative, but \(indicator.id) is a count; a count is 0 or more")
        }
        if indicator.isCount && value != value.rounded() {
            throw InputError(file: file, line: line, field: "value",
                             message: "\(quoted(record.string(valueIndex))) is fractional, but \(indicator.id) is a count of whole units")
        }
        return Observation(province: province, period: period, indicator: indicator.id, value: value, qualifier: qualifier,
                           unit: text(.unit), source: text(.source), note: text(.note),
                           origin: SourceLocation(file: file, line: line))
    }

    private func resolveProvince(_ text: String, period: Period, file: String, line: Int) throws -> Int {
        switch registry.resolve(text, in: period) {
        case .found(let index):
            return index
        case .notInForce(let candidates):
            let units = candidates.map { registry.provinces[$0].longDescription }.joined(separator: "; ")
            let successors = candidates.compactMap { candidate -> String? in
                guard let next = registry.successor(of: candidate, on: period.lastDay) else { return nil }
                return registry.provinces[next].longDescription
            }
            let hint = successors.isEmpty ? "check the year" : "in \(period) it is part of \(Set(successors).sorted().joined(separator: ", ")); use `--harmonize` or the new unit"
            throw InputError(file: file, line: line, field: "province",
                             message: "\(quoted(text)) was not in force in \(period): \(units); \(hint)")
        case .unknown(let suggestions):
            throw InputError(file: file, line: line, field: "province",
                             message: "unknown province \(quoted(text)); did you mean \(suggestions.joined(separator: ", "))? "
                                + "(a name, with or without diacritics, or the two-digit code; `coopchart provinces` lists them)")
        }
    }

    static func reason(for error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a folder" }
        return "permission denied or unreadable"
    }
}
