import CoopAnalytics
import CoopFormatting

/// What `validate` reports about a set of files, for every front end: the reading errors, the merger
/// overlaps, then the warnings about figures that read but that a person should look at.
public enum DataCheck {
    public static func findings(errors: [InputError], dataset: Dataset, cluster: Cluster?) -> [Finding] {
        (errors + MergerOverlap.errors(in: dataset)).map(Finding.init(error:)) + Validator.warnings(for: dataset, cluster: cluster)
    }

    /// The findings of a reading, at most `keptPerKind` of each kind (errors first), with how many of each
    /// kind there were: a file with a bad value on every row is told in a few hundred lines, not a million.
    public static func digest(_ read: DataRead, cluster: Cluster?, keptPerKind: Int = 200) -> FindingsDigest {
        let dataset = cluster.map { DataScope.restrict(read.dataset, to: $0).dataset } ?? read.dataset
        let all = findings(errors: read.errors, dataset: dataset, cluster: cluster)
        return FindingsDigest(all, notKept: read.notes.errorsNotKept, keptPerKind: keptPerKind)
    }
}

/// Findings as a front end shows them: the first of each kind, errors first, and the count of each kind.
public struct FindingsDigest: Sendable {
    /// A kind of finding: its severity and what it is about (the field, else the message's first words).
    public struct Kind: Sendable, Hashable {
        public let severity: Finding.Severity
        public let topic: String
    }

    /// The findings kept, errors first, each group in the order found.
    public let findings: [Finding]
    /// How many findings of each kind there were, kept or not, in the order first found.
    public let counts: [(kind: Kind, total: Int, kept: Int)]

    public var errorCount: Int { counts.filter { $0.kind.severity == .error }.reduce(0) { $0 + $1.total } }
    public var warningCount: Int { counts.filter { $0.kind.severity == .warning }.reduce(0) { $0 + $1.total } }
    /// Findings found but not kept.
    public var notKept: Int { counts.reduce(0) { $0 + $1.total - $1.kept } }

    /// `findings` capped at `keptPerKind` of each kind; `notKept` counts errors the reader already left out (by field).
    public init(_ findings: [Finding], notKept: [String: Int] = [:], keptPerKind: Int = 200) {
        var order: [Kind] = []
        var totals: [Kind: Int] = [:], keptCounts: [Kind: Int] = [:]
        var kept: [Finding] = []
        for finding in findings.filter({ $0.severity == .error }) + findings.filter({ $0.severity == .warning }) {
            let kind = Kind(severity: finding.severity, topic: Self.topic(finding))
            if totals[kind] == nil { order.append(kind) }
            totals[kind, default: 0] += 1
            if keptCounts[kind, default: 0] < keptPerKind {
                keptCounts[kind, default: 0] += 1
                kept.append(finding)
            }
        }
        for (field, count) in notKept.sorted(by: { $0.key < $1.key }) {
            let kind = Kind(severity: .error, topic: field.isEmpty ? "-" : field)
            if totals[kind] == nil { order.append(kind) }
            totals[kind, default: 0] += count
        }
        self.findings = kept
        counts = order.map { ($0, totals[$0] ?? 0, keptCounts[$0] ?? 0) }
    }

    /// Errors by their field (as the reader counts the ones it does not keep); warnings by their first words.
    private static func topic(_ finding: Finding) -> String {
        if finding.severity == .error { return finding.field.flatMap { $0.isEmpty ? nil : $0 } ?? "-" }
        return finding.message.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
