import Foundation
import Hummingbird
import CoopAnalytics
import CoopFormatting
import CoopService

/// `POST /api/datasets` (multipart: one or more files) → 201 with what was read, or 422 with the
/// findings and nothing kept; `GET /api/datasets/{id}`; `GET /api/datasets/{id}/figures?year=…` (the figures
/// as read); `DELETE /api/datasets/{id}` → 204.
struct DatasetRoutes {
    let server: CoopServer

    func add(to router: Router<ServerContext>) {
        router.post("/api/datasets") { request, _ in try await upload(request) }
        router.get("/api/datasets/:id") { request, context in
            let query = try Query(request.uri.query)
            try query.checkNames(["lang", "cluster"])
            let dataset = try server.dataset(context)
            let language = try query.language()
            let wording = Wording.of(request)
            if let cluster = try query.value(.cluster) {
                return Reply.json(try await server.pool.run { try dataset.json(language: language, wording: wording, findingsWith: cluster) })
            }
            return Reply.json(dataset.json(language: language, wording: wording))
        }
        router.get("/api/datasets/:id/figures") { request, context in
            let query = try Query(request.uri.query)
            try query.checkNames(["lang", "year", "cluster", "harmonize", "restate-cluster"])
            let dataset = try server.dataset(context)
            let language = try query.language()
            let period = try query.value(.year).map { try Period.parse($0, parameter: .year) }
            let scope = try ScopeKey(query)
            let grid = try await server.pool.run { FigureGrid(try dataset.prepared(scope).dataset, period: period, language: language) }
            return Reply.json(grid.json(language))
        }
        router.delete("/api/datasets/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard server.store.remove(id) else { throw APIError.noDataset(id) }
            return Response(status: .noContent)
        }
    }

    /// Reads the body within its limits, reserves the memory the dataset may take once read (503 when the
    /// server holds as much as it may), reads the files once in the pool, and keeps the dataset.
    private func upload(_ request: Request) async throws -> Response {
        let settings = server.settings
        let parts = try await MultipartUpload.read(
            request,
            limits: UploadLimits(
                fileBytes: settings.maxFileBytes, datasetBytes: settings.maxDatasetBytes,
                files: settings.maxFilesPerDataset))
        let reservation = try server.store.reserve(DatasetIntake.estimatedBytes(parts, maximumFigures: settings.maxFiguresPerDataset))
        let id = DatasetStore.newID()
        let folder = server.temporaryFolder.path
        let limits = DatasetIntake.Limits(maximumFigures: settings.maxFiguresPerDataset, findingsKeptPerKind: settings.findingsKeptPerKind)
        // Whatever the reading of a large upload took, kept or refused, goes back to the system.
        defer { if parts.reduce(0, { $0 + $1.bytes.count }) > 4_000_000 { MemoryReturn.now() } }
        let dataset = try await server.intake.run { try DatasetIntake.make(parts, id: id, temporaryFolder: folder, limits: limits) }
        try server.store.add(dataset, replacing: reservation)
        let language = parts.first { $0.field == "lang" }.flatMap { Language(rawValue: $0.text.trimmingCharacters(in: .whitespaces)) } ?? .vi
        return Reply.json(dataset.json(language: language, wording: Wording.of(request)), status: .created, headers: [.location: "/api/datasets/\(id)"])
    }
}

extension CoopServer {
    /// The dataset named by the route's `{id}`, or 404.
    func dataset(_ context: ServerContext) throws -> StoredDataset {
        let id = context.parameters.get("id") ?? ""
        guard let dataset = store.dataset(id) else { throw APIError.noDataset(id) }
        return dataset
    }
}

extension APIError {
    static func noDataset(_ id: String) -> APIError {
        APIError(
            .notFound, "there is no dataset \"\(id.prefix(40))\": it was deleted, or expired after 2 hours unused; upload the files again",
            vietnamese: "không có bộ số liệu \"\(id.prefix(40))\": nó đã bị xoá, hoặc tự xoá sau 2 giờ không dùng; hãy tải các tệp lên lại")
    }
}

extension Query {
    /// `lang`: vi (the default) or en.
    func language(_ name: String = "lang") throws(APIError) -> Language {
        guard let text = try value(name) else { return .vi }
        guard let language = Language(rawValue: text) else {
            throw APIError(
                .badRequest, "\(name) \"\(text.prefix(20))\": write vi or en", vietnamese: "\(name) \"\(text.prefix(20))\": hãy ghi vi hoặc en",
                parameterName: name)
        }
        return language
    }
}

extension StoredDataset {
    /// The dataset as the API returns it: its files, the findings (the first of each kind, with how many of
    /// each there are), and the choices a chart can make.
    func json(language: Language, wording: Wording, findings: FindingsDigest? = nil) -> JSONValue {
        let indicators = data.catalog.indicators.filter { data.indicatorIDs.contains($0.id) }
        let provinces = Set(data.observations.map(\.province)).sorted().map { data.registry.provinces[$0].name }
        let digest = findings ?? self.findings
        return .object([
            ("id", .string(id)),
            ("files", .array(files.map { $0.json(wording) })),
            ("findings", .array(digest.findings.map { FindingJSON.json($0, wording) })),
            ("findingCounts", FindingJSON.counts(digest.counts)),
            ("errors", .integer(digest.errorCount)), ("warnings", .integer(digest.warningCount)),
            ("periods", .array(data.periods.map { .string($0.description) })),
            ("indicators", .array(indicators.map { .object([("id", .string($0.id)), ("label", .string($0.label(language)))]) })),
            ("provinces", .array(provinces.map(JSONValue.string))),
            (
                "clusters",
                .array(
                    clusterChoices.map {
                        .object([("name", .string($0.value)), ("title", .string($0.label)), ("builtIn", .bool($0.builtIn))])
                    })
            ),
        ])
    }

    /// The same, with the findings of `validate --cluster NAME` (a cluster total is checked against its members).
    func json(language: Language, wording: Wording, findingsWith clusterName: String) throws -> JSONValue {
        let cluster = try self.cluster(named: clusterName, registry: data.registry)
        let restricted = cluster.map { DataScope.restrict(data, to: $0).dataset } ?? data
        let digest = FindingsDigest(
            DataCheck.findings(errors: [], dataset: restricted, cluster: cluster), keptPerKind: findings.counts.map(\.kept).max() ?? 200)
        return json(language: language, wording: wording, findings: digest)
    }
}
