import Foundation
import CoopAnalytics

/// The parameters of a query string, in order, repeated names kept (`indicator=htx&indicator=tht`).
/// Decoded by Foundation's URLComponents; `+` is a space, as HTML forms write it. Every parameter a
/// route reads is marked, so a name the route does not know (a typo) is refused rather than ignored.
struct Query: Sendable {
    private(set) var items: [(name: String, value: String)] = []

    /// Refuses a query that is not well formed (bad percent-encoding, characters a URL cannot hold).
    init(_ query: String?) throws(APIError) {
        guard let query, !query.isEmpty else { return }
        // Foundation on Linux lets "%zz" through; a "%" must start two hex digits.
        let bytes = Array(query.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x25 {
            let hex = { (at: Int) in at < bytes.count && (Character(UnicodeScalar(bytes[at])).isHexDigit) }
            guard hex(index + 1), hex(index + 2) else {
                throw APIError(
                    .badRequest, "the query string is not well formed (\"%\" must start two hex digits); encode each value as a URL does (encodeURIComponent)",
                    vietnamese:
                        "chuỗi truy vấn không đúng dạng (\"%\" phải đứng trước hai chữ số hệ 16); hãy mã hoá từng giá trị như một URL (encodeURIComponent)")
            }
        }
        // The failable initializer: a malformed query is a 400, never a trap in the URL parser.
        guard let components = URLComponents(string: "?" + query.replacingOccurrences(of: "+", with: "%20")),
            let queryItems = components.queryItems
        else {
            throw APIError(
                .badRequest, "the query string is not well formed; encode each value as a URL does (encodeURIComponent)",
                vietnamese: "chuỗi truy vấn không đúng dạng; hãy mã hoá từng giá trị như một URL (encodeURIComponent)")
        }
        items = queryItems.map { ($0.name, $0.value ?? "") }
    }

    /// The value of `name`, trimmed; nil when absent or empty. Given twice, the request is refused.
    func value(_ name: String) throws(APIError) -> String? {
        let values = all(name)
        if values.count > 1 {
            throw APIError(
                .badRequest, "\(name) is given \(values.count) times; give it once", vietnamese: "\(name) được ghi \(values.count) lần; chỉ ghi một lần",
                parameterName: name)
        }
        return values.first
    }

    /// Every non-empty value of `name`, in order.
    func all(_ name: String) -> [String] {
        items.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `true`/`1`/`yes`/`on` or `false`/`0`/`no`/`off`; absent is `false`.
    func flag(_ name: String) throws(APIError) -> Bool {
        guard let text = try value(name) else { return false }
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            throw APIError(
                .badRequest, "\(name) \"\(text.prefix(40))\" is not a yes or no; write true or false",
                vietnamese: "\(name) \"\(text.prefix(40))\" không phải là có hay không; hãy ghi true hoặc false", parameterName: name)
        }
    }

    /// The value of a setting (its API name).
    func value(_ parameter: RequestParameter) throws(APIError) -> String? { try value(parameter.rawValue) }

    /// A number, refused with the parameter's name when it is not one.
    func number(_ name: String) throws(APIError) -> Double? {
        guard let text = try value(name) else { return nil }
        guard let number = Double(text), number.isFinite else {
            throw APIError(
                .badRequest, "\(name) \"\(text.prefix(40))\" is not a number", vietnamese: "\(name) \"\(text.prefix(40))\" không phải là một số",
                parameterName: name)
        }
        return number
    }

    func integer(_ name: String) throws(APIError) -> Int? {
        guard let text = try value(name) else { return nil }
        guard let number = Int(text) else {
            throw APIError(
                .badRequest, "\(name) \"\(text.prefix(40))\" is not a whole number",
                vietnamese: "\(name) \"\(text.prefix(40))\" không phải là một số nguyên", parameterName: name)
        }
        return number
    }

    /// Refuses a parameter that is not among `known`, naming the ones that are.
    func checkNames(_ known: Set<String>) throws(APIError) {
        for item in items where !known.contains(item.name) {
            let shown = String(item.name.prefix(40))
            let names = known.sorted().joined(separator: ", ")
            throw APIError(
                .badRequest, "unknown parameter \"\(shown)\"; this route takes \(names)",
                vietnamese: "không có tham số \"\(shown)\"; đường dẫn này nhận \(names)", parameterName: shown)
        }
    }
}
