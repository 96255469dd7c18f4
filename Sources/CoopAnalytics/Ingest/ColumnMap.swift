import Foundation
import CoopFormatting

/// The columns of the data contract, found by name in any order, English or Vietnamese,
/// without regard to case or diacritics. Extra columns are ignored.
public enum DataColumn: String, CaseIterable, Sendable {
    case province, year, indicator, value, unit, qualifier, source, note

    /// Header spellings accepted for each column (compared by `matchingKey`).
    var spellings: [String] {
        switch self {
        case .province: return ["province", "tỉnh", "tỉnh/thành phố", "tỉnh, thành phố", "địa phương", "code", "mã tỉnh"]
        case .year: return ["year", "period", "năm", "kỳ"]
        case .indicator: return ["indicator", "chỉ tiêu"]
        case .value: return ["value", "giá trị", "số liệu"]
        case .unit: return ["unit", "đơn vị", "đơn vị tính"]
        case .qualifier: return ["qualifier", "mức độ"]
        case .source: return ["source", "nguồn"]
        case .note: return ["note", "ghi chú"]
        }
    }

    static let required: [DataColumn] = [.province, .year, .indicator, .value]
}

/// Where each contract column sits in a file's header.
public struct ColumnMap: Sendable {
    public let positions: [DataColumn: Int]
    public let width: Int

    public init(header: [String], file: String, line: Int) throws {
        var positions: [DataColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).matchingKey
            guard let column = DataColumn.allCases.first(where: { $0.spellings.contains { $0.matchingKey == key } }) else { continue }
            if let earlier = positions[column] {
                throw InputError(file: file, line: line, field: name,
                                 message: "column \(quoted(name)) repeats column \(earlier + 1) (\(quoted(header[earlier]))); keep one \(column.rawValue) column")
            }
            positions[column] = index
        }
        let missing = DataColumn.required.filter { positions[$0] == nil }
        if !missing.isEmpty {
            throw InputError(file: file, line: line,
                             message: "missing required column\(missing.count > 1 ? "s" : "") \(missing.map(\.rawValue).joined(separator: ", ")); "
                                + "the header must name province, year, indicator and value (optional: unit, qualifier, source, note); found: \(header.joined(separator: ","))")
        }
        self.positions = positions
        self.width = header.count
    }

    public subscript(column: DataColumn) -> Int? { positions[column] }
}
