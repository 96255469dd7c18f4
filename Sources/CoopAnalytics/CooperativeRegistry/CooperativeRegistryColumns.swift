import Foundation
import CoopFormatting

/// The columns of a cooperative registry, found by name in any order, English or Vietnamese,
/// without regard to case or diacritics.
enum CooperativeRegistryColumn: String, CaseIterable, Sendable {
    case id, name, province, kind, founded, dissolved, members, workers, revenue

    var spellings: [String] {
        switch self {
        case .id: return ["id", "mã", "mã số", "mã htx", "số đăng ký", "registration"]
        case .name: return ["name", "tên", "tên htx", "tên đơn vị"]
        case .province: return DataColumn.province.spellings
        case .kind: return ["kind", "type", "loại", "loại hình"]
        case .founded: return ["founded", "ngày thành lập", "thành lập", "founded on", "registered"]
        case .dissolved: return ["dissolved", "ngày giải thể", "giải thể", "dissolved on", "closed"]
        case .members: return ["members", "thành viên", "số thành viên"]
        case .workers: return ["workers", "lao động", "số lao động"]
        case .revenue: return ["revenue", "doanh thu", "doanh thu (triệu đồng)", "revenue (million vnd)"]
        }
    }

    static let required: [CooperativeRegistryColumn] = [.province, .kind, .founded]
}

/// Where each registry column sits in a file's header.
struct CooperativeRegistryColumns {
    let width: Int
    let province: Int, kind: Int, founded: Int
    let dissolved: Int?, members: Int?, workers: Int?, revenue: Int?

    init(header: [String], file: String, line: Int) throws {
        var positions: [CooperativeRegistryColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).matchingKey
            guard let column = CooperativeRegistryColumn.allCases.first(where: { $0.spellings.contains { $0.matchingKey == key } }) else { continue }
            if let earlier = positions[column] {
                throw RegistryWords.error(file: file, line: line, field: name) {
                    $0.repeatedColumn(name, earlier: earlier + 1, earlierName: header[earlier], column: column)
                }
            }
            positions[column] = index
        }
        let missing = CooperativeRegistryColumn.required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            throw RegistryWords.error(file: file, line: line) { $0.missingColumns(missing) }
        }
        width = header.count
        province = positions[.province]!
        kind = positions[.kind]!
        founded = positions[.founded]!
        dissolved = positions[.dissolved]
        members = positions[.members]
        workers = positions[.workers]
        revenue = positions[.revenue]
    }
}
