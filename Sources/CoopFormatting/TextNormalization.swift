import Foundation

extension String {
    /// The precomposed (NFC) form. Cairo's simple text calls place decomposed (NFD) marks wrongly,
    /// and Swift's `==` hides the difference, so every label is normalised before it is drawn or stored.
    public var nfc: String { precomposedStringWithCanonicalMapping }

    /// Lower-cased, diacritics removed, đ→d, spaces collapsed: the key used to match what people type
    /// ("HÀ NỘI", "ha noi", "Hà  Nội") against a registry or a header.
    public var matchingKey: String {
        let folded = self.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !(0x0300...0x036F).contains($0.value) }
        var out = ""
        var lastWasSpace = true
        for scalar in folded {
            let lowered = String(scalar).lowercased()
            for char in lowered {
                let mapped: Character = (char == "đ") ? "d" : char
                if mapped.isWhitespace || mapped == "_" || mapped == "-" {
                    if !lastWasSpace { out.append(" "); lastWasSpace = true }
                } else {
                    out.append(mapped)
                    lastWasSpace = false
                }
            }
        }
        if out.last == " " { out.removeLast() }
        return out
    }
}
