import CoopFormatting

/// Whether each required label appears whole among the drawn texts: as one text, or wrapped onto up to
/// three consecutive lines. Labels are counted, not only looked up: two provinces tied at "12" need two
/// drawn "12"s, so a value that lost its label cannot hide behind its twin.
public enum Completeness {
    /// The labels of `required` that no drawn text (or run of up to three wrapped lines) spells out, one
    /// entry for each copy that is missing.
    public static func missing(_ required: [String], drawn: [String]) -> [String] {
        missing(choices: required.map { [$0] }, drawn: drawn)
    }

    /// The entries of `choices` none of whose forms is drawn (each reported by its first form), one per
    /// missing copy.
    public static func missing(choices required: [[String]], drawn: [String]) -> [String] {
        // How many places in the drawing spell each text: a text alone, or joined with the next one or two.
        var present: [[Unicode.Scalar]: Int] = [:]
        for start in drawn.indices {
            var joined = ""
            var spelled = Set<[Unicode.Scalar]>()
            for line in drawn[start..<min(drawn.count, start + 3)] {
                joined = joined.isEmpty ? line : joined + " " + line
                spelled.insert(Array(joined.unicodeScalars))
            }
            for key in spelled { present[key, default: 0] += 1 }
        }
        var missing: [String] = []
        for forms in required {
            let keys = forms.map { Array($0.nfc.unicodeScalars) }
            if let key = keys.first(where: { (present[$0] ?? 0) > 0 }) {
                present[key]! -= 1
            } else {
                missing.append(forms.first ?? "")
            }
        }
        return missing
    }
}
