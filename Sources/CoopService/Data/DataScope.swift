import CoopAnalytics
import CoopFormatting

/// Which part of a dataset a request looks at: a cluster's members, and whether the provinces merged on
/// 1 July 2025 are carried into their successors first.
public struct ScopeRequest: Sendable {
    /// The cluster, resolved by the front end (a built-in name or a file on the command line; a built-in
    /// name or an uploaded file in the browser app).
    public var cluster: Cluster?
    public var harmonize: Bool
    /// Accepts a restated cluster that brings in units that were never members (then every output says so).
    public var restateCluster: Bool

    public init(cluster: Cluster? = nil, harmonize: Bool = false, restateCluster: Bool = false) {
        self.cluster = cluster
        self.harmonize = harmonize
        self.restateCluster = restateCluster
    }

    /// Restating the cluster only means something across the merger.
    public static func check(harmonize: Bool, restateCluster: Bool) throws {
        guard restateCluster && !harmonize else { return }
        throw InputError(
            parameter: .restateCluster,
            message:
                "\(option: .restateCluster) restates the cluster as the units in force from 1 July 2025, which only \(option: .harmonize) makes comparable; give both",
            vietnamese:
                "\(option: .restateCluster) tính lại cụm theo các đơn vị có hiệu lực từ 1/7/2025, điều chỉ có nghĩa khi chọn \(option: .harmonize); hãy chọn cả hai"
        )
    }
}

/// A dataset ready for a chart, a ranking or a report: harmonized when asked, limited to the cluster,
/// with the notes a person should read beside the result.
public struct PreparedData: Sendable {
    public let dataset: Dataset
    public let cluster: Cluster?
    public let notes: [ServiceNote]

    public init(dataset: Dataset, cluster: Cluster?, notes: [ServiceNote] = []) {
        self.dataset = dataset
        self.cluster = cluster
        self.notes = notes
    }

    /// The estimated memory the prepared dataset holds, for a server's budget.
    public var estimatedBytes: Int { DatasetSize.estimatedBytes(dataset) }
}

/// What every front end does with a dataset once it is read and its cluster is known.
public enum DataScope {
    /// The dataset, harmonized when asked and limited to the cluster, with what was done said in notes.
    public static func prepare(_ dataset: Dataset, _ scope: ScopeRequest) throws -> PreparedData {
        try ScopeRequest.check(harmonize: scope.harmonize, restateCluster: scope.restateCluster)
        var notes = NoteList()
        var dataset = dataset
        var cluster = scope.cluster
        if scope.harmonize {
            if let given = cluster {
                let restated = try restate(given, registry: dataset.registry, accept: scope.restateCluster, origin: .parameter(.cluster))
                cluster = restated.cluster
                notes.add(restated.notes)
            }
            let result = try Harmonizer.harmonize(dataset, to: Harmonizer.mergerDate)
            for line in result.notes(about: cluster?.members) { notes.add(ServiceNote(line, vietnamese: nil)) }
            dataset = result.dataset
        }
        if let cluster {
            let restricted = restrict(dataset, to: cluster)
            dataset = restricted.dataset
            notes.add(restricted.notes)
        }
        return PreparedData(dataset: dataset, cluster: cluster, notes: notes.notes)
    }

    /// The cluster as the units in force after the merger, refused when that brings in non-members unless
    /// `accept`, and then said. `origin` is where the cluster was chosen (the request, or a scheme's line).
    public static func restate(
        _ cluster: Cluster, to date: SimpleDate = Harmonizer.mergerDate, registry: ProvinceRegistry, accept: Bool,
        origin: SettingOrigin = .parameter(.cluster), otherwise: RequestParameter = .harmonize
    ) throws -> (cluster: Cluster, notes: [ServiceNote]) {
        let restated = try cluster.restated(to: date, registry: registry, accept: accept, origin: origin, otherwise: otherwise)
        guard restated.isRestatedWithNonMembers else { return (restated, []) }
        let names = restated.broughtIn.map { registry.provinces[$0].name }.joined(separator: ", ")
        return (
            restated,
            [
                ServiceNote(
                    "cluster \(cluster.name) is restated as the units in force from \(date); "
                        + "its figures now include \(names), which were not members (\(option: .restateCluster))",
                    vietnamese: "cụm \(cluster.name) được tính lại theo các đơn vị có hiệu lực từ \(date); "
                        + "số liệu của cụm nay gồm cả \(names), vốn không phải thành viên (\(option: .restateCluster))")
            ]
        )
    }

    /// Keeps the figures inside `cluster`, saying in one note what was left out.
    public static func restrict(_ dataset: Dataset, to cluster: Cluster) -> (dataset: Dataset, notes: [ServiceNote]) {
        let kept = dataset.filter(provinces: { cluster.contains(province: $0, period: $1) })
        let leftOut = dataset.observations.count - kept.observations.count
        guard leftOut > 0 else { return (kept, []) }
        var names: [String] = []
        for observation in dataset.observations where !cluster.contains(province: observation.province, period: observation.period) {
            let province = dataset.registry.provinces[observation.province].name
            let label = cluster.members.contains(observation.province) ? "\(province) \(observation.period)" : province
            if !names.contains(label) { names.append(label) }
        }
        let shown = names.prefix(5).joined(separator: ", ")
        let more = names.count > 5 ? " and \(names.count - 5) more" : ""
        let moreVi = names.count > 5 ? " và \(names.count - 5) nơi khác" : ""
        return (
            kept,
            [
                ServiceNote(
                    "\(leftOut) figure\(leftOut == 1 ? "" : "s") outside cluster \(cluster.name) left out (\(shown)\(more))",
                    vietnamese: "đã bỏ \(leftOut) số liệu ngoài cụm \(cluster.name) (\(shown)\(moreVi))")
            ]
        )
    }
}

/// The memory a dataset holds, estimated from what it stores: each figure, its texts, the index.
public enum DatasetSize {
    public static func estimatedBytes(_ dataset: Dataset) -> Int {
        let figures = dataset.observations.count + dataset.clusterTotals.count
        // An observation is 40 bytes, its index entry about 24; the texts a reading keeps are counted by
        // the reader's own tally when it has one, otherwise by a generous share per figure.
        return 4_096 + figures * (MemoryLayout<Observation>.stride + 24) + dataset.textBytes
    }
}
