import Foundation
import CoopFormatting

/// Reads a registry in the shape of shared/data/provinces.csv
/// (`code,name,ascii_name,valid_from,valid_to,successor_code,region`).
enum ProvinceRegistryLoader {
    static func load(csv: [UInt8], file: String) throws -> ProvinceRegistry {
        var header: [String] = []
        var provinces: [Province] = []
        try CSVReader.read(csv, delimiter: 0x2C, file: file) { record in
            let fields = record.strings
            if header.isEmpty { header = fields; return }
            func field(_ name: String) -> String? {
                guard let index = header.firstIndex(of: name), index < fields.count else { return nil }
                let value = fields[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            func date(_ name: String) throws -> SimpleDate? {
                guard let text = field(name) else { return nil }
                let reading = DateText.read(text)
                guard let date = reading.date else {
                    throw InputError(
                        file: file, line: record.line, field: name,
                        message: DateText.problem(reading, shown: quoted(text)) ?? "")
                }
                return date
            }
            guard let code = field("code"), let name = field("name") else {
                throw InputError(file: file, line: record.line, message: "a registry row needs a code and a name")
            }
            provinces.append(
                Province(
                    code: code, name: name.nfc, asciiName: field("ascii_name") ?? name.matchingKey,
                    validFrom: try date("valid_from"), validTo: try date("valid_to"),
                    successorCode: field("successor_code"), region: field("region")?.nfc))
        }
        return ProvinceRegistry(provinces: provinces)
    }
}
