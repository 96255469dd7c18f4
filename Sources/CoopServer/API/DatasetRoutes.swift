import Foundation
import Hummingbird
import CoopAnalytics
import CoopFormatting
import CoopService

/// `POST /api/datasets` (multipart: one or more files) → 201 with what was read, or 422 with the
/// findings and nothing kept; `GET /api/datasets/{id}`; `DELETE /api/datasets/{id}` → 204.
struct DatasetRoutes {
    let server: CoopServer

    func add(to router: Router<ServerContext>) {
        router.post("/api/datasets") { request, _ in try await upload(request) }
        router.get("/api/datasets/:id") { request, context in
            let query = try Query(request.uri.query)
            try query.checkNames(["lang", "cluster"])
            let dataset = try server.dataset(context)
            let language = try query.language()
            if let cluster = try query.value("cluster") {
                return Reply.json(try await server.pool.run { try dataset.json(language: language, findingsWith: cluster) })
            }
            return Reply.json(dataset.json(language: language))
        }
        router.delete("/api/datasets/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard server.store.remove(id) else { throw APIError.noDataset(id) }
            return Response(status: .noContent)
        }
    }

    private func upload(_ request: Request) async throws -> Response {
        let settings = server.settings
        let parts = try await MultipartUpload.read(request, limits: UploadLimits(fileBytes: settings.maxFileBytes, datasetBytes: settings.maxDatasetBytes,
                                                                                  files: settings.maxFilesPerDataset))
        let id = DatasetStore.newID()
        let folder = server.temporaryFolder.path
        let dataset = try await server.pool.run { try DatasetIntake.make(parts, id: id, temporaryFolder: folder) }
        try server.store.add(dataset)
        let language = parts.first { $0.field == "lang" }.flatMap { Language(rawValue: $0.text.trimmingCharacters(in: .whitespaces)) } ?? .vi
        return Reply.json(dataset.json(language: language), status: .created, headers: [.location: "/api/datasets/\(id)"])
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
        APIError(.notFound, "there is no dataset \"\(id.prefix(40))\": it was deleted, or expired after 2 hours unused; upload the files again")
    }
}

extension Query {
    /// `lang`: vi (the default) or en.
    func language(_ name: String = "lang") throws(APIError) -> Language {
        guard let text = try value(name) else { return .vi }
        guard let language = Language(rawValue: text) else { throw APIError(.badRequest, "\(name) \"\(text)\": write vi or en", parameter: name) }
        return language
    }
}

extension StoredDataset {
    /// The dataset as the API returns it: its files, the findings, and the choices a chart can make.
    func json(language: Language, findings: [FindingReport]? = nil) -> JSONValue {
        let data = overview
        let indicators = data.catalog.indicators.filter { data.indicatorIDs.contains($0.id) }
        let provinces = Set(data.observations.map(\.province)).sorted().map { data.registry.provinces[$0].name }
        return .object([
            ("id", .string(id)),
            ("files", .array(files.map(\.json))),
            ("findings", .array((findings ?? self.findings).map(\.json))),
            ("periods", .array(data.periods.map { .string($0.description) })),
            ("indicators", .array(indicators.map { .object([("id", .string($0.id)), ("label", .string($0.label(language)))]) })),
            ("provinces", .array(provinces.map(JSONValue.string))),
            ("clusters", .array(clusterChoices.map {
                .object([("name", .string($0.value)), ("title", .string($0.label)), ("builtIn", .bool($0.builtIn))])
            })),
        ])
    }

    /// The same, with the findings of `validate --cluster NAME` (a cluster total is checked against its members).
    func json(language: Language, findingsWith clusterName: String) throws -> JSONValue {
        let cluster = try self.cluster(named: clusterName, registry: overview.registry, parameter: "--cluster")
        let restricted = cluster.map { DataPreparation.restrict(overview, to: $0, note: { _ in }) } ?? overview
        let findings = DataCheck.findings(errors: [], dataset: restricted, cluster: cluster)
        return json(language: language, findings: FileReport.ordered(findings, language))
    }
}
