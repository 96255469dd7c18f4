import CoopFormatting

/// The registry as `coopchart provinces` prints it.
public enum ProvinceListing {
    public static let csvColumns = ["code", "name", "ascii_name", "valid_from", "valid_to", "successor_code", "region"]

    public static func csv(_ registry: ProvinceRegistry, _ indices: [Int], style: CSVStyle = .rfc4180) -> String {
        var out = CSVText.header(csvColumns, style: style)
        for index in indices {
            let p = registry.provinces[index]
            out += CSVText.row(
                [
                    p.code, p.name, p.asciiName, p.validFrom?.description ?? "", p.validTo?.description ?? "",
                    p.successorCode ?? "", p.region ?? "",
                ].map { $0.isEmpty ? .empty : .text($0) }, style: style)
        }
        return out
    }

    public static func table(_ registry: ProvinceRegistry, _ indices: [Int], language: Language) -> String {
        let words = AnalyticsWords.for(language)
        let headers = [words.code, words.name, words.validity, words.mergedInto, words.region]
        let rows: [[String]] = indices.map { index in
            let p = registry.provinces[index]
            let validity: String
            switch (p.validFrom, p.validTo) {
            case (nil, nil): validity = words.always
            case (let from?, nil): validity = words.from + from.description
            case (nil, let to?): validity = words.until + to.description
            case (let from?, let to?): validity = "\(from) – \(to)"
            }
            var successor = ""
            if let validTo = p.validTo, let next = registry.successor(of: index, on: SimpleDate.dayAfter(validTo)) {
                successor = "\(registry.provinces[next].name) (\(registry.provinces[next].code))"
            }
            return [p.code, p.name, validity, successor, p.region ?? ""]
        }
        let widths = headers.indices.map { column in ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
        func line(_ fields: [String]) -> String {
            fields.indices.map { fields[$0] + String(repeating: " ", count: widths[$0] - fields[$0].count) }
                .joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        var out = line(headers)
        for row in rows { out += line(row) }
        out += words.units.fill(["count": String(rows.count)]) + "\n"
        return out
    }
}
