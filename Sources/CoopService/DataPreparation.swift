import CoopAnalytics

/// What every front end does with a dataset once it is read and its cluster is known: carry it across
/// the 2025 merger when asked (restating the cluster as the new units), and keep the cluster's figures.
/// What a person should know on the way (a restated cluster, figures left out) goes to `note`, which the
/// CLI prints on stderr and the browser app shows beside the result.
public enum DataPreparation {
    /// The dataset, harmonized when `harmonize` is set, and limited to `cluster`. `restateCluster`
    /// accepts a restated cluster that brings in units that were never members; `option` names the
    /// cluster's setting in messages.
    public static func prepare(_ dataset: Dataset, cluster: Cluster?, harmonize: Bool, restateCluster: Bool, option: String = "--cluster",
                               note: (String) -> Void) throws -> (dataset: Dataset, cluster: Cluster?) {
        var dataset = dataset
        var cluster = cluster
        if harmonize {
            cluster = try cluster.map { try restate($0, to: Harmonizer.mergerDate, registry: dataset.registry, accept: restateCluster, option: option, note: note) }
            let result = try Harmonizer.harmonize(dataset, to: Harmonizer.mergerDate)
            for line in result.notes(about: cluster?.members) { note("note: " + line) }
            dataset = result.dataset
        }
        if let cluster { dataset = restrict(dataset, to: cluster, note: note) }
        return (dataset, cluster)
    }

    /// The cluster as the units in force at `date`, refused when that brings in non-members unless
    /// `accept`, and then said.
    public static func restate(_ cluster: Cluster, to date: SimpleDate, registry: ProvinceRegistry, accept: Bool, option: String = "--cluster",
                               note: (String) -> Void) throws -> Cluster {
        let restated = try cluster.restated(to: date, registry: registry, accept: accept, option: option)
        if restated.isRestatedWithNonMembers {
            let names = restated.broughtIn.map { registry.provinces[$0].name }.joined(separator: ", ")
            note("note: cluster \(cluster.name) is restated as the units in force from \(date); "
                 + "its figures now include \(names), which were not members (--restate-cluster)")
        }
        return restated
    }

    /// Keeps the figures inside `cluster`, telling in one line what was left out.
    public static func restrict(_ dataset: Dataset, to cluster: Cluster, note: (String) -> Void) -> Dataset {
        let kept = dataset.filter { cluster.contains(province: $0.province, period: $0.period) }
        let leftOut = dataset.observations.count - kept.observations.count
        if leftOut > 0 {
            var names: [String] = []
            for observation in dataset.observations where !cluster.contains(province: observation.province, period: observation.period) {
                let province = dataset.registry.provinces[observation.province].name
                let label = cluster.members.contains(observation.province) ? "\(province) \(observation.period)" : province
                if !names.contains(label) { names.append(label) }
            }
            let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
            note("note: \(leftOut) figure\(leftOut == 1 ? "" : "s") outside cluster \(cluster.name) left out (\(shown))")
        }
        return kept
    }
}
