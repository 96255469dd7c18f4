import CoopFormatting

/// An emulation cluster: a named set of provinces, valid for some years. Clusters are data:
/// membership and the lead rotate, and the 2025 merger changed the delta cluster itself.
public struct Cluster: Sendable, Equatable {
    public let name: String
    public let title: String
    /// Registry indices of the members.
    public let members: [Int]
    public let years: ClosedRange<Int>?

    public init(name: String, title: String, members: [Int], years: ClosedRange<Int>? = nil) {
        self.name = name
        self.title = title
        self.members = members
        self.years = years
    }

    /// Built-in clusters, by name.
    public static func builtIn(_ name: String, registry: ProvinceRegistry = .bundled) -> Cluster? {
        guard name.matchingKey == "dbsh 2017" else { return nil }
        let period = Period(year: 2017)
        let names = ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Quảng Ninh"]
        let members = names.compactMap { name -> Int? in
            if case .found(let index) = registry.resolve(name, in: period) { return index }
            return nil
        }
        return Cluster(name: "dbsh-2017", title: "Cụm thi đua Đồng bằng sông Hồng (2017)", members: members, years: 2017...2017)
    }

    public static let builtInNames = ["dbsh-2017"]
}
