import Foundation
import Synchronization
import CoopAnalytics
import CoopFormatting
import CoopService

/// An uploaded cluster file: its name (as the person sent it), and the cluster it defines.
struct ClusterUpload: Sendable {
    let name: String
    let cluster: Cluster
}

/// The part of a dataset a request looks at: a cluster (built in, or uploaded with the data, by name),
/// harmonized or not. The charts, rankings and reports of one view share its preparation.
struct ScopeKey: Sendable, Hashable {
    var cluster: String?
    var harmonize = false
    var restateCluster = false

    /// The view of the query's `cluster`, `harmonize` and `restate-cluster`.
    init(_ query: Query) throws(APIError) {
        cluster = try query.value(.cluster)
        harmonize = try query.flag(RequestParameter.harmonize.rawValue)
        restateCluster = try query.flag(RequestParameter.restateCluster.rawValue)
    }

    init(cluster: String? = nil, harmonize: Bool = false, restateCluster: Bool = false) {
        self.cluster = cluster
        self.harmonize = harmonize
        self.restateCluster = restateCluster
    }
}

/// A dataset the server holds: read once, when uploaded, each file with its own period (what the file
/// says, else the period given for it, else the upload's); every chart, ranking and report selects from
/// this reading and never reads the files again. The uploaded bytes are not kept.
final class StoredDataset: Sendable {
    let id: String
    /// The figures as read.
    let data: Dataset
    let clusterFiles: [ClusterUpload]
    /// How the files were read (the upload's fields).
    let reading: ReadingSettings
    /// Each file: how it was read and how many findings it has.
    let files: [FileReport]
    /// The findings of the upload (warnings only: a file with an error is not kept), the first of each kind.
    let findings: FindingsDigest
    /// The memory held: the figures and their texts, and the room kept for views of them.
    let byteCount: Int

    private struct State {
        var lastUse: ContinuousClock.Instant
        var prepared: [ScopeKey: (value: PreparedData, bytes: Int, use: UInt64)] = [:]
        var preparedBytes = 0
        var uses: UInt64 = 0
    }

    private let state: Mutex<State>
    /// The most the views kept of this dataset may hold: as much as the dataset itself.
    private let preparedBudget: Int

    init(id: String, data: Dataset, clusterFiles: [ClusterUpload], reading: ReadingSettings, files: [FileReport], findings: FindingsDigest) {
        self.id = id
        self.data = data
        self.clusterFiles = clusterFiles
        self.reading = reading
        self.files = files
        self.findings = findings
        let size = DatasetSize.estimatedBytes(data)
        preparedBudget = size
        byteCount = size + preparedBudget
        state = Mutex(State(lastUse: .now))
    }

    var lastUse: ContinuousClock.Instant { state.withLock { $0.lastUse } }

    func touch() { state.withLock { $0.lastUse = .now } }

    /// The view `key` asks for: limited to the cluster and harmonized as the command line does; kept (within
    /// the dataset's budget, least recently used first out) for the next request.
    func prepared(_ key: ScopeKey) throws -> PreparedData {
        if key == ScopeKey() { return PreparedData(dataset: data, cluster: nil) }
        if let known = state.withLock({ state -> PreparedData? in
            guard let entry = state.prepared[key] else { return nil }
            state.uses += 1
            state.prepared[key] = (entry.value, entry.bytes, state.uses)
            return entry.value
        }) {
            return known
        }
        let cluster = try self.cluster(named: key.cluster, registry: data.registry)
        let made = try DataScope.prepare(data, ScopeRequest(cluster: cluster, harmonize: key.harmonize, restateCluster: key.restateCluster))
        let bytes = made.estimatedBytes
        guard bytes <= preparedBudget else { return made }
        state.withLock { state in
            state.uses += 1
            if let old = state.prepared[key] { state.preparedBytes -= old.bytes }
            state.prepared[key] = (made, bytes, state.uses)
            state.preparedBytes += bytes
            while state.preparedBytes > preparedBudget, let oldest = state.prepared.min(by: { $0.value.use < $1.value.use }) {
                state.preparedBytes -= oldest.value.bytes
                state.prepared[oldest.key] = nil
            }
        }
        return made
    }

    /// A built-in cluster, or one of the cluster files uploaded with the data (by its file name or its
    /// `name:`). Never a path: nothing a request says is opened on the server's disk.
    func cluster(named name: String?, registry: ProvinceRegistry) throws -> Cluster? {
        guard let name, !name.isEmpty else { return nil }
        if let builtIn = Cluster.builtIn(name, registry: registry) { return builtIn }
        if let upload = clusterFiles.first(where: { $0.name == name || $0.cluster.name == name }) { return upload.cluster }
        let uploaded = clusterFiles.map(\.name)
        let builtIn = Cluster.builtInNames.joined(separator: ", ")
        throw InputError(
            parameter: .cluster,
            message: "unknown cluster \"\(name.prefix(60))\"; give a built-in cluster (\(builtIn))"
                + (uploaded.isEmpty ? " or upload a cluster file with the data" : " or one uploaded with the data (\(uploaded.joined(separator: ", ")))"),
            vietnamese: "không có cụm \"\(name.prefix(60))\"; hãy chọn một cụm có sẵn (\(builtIn))"
                + (uploaded.isEmpty ? " hoặc tải tệp cụm lên cùng số liệu" : " hoặc một cụm đã tải lên cùng số liệu (\(uploaded.joined(separator: ", ")))"))
    }

    /// The names of the clusters a page may offer: built in, then uploaded.
    var clusterChoices: [(value: String, label: String, builtIn: Bool)] {
        Cluster.builtInNames.map { ($0, Cluster.builtIn($0)?.title ?? $0, true) } + clusterFiles.map { ($0.name, $0.cluster.title, false) }
    }

    /// The clusters a scheme's `cluster:` line may name here: built in, or uploaded with the data.
    var schemeClusters: UploadedClusters { UploadedClusters(files: clusterFiles) }
}

/// The browser app's clusters for a scheme's `cluster:` line: built in, or a cluster file uploaded with the
/// data (never a path on the server).
struct UploadedClusters: SchemeClusters {
    let files: [ClusterUpload]

    func cluster(_ reference: Located<String>, of scheme: ScoringScheme, registry: ProvinceRegistry) throws -> Cluster {
        if let builtIn = Cluster.builtIn(reference.value, registry: registry) { return builtIn }
        if let upload = files.first(where: { $0.name == reference.value || $0.cluster.name == reference.value }) { return upload.cluster }
        let uploaded = files.map(\.name)
        let builtIn = Cluster.builtInNames.joined(separator: ", ")
        throw InputError(
            file: reference.origin.file, line: reference.origin.line,
            message: "unknown cluster \"\(reference.value)\": not a built-in cluster (\(builtIn)) "
                + (uploaded.isEmpty
                    ? "and no cluster file was uploaded with the data" : "nor a cluster file uploaded with the data (\(uploaded.joined(separator: ", ")))"),
            vietnamese: "không có cụm \"\(reference.value)\": không phải cụm có sẵn (\(builtIn)) "
                + (uploaded.isEmpty
                    ? "và không có tệp cụm nào được tải lên cùng số liệu" : "cũng không phải tệp cụm đã tải lên (\(uploaded.joined(separator: ", ")))"))
    }
}
