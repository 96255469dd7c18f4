import Foundation

/// The names people's files arrive with, made into labels: the last part of whatever path the browser
/// sent, in NFC, without control characters, at most 120 characters, and unique within a dataset. A
/// label names a file in messages; it never reaches the file system.
enum Labels {
    static let maximumLength = 120

    static func label(_ name: String?, index: Int) -> String {
        let raw = name ?? ""
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(
            String.UnicodeScalarView(
                last.precomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    !$0.properties.isNoncharacterCodePoint && $0.properties.generalCategory != .control && $0.properties.generalCategory != .format
                })
        ).trimmingCharacters(in: .whitespaces)
        let short = String(cleaned.prefix(maximumLength))
        return short.isEmpty || short == "." || short == ".." ? "file-\(index)" : short
    }

    /// `labels` made unique: a second "data.csv" becomes "data (2).csv".
    static func unique(_ labels: [String]) -> [String] {
        var seen: Set<String> = []
        return labels.map { label in
            var candidate = label
            var number = 2
            while seen.contains(candidate) {
                let ext = (label as NSString).pathExtension
                let stem = ext.isEmpty ? label : String(label.dropLast(ext.count + 1))
                candidate = ext.isEmpty ? "\(stem) (\(number))" : "\(stem) (\(number)).\(ext)"
                number += 1
            }
            seen.insert(candidate)
            return candidate
        }
    }

    /// A label in quotes for a message.
    static func shown(_ name: String) -> String { "\"\(label(name, index: 1))\"" }
}
