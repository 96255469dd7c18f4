import CoopAnalytics
import CoopFormatting

/// The sentence every output carries when a cluster was restated as the units in force after the
/// merger and that brought in units that were never members.
public enum ClusterNote {
    public static func restatement(_ cluster: Cluster?, registry: ProvinceRegistry, language: Language) -> String? {
        guard let cluster, cluster.isRestatedWithNonMembers else { return nil }
        return restatement(broughtIn: cluster.broughtIn.map { registry.provinces[$0].name }, language: language)
    }

    public static func restatement(broughtIn names: [String], language: Language) -> String? {
        guard !names.isEmpty else { return nil }
        let words = FigureWords.for(language)
        return words.restatedCluster.fill(["names": words.list(names)])
    }
}
