import CoopFormatting

/// Whether each required label appears whole among the drawn texts: as one text, or wrapped onto up to
/// three consecutive lines.
public enum Completeness {
    /// The labels of `required` that no drawn text (or run of up to three wrapped lines) spells out.
    public static func missing(_ required: [String], drawn: [String]) -> [String] {
        var present = Set<[Unicode.Scalar]>()
        for start in drawn.indices {
            var joined = ""
            for line in drawn[start..<min(drawn.count, start + 3)] {
                joined = joined.isEmpty ? line : joined + " " + line
                present.insert(Array(joined.unicodeScalars))
            }
        }
        var seen = Set<[Unicode.Scalar]>()
        return required.filter { label in
            let key = Array(label.nfc.unicodeScalars)
            return !present.contains(key) && seen.insert(key).inserted
        }
    }
}
