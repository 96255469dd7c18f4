import Foundation
import CoopFormatting

/// The columns of the data contract, found by name in any order, English or Vietnamese,
/// without regard to case or diacritics. Extra columns are ignored in the long format.
public enum DataColumn: String, CaseIterable, Sendable {
    case province, year, indicator, value, unit, qualifier, source, note
    /// Written by `harmonize`: the date whose units the figures were carried into. A row's province is
    /// then that date's unit (the new Hưng Yên for 2017 too), not the unit of the row's period.
    case harmonizedTo = "harmonized_to"

    /// Header spellings accepted for each column (compared by `matchingKey`).
    var spellings: [String] {
        switch self {
        case .province:
            return ["province", "tỉnh", "tỉnh/thành phố", "tỉnh, thành phố", "tỉnh/thành", "tỉnh thành", "địa phương", "code", "mã tỉnh", "province code"]
        case .year: return ["year", "period", "năm", "kỳ", "kỳ báo cáo", "thời kỳ"]
        case .indicator: return ["indicator", "chỉ tiêu", "indicator id"]
        case .value: return ["value", "giá trị", "số liệu"]
        case .unit: return ["unit", "đơn vị", "đơn vị tính", "đvt"]
        case .qualifier: return ["qualifier", "mức độ", "độ chính xác"]
        case .source: return ["source", "nguồn", "nguồn số liệu"]
        case .note: return ["note", "ghi chú", "notes"]
        case .harmonizedTo: return ["harmonized_to", "harmonized to"]
        }
    }

    static let required: [DataColumn] = [.province, .year, .indicator, .value]

    /// "code", "mã tỉnh": a province column that holds the statistics code rather than the name.
    static func isCodeHeader(_ header: String) -> Bool {
        ["code", "mã tỉnh", "province code"].contains { $0.matchingKey == header.trimmingCharacters(in: .whitespaces).matchingKey }
    }

    static func matching(_ header: String) -> DataColumn? {
        let key = header.trimmingCharacters(in: .whitespaces).matchingKey
        return allCases.first { $0.spellings.contains { $0.matchingKey == key } }
    }
}

/// Where each contract column sits in a file's header, and whether the file is long
/// (`province,year,indicator,value`) or wide (`province,year,<indicator>,<indicator>,…`).
public struct ColumnMap: Sendable {
    public enum Shape: Sendable, Equatable { case long, wide }

    public let positions: [DataColumn: Int]
    public let width: Int
    public let shape: Shape
    /// In a wide file, the column of each indicator.
    public let indicatorColumns: [(column: Int, indicator: Indicator)]

    /// The long format only (the foundation's contract).
    public init(header: [String], file: String, line: Int) throws {
        try self.init(header: header, catalog: nil, file: file, line: line)
    }

    /// Long or wide: a header with province and year and no indicator/value columns, whose other
    /// columns name indicators, is wide.
    public init(header: [String], catalog: IndicatorCatalog?, file: String, line: Int) throws {
        var positions: [DataColumn: Int] = [:]
        var unmatched: [Int] = []
        for (index, name) in header.enumerated() {
            guard let column = DataColumn.matching(name) else { unmatched.append(index); continue }
            // A code column beside a name column (harmonize's own output has both) is a spare
            // reference: the name is read, the code is ignored.
            if column == .province, let earlier = positions[.province], DataColumn.isCodeHeader(name) != DataColumn.isCodeHeader(header[earlier]) {
                if DataColumn.isCodeHeader(header[earlier]) { positions[.province] = index }
                continue
            }
            if let earlier = positions[column] {
                throw InputError(
                    file: file, line: line, field: name,
                    message: "column \(quoted(name)) repeats column \(earlier + 1) (\(quoted(header[earlier]))); keep one \(column.rawValue) column")
            }
            positions[column] = index
        }
        self.width = header.count
        self.positions = positions
        let isLong = positions[.indicator] != nil || positions[.value] != nil
        if !isLong, let catalog, positions[.province] != nil, positions[.year] != nil,
            unmatched.contains(where: { catalog.indicator(named: header[$0]) != nil })
        {
            var columns: [(Int, Indicator)] = []
            var seen: [String: Int] = [:]
            for index in unmatched {
                let name = header[index].trimmingCharacters(in: .whitespaces)
                if name.isEmpty || Self.ignorable.contains(name.matchingKey) { continue }
                guard let indicator = catalog.indicator(named: name) else {
                    throw InputError(
                        file: file, line: line, field: name,
                        message: "column \(quoted(name)) is not a known indicator; did you mean \(catalog.suggestions(for: name).joined(separator: ", "))? "
                            + "(a wide file has province, year, then one column per indicator id or label; optional: qualifier, source, note)")
                }
                if let earlier = seen[indicator.id] {
                    throw InputError(
                        file: file, line: line, field: name,
                        message:
                            "column \(quoted(name)) gives \(indicator.id) again (column \(earlier + 1) is \(quoted(header[earlier]))); keep one column per indicator"
                    )
                }
                seen[indicator.id] = index
                columns.append((index, indicator))
            }
            self.shape = .wide
            self.indicatorColumns = columns
            return
        }
        let missing = DataColumn.required.filter { positions[$0] == nil }
        if !missing.isEmpty {
            throw InputError(
                file: file, line: line,
                message: "missing required column\(missing.count > 1 ? "s" : "") \(missing.map(\.rawValue).joined(separator: ", ")); "
                    + "the header must name province, year, indicator and value (optional: unit, qualifier, source, note), "
                    + "or province, year and one column per indicator (wide); found: \(header.joined(separator: ","))")
        }
        self.shape = .long
        self.indicatorColumns = []
    }

    public subscript(column: DataColumn) -> Int? { positions[column] }

    /// Row-number columns that spreadsheets add ("STT", "No."), ignored in wide files.
    private static let ignorable: Set<String> = ["stt", "tt", "so tt", "no", "no.", "#", "id"]
}
