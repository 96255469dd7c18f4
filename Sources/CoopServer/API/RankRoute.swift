import Foundation
import Hummingbird
import NIOCore
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting
import CoopService

/// `POST /api/datasets/{id}/rank?year=…&format=json|csv` with the scheme (YAML) as the body → the rows
/// of `coopchart rank --format json|csv` (CSV as `rank -o ranking.csv` writes it, with the BOM that
/// Excel needs); `format=explain` → every province's explanation as `rank --explain P --format json`;
/// `format=xlsx` → the scorecard workbook; `format=png|pdf|svg|eps` → the drawn scorecard (with
/// `sensitivity=N`: the robustness chart). The same operation as the command (`Ranking`); a scheme that
/// cannot be read → 422 with its errors at their lines; the ranking's notes in `X-Coopchart-Notes`.
struct RankRoute {
    let server: CoopServer

    static let schemeFile = "scheme.yaml"
    static let parameters: Set<String> = ChartRoute.drawingParameters.union(ChartRoute.dataParameters)
        .union(["year", "format", "sensitivity", "seed", "spread", "estimate-spread", "download"])

    enum Format: String, CaseIterable, Sendable { case json, csv, explain, xlsx, png, pdf, svg, eps }

    func add(to router: Router<ServerContext>) {
        router.post("/api/datasets/:id/rank") { request, context in
            let dataset = try server.dataset(context)
            let wording = Wording.of(request)
            let query = try Query(request.uri.query)
            try query.checkNames(Self.parameters)
            let plan = try RankQuery(query: query)
            let text = try await server.schemeText(request)
            let sourceDateEpoch = try server.settings.sourceDateEpoch()
            let (bytes, type, notes) = try await server.pool.run { () throws -> ([UInt8], String, [ServiceNote]) in
                let prepared = try dataset.prepared(plan.scope)
                let result = try Ranking.score(
                    RankRequest(scheme: .text(text ?? "", name: Self.schemeFile), period: plan.period, language: plan.language),
                    data: prepared, harmonize: plan.scope.harmonize, restateCluster: plan.scope.restateCluster,
                    clusters: dataset.schemeClusters)
                let (bytes, type) = try RankRoute.output(result, plan: plan, sourceDateEpoch: sourceDateEpoch)
                return (bytes, type, result.notes)
            }
            var headers: HTTPFields = [:]
            if try query.flag("download") || plan.format == .csv || plan.format == .xlsx {
                let ext = plan.format == .explain ? "json" : plan.format.rawValue
                headers[.contentDisposition] = Reply.disposition(DownloadName.make(["xep-hang", plan.period?.description ?? ""], ext: ext), download: true)
            }
            Reply.notes(notes, wording, into: &headers)
            return Reply.bytes(bytes, type: type, headers: headers)
        }
    }

    static func output(_ result: RankResult, plan: RankQuery, sourceDateEpoch: Int?) throws -> ([UInt8], String) {
        let (sheet, language) = (result.sheet, result.language)
        switch plan.format {
        case .xlsx:
            return (try Ranking.workbook(result, created: sourceDateEpoch), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case .json:
            return (Array((ScoreSheetOutput(sheet: sheet, language: language).json().text() + "\n").utf8), "application/json; charset=utf-8")
        case .csv:
            // As `rank -o ranking.csv` writes it: a UTF-8 byte-order mark first, so Excel reads Vietnamese.
            return (UTF8.byteOrderMark + Array(ScoreSheetOutput(sheet: sheet, language: language).csv().utf8), "text/csv; charset=utf-8")
        case .explain:
            let rows = sheet.rows.map { Ranking.explanationJSON($0, sheet: sheet, language: language) }
            return (Array((JSONValue.array(rows).text() + "\n").utf8), "application/json; charset=utf-8")
        case .png, .pdf, .svg, .eps:
            let format = OutputFormat(pathExtension: plan.format.rawValue)!
            let file = try Ranking.drawing(
                result, sensitivity: plan.sensitivity, drawing: plan.drawing, format: format,
                documentDate: ReproducibleDate.date(epochSeconds: sourceDateEpoch))
            return (file.bytes, format.mediaType)
        }
    }
}

/// The options of a ranking, read and checked as `coopchart rank` checks its own.
struct RankQuery: Sendable {
    let format: RankRoute.Format
    let period: Period?
    let language: Language
    let scope: ScopeKey
    let drawing: DrawingSettings
    let sensitivity: SensitivitySettings?

    init(query: Query) throws {
        let formatText = try query.value("format") ?? "json"
        guard let format = RankRoute.Format(rawValue: formatText) else {
            let formats = RankRoute.Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(
                .badRequest, "\(option: .format) \"\(formatText.prefix(20))\": use \(formats)",
                vietnamese: "\(option: .format) \"\(formatText.prefix(20))\": hãy dùng \(formats)", parameter: .format)
        }
        self.format = format
        period = try query.value(.year).map { try Period.parse($0, parameter: .year) }
        language = try query.language()
        let draws = try query.integer("sensitivity")
        let seedText = try query.value("seed")
        guard let seed = seedText.map({ UInt64($0) }) ?? 1 else {
            throw APIError(
                .badRequest, "\(option: .seed) \"\(seedText?.prefix(30) ?? "")\" is not a whole number from 0",
                vietnamese: "\(option: .seed) \"\(seedText?.prefix(30) ?? "")\" không phải là số nguyên từ 0 trở lên", parameter: .seed)
        }
        let spread = try query.number("spread") ?? 0.25
        let estimateSpread = try query.number("estimate-spread") ?? SensitivityAnalysis.defaultEstimateSpread
        try SensitivitySettings.check(draws: draws, spread: spread, estimateSpread: estimateSpread)
        if draws != nil, ![.png, .pdf, .svg, .eps].contains(format) {
            throw APIError(
                .badRequest, "\(option: .sensitivity) draws the robustness chart; ask for \(option: .format) png, pdf, svg or eps",
                vietnamese: "\(option: .sensitivity) vẽ biểu đồ độ vững; hãy chọn \(option: .format) png, pdf, svg hoặc eps", parameter: .sensitivity)
        }
        sensitivity = draws.map { SensitivitySettings(draws: $0, seed: seed, spread: spread, estimateSpread: estimateSpread) }
        let drawing = try ChartQuery.drawing(query)
        if let image = OutputFormat(pathExtension: format.rawValue) { try drawing.check(format: image) }
        self.drawing = drawing
        scope = try ScopeKey(query)
        try ScopeRequest.check(harmonize: scope.harmonize, restateCluster: scope.restateCluster)
    }
}

extension CoopServer {
    /// The scheme posted as the body: at most the CLI's 1 MB for a YAML file, UTF-8 (a BOM is dropped;
    /// UTF-16 with a BOM is read too), not empty.
    func schemeText(_ request: Request, required: Bool = true) async throws -> String? {
        var bytes: [UInt8] = []
        for try await buffer in request.body {
            if bytes.count + buffer.readableBytes > settings.maxSchemeBytes {
                throw APIError(
                    .contentTooLarge,
                    "the scheme is larger than \(settings.maxSchemeBytes / 1_000_000) MB, the most coopchart reads for a YAML file; is this the right file?",
                    vietnamese:
                        "cách chấm điểm lớn hơn \(settings.maxSchemeBytes / 1_000_000) MB, mức tối đa coopchart đọc cho một tệp YAML; có đúng tệp không?",
                    parameter: .scheme)
            }
            bytes.append(contentsOf: buffer.readableBytesView)
        }
        let missing = APIError(
            .badRequest, "post the scoring scheme (YAML) as the body of the request",
            vietnamese: "hãy gửi cách chấm điểm (YAML) trong thân yêu cầu", parameter: .scheme)
        // An empty body is a request without a scheme (400), not a scheme file that cannot be read (422).
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            if required { throw missing }
            return nil
        }
        let decoded = try TextDecoding.utf8Text(from: bytes, file: RankRoute.schemeFile)
        let text = String(decoding: decoded, as: UTF8.self)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            if required { throw missing }
            return nil
        }
        return text
    }
}
