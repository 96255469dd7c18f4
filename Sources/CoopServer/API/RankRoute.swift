import Foundation
import Hummingbird
import NIOCore
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting
import CoopService
import CoopSpreadsheets

/// `POST /api/datasets/{id}/rank?year=…&format=json|csv` with the scheme (YAML) as the body → the rows
/// of `coopchart rank --format json|csv` (CSV as `rank -o ranking.csv` writes it, with the BOM that
/// Excel needs); `format=explain` → every province's explanation as `rank --explain P --format json`;
/// `format=png|pdf|svg|eps` → the drawn scorecard (with `sensitivity=N`: the robustness chart). A scheme
/// that cannot be read → 422 with its errors at their lines.
struct RankRoute {
    let server: CoopServer

    /// A scored scheme, with what the workbook needs to rebuild its formulas.
    struct Scored {
        let sheet: ScoreSheet
        let language: Language
        let scheme: ScoringScheme
        let dataset: Dataset
    }

    static let schemeFile = "scheme.yaml"
    static let parameters: Set<String> = ChartRoute.drawingParameters.union(ChartRoute.dataParameters)
        .union(["year", "format", "sensitivity", "seed", "spread", "estimate-spread", "download"])

    enum Format: String, CaseIterable { case json, csv, explain, xlsx, png, pdf, svg, eps }

    func add(to router: Router<ServerContext>) {
        router.post("/api/datasets/:id/rank") { request, context in
            let dataset = try server.dataset(context)
            let query = try Query(request.uri.query)
            try query.checkNames(Self.parameters)
            let formatText = try query.value("format") ?? "json"
            guard let format = Format(rawValue: formatText) else {
                throw APIError(.badRequest, "format \"\(formatText.prefix(20))\": use \(Format.allCases.map(\.rawValue).joined(separator: ", "))", parameter: "format")
            }
            let plan = try RankQuery(query: query, reading: dataset.reading, format: format)
            let text = try await server.schemeText(request)
            let sourceDateEpoch = try server.settings.sourceDateEpoch()
            let (bytes, type) = try await server.pool.run { () throws -> ([UInt8], String) in
                let scored = try server.score(text, dataset: dataset, plan: plan)
                return try RankRoute.output(scored, plan: plan, sourceDateEpoch: sourceDateEpoch)
            }
            var headers: HTTPFields = [:]
            if try query.flag("download") || format == .csv || format == .xlsx {
                let ext = format == .explain ? "json" : format.rawValue
                headers[.contentDisposition] = Reply.disposition(Labels.downloadName(["xep-hang", plan.year ?? ""], ext: ext), download: true)
            }
            return Reply.bytes(bytes, type: type, headers: headers)
        }
    }

    static func output(_ scored: Scored, plan: RankQuery,
                       sourceDateEpoch: Int?) throws -> ([UInt8], String) {
        let (sheet, language) = (scored.sheet, scored.language)
        switch plan.format {
        case .xlsx:
            // As `rank -o scorecard.xlsx` writes it: every point, total, rank and award a live formula.
            let workbook = ScorecardWorkbook(sheet: sheet, scheme: scored.scheme, dataset: scored.dataset, language: language,
                                             created: sourceDateEpoch)
            do {
                return (try workbook.bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            } catch {
                throw APIError(.internalServerError, "writing the workbook failed: \(error.message); nothing was sent")
            }
        case .json:
            return (Array((ScoreSheetOutput(sheet: sheet, language: language).json().text() + "\n").utf8), "application/json; charset=utf-8")
        case .csv:
            // As `rank -o ranking.csv` writes it: a UTF-8 byte-order mark first, so Excel reads Vietnamese.
            return (UTF8.byteOrderMark + Array(ScoreSheetOutput(sheet: sheet, language: language).csv().utf8), "text/csv; charset=utf-8")
        case .explain:
            let rows = sheet.rows.map { RankPlan.explanationJSON($0, sheet: sheet, language: language) }
            return (Array((JSONValue.array(rows).text() + "\n").utf8), "application/json; charset=utf-8")
        case .png, .pdf, .svg, .eps:
            let format = OutputFormat(pathExtension: plan.format.rawValue)!
            let theme = plan.drawing.resolvedTheme
            let chart: any Chart = plan.sensitivity.map {
                ScorecardFigures.rankIntervals(SensitivityAnalysis(sheet: sheet, draws: $0, seed: plan.seed, spread: plan.spread, estimateSpread: plan.estimateSpread),
                                               sheet: sheet, language: language, theme: theme)
            } ?? ScorecardFigures.scorecard(sheet, language: language, theme: theme)
            let options = plan.drawing.renderOptions(documentDate: ReproducibleDate.date(epochSeconds: sourceDateEpoch))
            do {
                return (try ChartRenderer.render(chart, format: format, options: options), format.mediaType)
            } catch {
                throw APIError(.internalServerError, "drawing failed: \(error); nothing was sent")
            }
        }
    }
}

/// The options of a ranking, read and checked as `coopchart rank` checks its own.
struct RankQuery: Sendable {
    let format: RankRoute.Format
    let year: String?
    let language: Language
    let prepared: PreparedKey
    let drawing: DrawingSettings
    let sensitivity: Int?
    let seed: UInt64
    let spread: Double
    let estimateSpread: Double

    init(query: Query, reading: ReadingSettings, format: RankRoute.Format) throws(APIError) {
        self.format = format
        year = try query.value("year")
        language = try query.language()
        sensitivity = try query.integer("sensitivity")
        if let sensitivity, !(1...1_000_000).contains(sensitivity) {
            throw APIError(.badRequest, "sensitivity must be between 1 and 1000000 draws (1000 is usual)", parameter: "sensitivity")
        }
        if sensitivity != nil, ![.png, .pdf, .svg, .eps].contains(format) {
            throw APIError(.badRequest, "sensitivity draws the robustness chart; ask for format=png, pdf, svg or eps", parameter: "sensitivity")
        }
        let seedText = try query.value("seed")
        guard let seed = seedText.map({ UInt64($0) }) ?? 1 else {
            throw APIError(.badRequest, "seed \"\(seedText ?? "")\" is not a whole number from 0", parameter: "seed")
        }
        self.seed = seed
        spread = try query.number("spread") ?? 0.25
        if !(0...1).contains(spread) { throw APIError(.badRequest, "spread must be between 0 and 1 (0.25 means each maximum varies by up to ±25%)", parameter: "spread") }
        estimateSpread = try query.number("estimate-spread") ?? SensitivityAnalysis.defaultEstimateSpread
        if !(0..<1).contains(estimateSpread) {
            throw APIError(.badRequest, "estimate-spread must be at least 0 and below 1 (0.1 means an estimate may be off by up to ±10%)", parameter: "estimate-spread")
        }
        var drawing = try ChartQuery.drawing(query)
        do {
            try drawing.check(format: OutputFormat(pathExtension: format.rawValue)) { $0.rawValue }
        } catch {
            throw APIError(.badRequest, error.message, parameter: error.setting.rawValue)
        }
        drawing.theme = try ChartQuery.theme(query)
        self.drawing = drawing
        var settings = reading
        if let year { settings.year = year }
        prepared = PreparedKey(reading: settings, cluster: try query.value("cluster"), harmonize: try query.flag("harmonize"),
                               restateCluster: try query.flag("restate-cluster"))
    }
}

extension CoopServer {
    /// The scheme posted as the body: at most the CLI's 1 MB for a YAML file, UTF-8 (a BOM is dropped;
    /// UTF-16 with a BOM is read too), not empty.
    func schemeText(_ request: Request, required: Bool = true) async throws -> String? {
        var bytes: [UInt8] = []
        for try await buffer in request.body {
            if bytes.count + buffer.readableBytes > settings.maxSchemeBytes {
                throw APIError(.contentTooLarge, "the scheme is larger than \(settings.maxSchemeBytes / 1_000_000) MB, the most coopchart reads for a YAML file; is this the right file?")
            }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        // An empty body is a request without a scheme (400), not a scheme file that cannot be read (422).
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            if required { throw APIError(.badRequest, "post the scoring scheme (YAML) as the body of the request", parameter: "body") }
            return nil
        }
        let decoded: [UInt8]
        do {
            decoded = try TextDecoding.utf8Text(from: bytes, file: RankRoute.schemeFile)
        } catch let error as InputError {
            var refused = APIError(.unprocessableContent, error.description)
            refused.findings = [FindingReport(schemeError: error)]
            throw refused
        }
        let text = String(decoding: decoded, as: UTF8.self)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            if required { throw APIError(.badRequest, "post the scoring scheme (YAML) as the body of the request", parameter: "body") }
            return nil
        }
        return text
    }

    /// Reads the scheme and scores the dataset, as `coopchart rank` does: the data (limited to the
    /// query's cluster), the scheme, the period, the scheme's cluster, the scope, the sheet.
    func score(_ text: String?, dataset: StoredDataset, plan: RankQuery) throws -> RankRoute.Scored {
        let prepared = try dataset.prepared(plan.prepared)
        let scheme = try Self.readScheme(text ?? "", catalog: prepared.dataset.catalog)
        let period = try schemeStep { try RankPlan.period(year: plan.year, scheme: scheme, dataset: prepared.dataset) }
        let cluster = try prepared.cluster ?? schemeStep { try self.cluster(of: scheme, dataset: dataset, registry: prepared.dataset.registry, plan: plan.prepared) }
        let sheet = try schemeStep { try RankPlan.score(scheme, dataset: prepared.dataset, period: period, cluster: cluster) }
        return RankRoute.Scored(sheet: sheet, language: plan.language, scheme: scheme, dataset: prepared.dataset)
    }

    /// The scheme, or a 422 listing its errors at their lines.
    static func readScheme(_ text: String, catalog: IndicatorCatalog) throws -> ScoringScheme {
        do {
            return try SchemeReader(catalog: catalog).read(text: text, file: RankRoute.schemeFile)
        } catch let error as InputError {
            throw schemeRefusal([error])
        } catch let errors as InputErrors {
            throw schemeRefusal(errors.errors)
        }
    }

    static func schemeRefusal(_ errors: [InputError]) -> APIError {
        var refused = APIError(.unprocessableContent, "the scheme has \(errors.count) error\(errors.count == 1 ? "" : "s"); correct \(errors.count == 1 ? "it" : "them") and try again")
        refused.findings = errors.map(FindingReport.init(schemeError:))
        return refused
    }

    /// An error about the scheme (located in it) is a 422 at its line; one about a parameter, a 400.
    func schemeStep<Value>(_ step: () throws -> Value) throws -> Value {
        do {
            return try step()
        } catch let error as InputError where error.file == RankRoute.schemeFile {
            throw Self.schemeRefusal([error])
        }
    }

    /// The scheme's `cluster:`: a built-in name or a cluster file uploaded with the data (never a path
    /// on the server). Carried into the merged units when the data is harmonized.
    func cluster(of scheme: ScoringScheme, dataset: StoredDataset, registry: ProvinceRegistry, plan: PreparedKey) throws -> Cluster? {
        guard let reference = scheme.cluster else { return nil }
        let cluster: Cluster
        if let found = (try? dataset.cluster(named: reference.value, registry: registry)) ?? nil {
            cluster = found
        } else {
            let uploaded = dataset.clusterFiles.map(\.name)
            throw InputError(file: reference.origin.file, line: reference.origin.line,
                             message: "unknown cluster \"\(reference.value)\": not a built-in cluster (\(Cluster.builtInNames.joined(separator: ", "))) "
                                + (uploaded.isEmpty ? "and no cluster file was uploaded with the data" : "nor a cluster file uploaded with the data (\(uploaded.joined(separator: ", ")))"))
        }
        guard plan.harmonize else { return cluster }
        return try DataPreparation.restate(cluster, to: Harmonizer.mergerDate, registry: registry, accept: plan.restateCluster,
                                           option: "\(reference.origin)", note: { _ in })
    }
}
