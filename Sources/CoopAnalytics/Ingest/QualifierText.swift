import CoopFormatting

extension ValueBound {
    /// Reads the `qualifier` column: the contract's words, or their Vietnamese equivalents.
    init?(qualifierText text: String) {
        switch text.matchingKey {
        case "", "exact", "chinh xac": self = .exact
        case "approx", "approximate", "khoang", "uoc", "uoc tinh", "~", "≈": self = .approx
        case "at least", "at_least", "atleast", "hon", "tren", "it nhat", ">", "≥", ">=": self = .atLeast
        case "at most", "at_most", "atmost", "gan", "duoi", "toi da", "<", "≤", "<=": self = .atMost
        default: return nil
        }
    }

    static let acceptedQualifiers = "exact, approx, at_least or at_most"
}
