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

/// How a dataset's files are read: the upload's settings, the same as the command line's options of
/// the same names. A chart's own `year` and `indicator` take the place of the upload's, as `--year` and
/// `--indicator` do for `coopchart chart`, for tables without a year column or with years as columns.
struct ReadingSettings: Sendable, Hashable {
    var year: String?
    var indicator: String?
    var numberStyle: NumberStyle?
    var sheets: [String] = []
}

/// What a route needs from a dataset: read with some settings, limited to a cluster, harmonized or not.
struct PreparedKey: Sendable, Hashable {
    var reading: ReadingSettings
    var cluster: String?
    var harmonize = false
    var restateCluster = false
}

/// A dataset the server holds: the uploaded files (in memory; never written under a name from the
/// request), what was found when they were read, and the readings made from them since, kept so a
/// preview does not read the files again.
final class StoredDataset: Sendable {
    struct Prepared: Sendable {
        let dataset: Dataset
        let cluster: Cluster?
        let notes: [String]
    }

    let id: String
    let dataFiles: [DataInput]
    let clusterFiles: [ClusterUpload]
    let reading: ReadingSettings
    /// The report of the upload: each file, how it was read and what was found.
    let files: [FileReport]
    /// Every finding of the upload (warnings only: a file with an error is not kept), errors first.
    let findings: [FindingReport]
    /// The dataset as uploaded (no cluster), for the pages' choices of indicator, period and province.
    let overview: Dataset
    let byteCount: Int
    /// Where workbooks are copied for their readers (the server's private folder).
    let temporaryFolder: String?

    private struct State {
        var lastUse: ContinuousClock.Instant
        var prepared: [PreparedKey: (value: Prepared, use: UInt64)] = [:]
        var uses: UInt64 = 0
    }

    private let state: Mutex<State>
    /// Readings kept per dataset: few for a large dataset (each may be hundreds of megabytes).
    private let readingsKept: Int

    init(id: String, dataFiles: [DataInput], clusterFiles: [ClusterUpload], reading: ReadingSettings, files: [FileReport],
         overview: Dataset, findings: [FindingReport], temporaryFolder: String?) {
        self.id = id
        self.dataFiles = dataFiles
        self.clusterFiles = clusterFiles
        self.reading = reading
        self.files = files
        self.overview = overview
        self.findings = findings
        self.temporaryFolder = temporaryFolder
        byteCount = dataFiles.reduce(0) { $0 + $1.bytes.count }
        readingsKept = byteCount > 8_000_000 ? 2 : 8
        state = Mutex(State(lastUse: .now))
    }

    var lastUse: ContinuousClock.Instant { state.withLock { $0.lastUse } }

    func touch() { state.withLock { $0.lastUse = .now } }

    /// The dataset as `key` asks for it: read (with the request's year and indicator), checked for merger
    /// overlaps, limited to the cluster and harmonized as the CLI does; kept for the next request.
    func prepared(_ key: PreparedKey) throws -> Prepared {
        if let known = state.withLock({ state -> Prepared? in
            guard let entry = state.prepared[key] else { return nil }
            state.uses += 1
            state.prepared[key] = (entry.value, state.uses)
            return entry.value
        }) { return known }
        let made = try prepare(key)
        state.withLock { state in
            state.uses += 1
            state.prepared[key] = (made, state.uses)
            while state.prepared.count > readingsKept, let oldest = state.prepared.min(by: { $0.value.use < $1.value.use }) {
                state.prepared[oldest.key] = nil
            }
        }
        return made
    }

    private func prepare(_ key: PreparedKey) throws -> Prepared {
        var reader = DatasetReader(numberStyle: key.reading.numberStyle)
        reader.defaultPeriod = try key.reading.year.map { try Period.parse($0, option: "--year") }
        reader.defaultIndicator = key.reading.indicator
        reader.sheets = key.reading.sheets
        reader.temporaryFolder = temporaryFolder
        let dataset = try reader.read(inputs: dataFiles)
        try MergerOverlap.check(dataset)
        let cluster = try self.cluster(named: key.cluster, registry: dataset.registry)
        var notes: [String] = []
        let prepared = try DataPreparation.prepare(dataset, cluster: cluster, harmonize: key.harmonize, restateCluster: key.restateCluster,
                                                   note: { notes.append($0) })
        return Prepared(dataset: prepared.dataset, cluster: prepared.cluster, notes: notes)
    }

    /// A built-in cluster, or one of the cluster files uploaded with the data (by its file name or its
    /// `name:`). Never a path: nothing a request says is opened on the server's disk.
    func cluster(named name: String?, registry: ProvinceRegistry, parameter: String = "--cluster") throws -> Cluster? {
        guard let name, !name.isEmpty else { return nil }
        if let builtIn = Cluster.builtIn(name, registry: registry) { return builtIn }
        if let upload = clusterFiles.first(where: { $0.name == name || $0.cluster.name == name }) { return upload.cluster }
        let uploaded = clusterFiles.map(\.name)
        throw InputError(file: parameter, message: "unknown cluster \"\(name)\"; give a built-in cluster (\(Cluster.builtInNames.joined(separator: ", ")))"
                            + (uploaded.isEmpty ? " or upload a cluster file with the data" : " or one uploaded with the data (\(uploaded.joined(separator: ", ")))"))
    }

    /// The names of the clusters a page may offer: built in, then uploaded.
    var clusterChoices: [(value: String, label: String, builtIn: Bool)] {
        Cluster.builtInNames.map { ($0, Cluster.builtIn($0)?.title ?? $0, true) } + clusterFiles.map { ($0.name, $0.cluster.title, false) }
    }
}
