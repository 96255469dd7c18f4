import CoopAnalytics

/// What the report's provinces make together, as its sentences name it: an emulation cluster ("toàn
/// cụm"), the whole country when every unit in force is there ("cả nước": a national table of 63 or 34
/// units), or else just the provinces reported ("các tỉnh"). A national report that said "toàn cụm"
/// would name a cluster that does not exist.
public enum ReportWhole: Sendable, Equatable {
    case cluster
    case country
    case provinces

    /// The whole of `scope` in `period`: the cluster when there is one, the country when `scope` holds
    /// every unit in force on the period's last day.
    public static func of(cluster: Cluster?, scope: [Int], period: Period, registry: ProvinceRegistry) -> ReportWhole {
        if cluster != nil { return .cluster }
        let inForce = Set(registry.inForce(on: period.lastDay))
        return !inForce.isEmpty && inForce.isSubset(of: Set(scope)) ? .country : .provinces
    }
}
