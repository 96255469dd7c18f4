import Foundation
import Hummingbird
import NIOCore
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting
import CoopService

/// `GET /api/datasets/{id}/charts/{kind}.{png|pdf|svg|eps}?indicator=…&year=…` → the chart, the same
/// bytes as `coopchart chart {kind} FILES… --indicator … --year … -o chart.{ext}`: the parameters are the
/// command's options without the dashes, read into the same `ChartRequest` and drawn by the same
/// `ChartOperation`. A parameter the command would refuse is a 400 naming it. The notes of the chart (figures
/// left out of the cluster, a restated cluster, a font's stand-in) come in the header `X-Coopchart-Notes`;
/// `{kind}.json` answers them alone, with the file's name.
struct ChartRoute {
    let server: CoopServer

    static let drawingParameters: Set<String> = ["size", "width", "height", "scale", "dpi", "font", "theme"]
    static let dataParameters: Set<String> = ["cluster", "harmonize", "restate-cluster", "lang"]
    static let selectionParameters: Set<String> = ["indicator", "year", "years", "province", "order", "percent", "x", "y", "bubble", "size-by"]
    static let parameters = drawingParameters.union(dataParameters).union(selectionParameters).union(MapQuery.parameters).union(["download"])

    func add(to router: Router<ServerContext>) {
        router.get("/api/datasets/:id/charts/:file") { request, context in
            let dataset = try server.dataset(context)
            let wording = Wording.of(request)
            let (kind, format) = try Self.kindAndFormat(context.parameters.get("file") ?? "")
            let query = try Query(request.uri.query)
            try query.checkNames(Self.parameters)
            let chart = try ChartQuery.request(kind: kind, format: format ?? .svg, query: query)
            let key = ChartKey(dataset: dataset.id, scope: try ScopeKey(query), request: chart)
            let drawn = try await server.chart(key, dataset: dataset)
            guard format != nil else {
                return Reply.json(.object([("file", .string(chart.fileName)), ("notes", .array(drawn.notes.map { .string(wording.text($0)) }))]))
            }
            var headers: HTTPFields = [:]
            headers[.contentDisposition] = Reply.disposition(chart.fileName, download: try query.flag("download"))
            headers[.cacheControl] = "private, max-age=600"
            Reply.notes(drawn.notes, wording, into: &headers)
            return Reply.buffer(drawn.bytes, type: chart.format.mediaType, headers: headers)
        }
    }

    /// "bar.png" → (.bar, .png); "bar.json" → (.bar, nil): the chart's notes. An unknown kind or extension is
    /// a 400 naming what is accepted.
    static func kindAndFormat(_ file: String) throws(APIError) -> (FigureRequest.Kind, OutputFormat?) {
        guard let dot = file.lastIndex(of: ".") else {
            throw APIError(
                .badRequest, "give the chart as KIND.FORMAT, such as bar.svg", vietnamese: "hãy ghi biểu đồ dạng LOẠI.ĐỊNH-DẠNG, ví dụ bar.svg",
                parameterName: "kind")
        }
        let name = String(file[..<dot]), ext = String(file[file.index(after: dot)...]).lowercased()
        guard let kind = FigureRequest.Kind(rawValue: name) else {
            let kinds = FigureRequest.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(
                .badRequest, "unknown kind of chart \"\(name.prefix(40))\"; use \(kinds)",
                vietnamese: "không có loại biểu đồ \"\(name.prefix(40))\"; hãy dùng \(kinds)", parameterName: "kind")
        }
        if ext == "json" { return (kind, nil) }
        guard let format = OutputFormat(pathExtension: ext) else {
            throw APIError(
                .badRequest, "unsupported format \".\(ext.prefix(10))\"; use .png, .pdf, .svg or .eps (or .json for the chart's notes)",
                vietnamese: "không hỗ trợ định dạng \".\(ext.prefix(10))\"; hãy dùng .png, .pdf, .svg hoặc .eps (hoặc .json để xem ghi chú)",
                parameterName: "format")
        }
        return (kind, format)
    }
}

extension OutputFormat {
    var mediaType: String {
        switch self {
        case .png: return "image/png"
        case .pdf: return "application/pdf"
        case .svg: return "image/svg+xml"
        case .eps: return "application/postscript"
        }
    }
}

/// A chart request read from a query the way the chart commands read their options: each kind takes the
/// selection its command declares (`ChartSelection`); parameters another kind takes are left aside.
enum ChartQuery {
    static func request(kind: FigureRequest.Kind, format: OutputFormat, query: Query) throws -> ChartRequest {
        let selection = ChartSelection(kind)
        var request = ChartRequest(kind: kind, language: try query.language(), drawing: try drawing(query), format: format)
        request.provinces = query.all("province")
        switch selection {
        case .scatter:
            let bubbles = query.all("bubble") + query.all("size-by")
            if bubbles.count > 1 {
                throw APIError(.badRequest, "give \(option: .bubble) once", vietnamese: "chỉ chọn \(option: .bubble) một lần", parameter: .bubble)
            }
            request.x = try query.value(.x)
            request.y = try query.value(.y)
            request.bubble = bubbles.first
        case .indicatorInPeriod, .indicatorOverPeriods:
            request.indicators = try query.value(.indicator).map { [$0] } ?? []
            if kind == .map { try MapQuery.read(query, into: &request.map) }
        case .indicatorsInPeriod, .indicatorsOrPeriods:
            request.indicators = query.all("indicator")
        }
        if selection.takesOnePeriod {
            request.period = try query.value(.year).map { try Period.parse($0, parameter: .year) }
        } else {
            request.periods = try query.value(.years).map { try Period.parseList($0, parameter: .years) }
        }
        if kind == .column, let order = try query.value(.order) {
            guard let parsed = FigureRequest.Order(rawValue: order) else {
                throw APIError(
                    .badRequest, "\(option: .order) \"\(order.prefix(20))\": use registry, value or name",
                    vietnamese: "\(option: .order) \"\(order.prefix(20))\": hãy dùng registry, value hoặc name", parameter: .order)
            }
            request.order = parsed
        }
        if kind == .stacked { request.percent = try query.flag("percent") }
        try request.check()
        return request
    }

    /// The drawing options of the query, checked as the command line checks them.
    static func drawing(_ query: Query) throws -> DrawingSettings {
        var drawing = DrawingSettings(theme: try theme(query))
        if let size = try query.value(.size) {
            guard let preset = PageSize(rawValue: size) else {
                let sizes = PageSize.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError(
                    .badRequest, "\(option: .size) \"\(size.prefix(40))\": use \(sizes)",
                    vietnamese: "\(option: .size) \"\(size.prefix(40))\": hãy dùng \(sizes)", parameter: .size)
            }
            drawing.size = preset
        }
        drawing.width = try query.value(.width)
        drawing.height = try query.value(.height)
        drawing.scale = try query.number("scale")
        drawing.dpi = try query.number("dpi")
        if let font = try query.value(.font) {
            guard FontName.isAcceptable(font) else {
                throw APIError(
                    .badRequest, "\(option: .font) \"\(font.prefix(40))\" is not a font family name; write one such as DejaVu Sans or Times New Roman",
                    vietnamese: "\(option: .font) \"\(font.prefix(40))\" không phải là tên một họ phông; hãy ghi ví dụ DejaVu Sans hoặc Times New Roman",
                    parameter: .font)
            }
            drawing.font = font
        }
        return drawing
    }

    /// A built-in theme; theme files are for the command line (nothing a request names is opened).
    static func theme(_ query: Query) throws(APIError) -> Theme {
        guard let name = try query.value(.theme) else { return .conference }
        guard let theme = Theme.named(name) else {
            let themes = Theme.builtIn.map(\.name).joined(separator: ", ")
            throw APIError(
                .badRequest, "unknown \(option: .theme) \"\(name.prefix(40))\"; use \(themes) (a theme file is for the command line)",
                vietnamese: "không có \(option: .theme) \"\(name.prefix(40))\"; hãy dùng \(themes) (tệp kiểu trình bày chỉ dùng ở dòng lệnh)",
                parameter: .theme)
        }
        return theme
    }
}

/// A font family as a person writes it: letters (any script), digits, spaces, `-`, `_` and `.`, at most
/// 64 characters. Nothing else reaches fontconfig from a request.
enum FontName {
    static func isAcceptable(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_.".unicodeScalars.contains($0) }
    }
}

/// A chart as drawn: its bytes and its notes.
struct DrawnChart: Sendable {
    let bytes: ByteBuffer
    let notes: [ServiceNote]
}

extension CoopServer {
    /// The chart of `key`: for PNG and SVG from the preview cache, or from the drawing of it under way, or
    /// drawn now (and kept while its dataset is); PDF and EPS drawn for each request (they carry the time
    /// they were made).
    func chart(_ key: ChartKey, dataset: StoredDataset) async throws -> DrawnChart {
        guard PreviewCache.keeps(key.request.format) else { return try await drawChart(key, dataset: dataset) }
        if let cached = previews.chart(for: key) { return cached }
        return try await inFlight.chart(for: key, kept: { self.previews.chart(for: key) }) {
            let drawn = try await self.drawChart(key, dataset: dataset)
            // Kept only while the dataset is: one deleted while it was drawn leaves nothing behind.
            self.previews.keep(drawn, for: key) { self.store.contains(key.dataset) }
            return drawn
        }
    }

    /// The chart of `key`, drawn in the pool from the dataset as read.
    private func drawChart(_ key: ChartKey, dataset: StoredDataset) async throws -> DrawnChart {
        let documentDate = try settings.documentDate()
        return try await pool.run { () throws -> DrawnChart in
            let prepared = try dataset.prepared(key.scope)
            let result = try ChartOperation.draw(key.request, data: prepared, documentDate: documentDate)
            return DrawnChart(bytes: ByteBuffer(bytes: result.file.bytes), notes: result.notes)
        }
    }
}
