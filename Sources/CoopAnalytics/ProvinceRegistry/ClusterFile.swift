import Yams

/// Reads a cluster file (`--cluster FILE.yaml`):
///
/// ```yaml
/// name: dbsh-2017
/// title: Cụm thi đua Đồng bằng sông Hồng
/// years: 2017            # optional: 2017, "2017-2019", or [2017, 2019]
/// members:               # by name (any case, with or without diacritics) or two-digit code
///   - Ninh Bình
///   - "35"
/// ```
/// Members are resolved in the cluster's years, or, without years, at any date where the name is
/// unambiguous. A code that meant two different provinces needs the years.
public enum ClusterFile {
    /// The most entries a cluster's member list may have: every unit the registry has ever held is fewer.
    public static let maximumMembers = 200

    public static func load(_ file: String, registry: ProvinceRegistry = .bundled) throws -> Cluster {
        try cluster(from: YAMLDocument(file: file), registry: registry)
    }

    public static func load(text: String, file: String, registry: ProvinceRegistry = .bundled) throws -> Cluster {
        try cluster(from: YAMLDocument(text: text, file: file), registry: registry)
    }

    private static func cluster(from document: YAMLDocument, registry: ProvinceRegistry) throws -> Cluster {
        let root = document.root
        try document.checkKeys(root, accepted: ["name", "title", "years", "members", "lead", "note"], what: .clusterFile)
        guard let name = try document.string(root, "name") else {
            throw document.error(root, "name") { $0.clusterNeedsName }
        }
        let years = try self.years(root["years"], document: document)
        guard let list = root["members"]?.sequence, !list.isEmpty else {
            throw document.error(root["members"] ?? root, "members") { $0.clusterNeedsMembers }
        }
        guard list.count <= maximumMembers else {
            throw document.error(root["members"], "members") { $0.tooManyMembers(list.count, maximum: maximumMembers, units: registry.provinces.count) }
        }
        var members: [Int] = []
        for node in list {
            guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                throw document.error(node, "members") { $0.memberNotAName }
            }
            for index in try resolve(text, years: years, registry: registry, node: node, document: document) where !members.contains(index) {
                members.append(index)
            }
        }
        return Cluster(name: name, title: try document.string(root, "title") ?? name, members: members, years: years)
    }

    private static func resolve(_ text: String, years: ClosedRange<Int>?, registry: ProvinceRegistry, node: Node, document: YAMLDocument) throws -> [Int] {
        let candidates = registry.candidates(for: text)
        guard !candidates.isEmpty else {
            throw document.error(node, "members") { $0.unknownMember(text, suggestions: registry.suggestions(for: text)) }
        }
        if let years {
            let inForce = candidates.filter { index in years.contains { registry.provinces[index].overlaps(Period(year: $0)) } }
            guard !inForce.isEmpty else {
                throw document.error(node, "members") { $0.memberNotInForce(text, years: years, units: candidates.map { registry.provinces[$0] }) }
            }
            return inForce
        }
        let names = Set(candidates.map { registry.provinces[$0].name })
        guard names.count == 1 else {
            throw document.error(node, "members") { $0.memberAmbiguous(text, units: candidates.map { registry.provinces[$0] }) }
        }
        return candidates
    }

    private static func years(_ node: Node?, document: YAMLDocument) throws -> ClosedRange<Int>? {
        guard let node else { return nil }
        var values: [Int] = []
        if let list = node.sequence {
            values = list.compactMap(\.int)
            guard values.count == list.count, !values.isEmpty else { throw document.error(node, "years") { $0.yearsUnreadable } }
        } else if let text = node.string {
            values = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == " " }).compactMap { Int($0) }
            guard (1...2).contains(values.count) else { throw document.error(node, "years") { $0.notAYearOrRange(text) } }
        }
        guard let low = values.min(), let high = values.max(), Period.acceptedYears.contains(low), Period.acceptedYears.contains(high) else {
            throw document.error(node, "years") { $0.yearsOutside(Period.acceptedYears) }
        }
        return low...high
    }
}
