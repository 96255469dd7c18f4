import CoopFormatting

/// A figure a file gives for a whole cluster ("Toàn cụm", "Cụm ĐBSH", code `ALL`): the published
/// total that validation compares with the sum of the provinces. Never treated as a province.
public struct ClusterTotal: Sendable, Equatable {
    /// The row's province cell as written ("Toàn cụm").
    public let label: String
    public let period: Period
    public let indicator: String
    public let value: Double
    public let qualifier: ValueBound
    public let source: String?
    public let origin: SourceLocation

    public init(
        label: String, period: Period, indicator: String, value: Double, qualifier: ValueBound = .exact,
        source: String? = nil, origin: SourceLocation
    ) {
        self.label = label
        self.period = period
        self.indicator = indicator
        self.value = value
        self.qualifier = qualifier
        self.source = source
        self.origin = origin
    }

    /// Whether a province cell names a cluster total rather than a province.
    public static func isClusterLabel(_ text: String) -> Bool {
        let key = text.matchingKey
        if exactLabels.contains(key) { return true }
        return labelPrefixes.contains { key.hasPrefix($0) }
    }

    private static let exactLabels: Set<String> = ["toan cum", "cum", "all", "ca cum", "tong cum", "tong", "tong cong", "total", "cluster", "cluster total"]
    private static let labelPrefixes = ["cum ", "toan cum ", "cum thi dua", "tong cong "]
}
