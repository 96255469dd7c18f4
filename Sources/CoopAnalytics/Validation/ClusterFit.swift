import CoopFormatting

/// A cluster chosen for `validate` must fit the periods of the figures, as every other command requires
/// (`Cluster.checkApplies`): the 2017 delta cluster on 2026 figures names members that ended on 30 June
/// 2025 and units that now hold provinces that were never members. Checking only the figures of the
/// members still in force would pass such files silently (exit 0 with a wrong answer), so each period the
/// files hold that the cluster does not fit is an error with the reason the other commands give.
public enum ClusterFit {
    /// One error for each period of `dataset` (as read, before keeping the cluster's figures) that `cluster` does not fit.
    public static func errors(_ cluster: Cluster, in dataset: Dataset) -> [InputError] {
        dataset.periods.compactMap { period in
            guard let problem = cluster.mergerProblem(in: period, registry: dataset.registry) else { return nil }
            let registry = dataset.registry
            let ended = problem.ended.map { registry.provinces[$0] }
            let endedOn = ended.first?.validTo
            let successors = Array(Set(problem.ended.compactMap { registry.successor(of: $0, on: period.firstDay) })).sorted().map { registry.provinces[$0] }
            let nonMembers = problem.nonMembers.map { registry.provinces[$0] }
            return SettingsFileWords.error(file: "--cluster") {
                $0.clusterDoesNotFit(cluster.name, period: period, ended: ended, endedOn: endedOn, successors: successors, nonMembers: nonMembers)
            }
        }
    }
}
