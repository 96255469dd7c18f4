import CoopFormatting

/// Text known to be in NFC. Its initializer is the one place where labels are normalised, and backends
/// accept only this type, so decomposed Vietnamese (NFD) can never reach Cairo, which misplaces its marks.
public struct NormalizedText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The NFC string.
    public let string: String

    /// Normalises `text` to NFC.
    public init(_ text: String) {
        string = Self.isKnownNFC(text) ? text : text.nfc
    }

    /// Normalises a literal to NFC.
    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { string }
    public var isEmpty: Bool { string.isEmpty }

    /// A quick check that skips Foundation for the common case: every scalar below U+0300 (Latin with
    /// Vietnamese ơ ư đ), precomposed Vietnamese letters (U+1E00–U+1EFF) and a few marks charts use.
    /// None of these changes under NFC, and no combining mark is among them.
    private static func isKnownNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 || (0x1E00...0x1EFF).contains(value) { continue }
            switch value {
            case 0x2013, 0x2014, 0x2026, 0x2212, 0x2248, 0x2264, 0x2265, 0x00B7: continue
            default: return false
            }
        }
        return true
    }
}
