/// What is known about a figure beyond its number: exact, approximate, or a bound.
///
/// Shared by analytics (where it is read from data) and charts (where it is drawn), so a bound
/// can never be dropped on the way from a file to a figure.
public enum ValueBound: String, Sendable, CaseIterable, Hashable {
    case exact
    case approx
    case atLeast = "at_least"
    case atMost = "at_most"

    /// The mark printed before the number: ≈590, >120.000, <3.000.
    public var mark: String {
        switch self {
        case .exact: return ""
        case .approx: return "≈"
        case .atLeast: return ">"
        case .atMost: return "<"
        }
    }

    /// A short explanation for a chart's footnote, in the given language.
    public func legend(_ locale: Language) -> String {
        switch (self, locale) {
        case (.exact, _): return ""
        case (.approx, .vi): return "≈ số liệu ước tính"
        case (.approx, .en): return "≈ approximate figure"
        case (.atLeast, .vi): return "> ít nhất (cận dưới)"
        case (.atLeast, .en): return "> at least (lower bound)"
        case (.atMost, .vi): return "< không quá (cận trên)"
        case (.atMost, .en): return "< at most (upper bound)"
        }
    }
}

extension Language {
    /// A value with its bound mark: "≈590", ">120.000".
    public func format(_ value: Double, bound: ValueBound, maxDecimals: Int = 2) -> String {
        bound.mark + format(value, maxDecimals: maxDecimals)
    }
}
