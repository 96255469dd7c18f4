import Foundation

extension String {
    /// The precomposed (NFC) form. Cairo's simple text calls place decomposed (NFD) marks wrongly,
    /// and Swift's `==` hides the difference, so every label is normalised before it is drawn or stored.
    public var nfc: String { precomposedStringWithCanonicalMapping }

    /// Lower-cased, diacritics removed, đ→d, spaces collapsed: the key used to match what people type
    /// ("HÀ NỘI", "ha noi", "Hà  Nội") against a registry or a header.
    public var matchingKey: String {
        // Runs for every header, name and cell read, so it works on scalars without a String per letter,
        // and leaves out the decomposition when the text is ASCII (ids, most headers, English names).
        let scalars = utf8.allSatisfy { $0 < 0x80 } ? unicodeScalars : decomposedStringWithCanonicalMapping.unicodeScalars
        var out = String.UnicodeScalarView()
        var spaceBefore = false
        for scalar in scalars {
            if (0x0300...0x036F).contains(scalar.value) { continue }  // combining diacritics
            if scalar.properties.isWhitespace || scalar == "_" || scalar == "-" {
                spaceBefore = !out.isEmpty
                continue
            }
            if spaceBefore { out.append(" "); spaceBefore = false }
            if scalar.isASCII {
                out.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if scalar == "đ" || scalar == "Đ" {
                out.append("d")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
