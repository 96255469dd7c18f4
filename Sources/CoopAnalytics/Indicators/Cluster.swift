import CoopFormatting

/// An emulation cluster: a named set of provinces, valid for some years. Clusters are data:
/// membership and the lead rotate, and the 2025 merger changed the delta cluster itself.
public struct Cluster: Sendable, Equatable {
    public let name: String
    public let title: String
    /// Registry indices of the members.
    public let members: [Int]
    public let years: ClosedRange<Int>?
    /// Set when the members were carried into their successors (`--harmonize`): the cluster then
    /// speaks of the new units for every period.
    public let harmonizedTo: SimpleDate?
    /// Units that were not members but lie inside a member's successor, brought in by restating the
    /// cluster as the new units (`--restate-cluster`); every output names them.
    public let broughtIn: [Int]

    public init(
        name: String, title: String, members: [Int], years: ClosedRange<Int>? = nil, harmonizedTo: SimpleDate? = nil,
        broughtIn: [Int] = []
    ) {
        self.name = name
        self.title = title
        self.members = members
        self.years = years
        self.harmonizedTo = harmonizedTo
        self.broughtIn = broughtIn
    }

    /// True when restating the cluster brought in units that were not members.
    public var isRestatedWithNonMembers: Bool { !broughtIn.isEmpty }

    /// Whether a province's figure for `period` belongs to the cluster. The years say when the
    /// membership was agreed (and resolve the members' names); a member's figures of other years stay,
    /// so growth over the previous year can still be computed.
    public func contains(province: Int, period: Period) -> Bool {
        members.contains(province)
    }

    /// The members that existed in `period` (all of them once harmonized), in registry order.
    public func members(in period: Period, registry: ProvinceRegistry) -> [Int] {
        guard harmonizedTo == nil else { return members.sorted() }
        return members.filter { registry.provinces[$0].overlaps(period) }.sorted()
    }

    /// Built-in clusters, by name (defined as data, in the same YAML shape as a cluster file).
    public static func builtIn(_ name: String, registry: ProvinceRegistry = .bundled) -> Cluster? {
        guard let text = BuiltInClusters.yaml[name.matchingKey] else { return nil }
        do {
            return try ClusterFile.load(text: text, file: "built-in cluster \(name)", registry: registry)
        } catch {
            preconditionFailure("a built-in cluster is part of the program and must load: \(error)")
        }
    }

    public static var builtInNames: [String] { BuiltInClusters.names }

    /// A built-in name, or the path of a cluster file (`.yaml`/`.yml`).
    public static func named(_ nameOrFile: String, registry: ProvinceRegistry = .bundled) throws -> Cluster {
        if let builtIn = builtIn(nameOrFile, registry: registry) { return builtIn }
        let lower = nameOrFile.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || nameOrFile.contains("/") {
            return try ClusterFile.load(nameOrFile, registry: registry)
        }
        throw InputError(
            parameter: .cluster,
            message:
                "unknown cluster \"\(nameOrFile)\"; give a built-in cluster (\(builtInNames.joined(separator: ", "))) or a cluster file such as my-cluster.yaml",
            vietnamese:
                "không có cụm \"\(nameOrFile)\"; hãy chọn một cụm có sẵn (\(builtInNames.joined(separator: ", "))) hoặc một tệp cụm như cum-cua-toi.yaml")
    }
}

/// The clusters coopchart knows without a file.
enum BuiltInClusters {
    static let names = ["dbsh-2017"]
    static let yaml: [String: String] = [
        "dbsh 2017": """
        name: dbsh-2017
        title: Cụm thi đua Đồng bằng sông Hồng
        years: 2017
        members: [Ninh Bình, Hà Nam, Nam Định, Thái Bình, Vĩnh Phúc, Bắc Ninh, Hải Dương, Hưng Yên, Quảng Ninh]
        """
    ]
}
