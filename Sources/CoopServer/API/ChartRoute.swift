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
/// command's options without the dashes, read into the same `FigureRequest` and `DrawingSettings`, drawn
/// by the same `FigureRendering.file`. A parameter that the command would refuse is a 400 naming it.
struct ChartRoute {
    let server: CoopServer

    static let drawingParameters: Set<String> = ["size", "width", "height", "scale", "dpi", "font", "theme"]
    static let dataParameters: Set<String> = ["cluster", "harmonize", "restate-cluster", "lang"]
    static let selectionParameters: Set<String> = ["indicator", "year", "years", "province", "order", "percent", "x", "y", "bubble", "size-by"]
    static let parameters = drawingParameters.union(dataParameters).union(selectionParameters).union(MapQuery.parameters).union(["download"])

    func add(to router: Router<ServerContext>) {
        router.get("/api/datasets/:id/charts/:file") { request, context in
            let dataset = try server.dataset(context)
            let (kind, format) = try Self.kindAndFormat(context.parameters.get("file") ?? "")
            let query = try Query(request.uri.query)
            try query.checkNames(Self.parameters)
            let chart = try ChartQuery(kind: kind, format: format, query: query, reading: dataset.reading)
            let key = ChartKey(dataset: dataset.id, prepared: chart.prepared, request: chart.request, drawing: chart.drawing, format: format)
            let bytes = try await server.chartBytes(key, dataset: dataset)
            var headers: HTTPFields = [:]
            headers[.contentDisposition] = Reply.disposition(chart.fileName, download: try query.flag("download"))
            headers[.cacheControl] = "private, max-age=600"
            return Reply.buffer(bytes, type: format.mediaType, headers: headers)
        }
    }

    /// "bar.png" → (.bar, .png); an unknown kind or extension is a 400 naming what is accepted.
    static func kindAndFormat(_ file: String) throws(APIError) -> (FigureRequest.Kind, OutputFormat) {
        guard let dot = file.lastIndex(of: ".") else {
            throw APIError(.badRequest, "give the chart as KIND.FORMAT, such as bar.svg", parameter: "kind")
        }
        let name = String(file[..<dot]), ext = String(file[file.index(after: dot)...]).lowercased()
        guard let kind = FigureRequest.Kind(rawValue: name) else {
            throw APIError(.badRequest, "unknown kind of chart \"\(name.prefix(40))\"; use \(FigureRequest.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                           parameter: "kind")
        }
        guard let format = OutputFormat(pathExtension: ext) else {
            throw APIError(.badRequest, "unsupported format \".\(ext.prefix(10))\"; use .png, .pdf, .svg or .eps", parameter: "format")
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
/// selection its command declares (one indicator in one period, one indicator over several, …); options
/// another kind takes are ignored, and a missing one is a 400 naming it.
struct ChartQuery {
    let request: FigureRequest
    let drawing: DrawingSettings
    let prepared: PreparedKey
    let fileName: String

    init(kind: FigureRequest.Kind, format: OutputFormat, query: Query, reading: ReadingSettings) throws(APIError) {
        let language = try query.language()
        let provinces = query.all("province")
        func one(_ name: String) throws(APIError) -> String {
            guard let value = try query.value(name) else {
                throw APIError(.badRequest, "\(name) is missing: a \(kind.rawValue) chart needs \(name)= (as `coopchart chart \(kind.rawValue)` needs --\(name))",
                               parameter: name)
            }
            return value
        }
        var request: FigureRequest
        switch kind {
        case .bar, .column, .donut, .tilemap:
            request = FigureRequest(kind: kind, indicators: [try one("indicator")], year: try one("year"), provinces: provinces)
            if kind == .column, let order = try query.value("order") {
                guard let parsed = FigureRequest.Order(rawValue: order) else {
                    throw APIError(.badRequest, "order \"\(order)\": use registry, value or name", parameter: "order")
                }
                request.order = parsed
            }
        case .map:
            request = FigureRequest(kind: kind, indicators: [try one("indicator")], year: try one("year"))
            try MapQuery.read(query, into: &request)
        case .line, .bump, .multiples:
            request = FigureRequest(kind: kind, indicators: [try one("indicator")], years: try one("years"), provinces: provinces)
        case .stacked, .radar, .heatmap:
            request = FigureRequest(kind: kind, indicators: query.all("indicator"), year: try one("year"), provinces: provinces)
            if kind == .stacked { request.percent = try query.flag("percent") }
        case .grouped:
            request = FigureRequest(kind: kind, indicators: query.all("indicator"), years: try one("years"), provinces: provinces)
        case .scatter:
            let bubbles = query.all("bubble") + query.all("size-by")
            if bubbles.count > 1 { throw APIError(.badRequest, "give bubble once", parameter: "bubble") }
            request = FigureRequest(kind: kind, year: try one("year"), provinces: provinces, x: try one("x"), y: try one("y"), bubble: bubbles.first)
        }
        var drawing = try Self.drawing(query)
        do {
            try drawing.check(format: format) { $0.rawValue }
        } catch {
            throw APIError(.badRequest, error.message, parameter: error.setting.rawValue)
        }
        drawing.theme = try Self.theme(query)
        request.language = language
        request.theme = drawing.resolvedTheme
        self.request = request
        self.drawing = drawing
        // As `coopchart chart` reads its files with its --year and --indicator (tables without a year column,
        // tables with years as columns); the upload's own settings otherwise.
        var settings = reading
        if let year = request.year { settings.year = year }
        if let indicator = request.indicators.first ?? request.x { settings.indicator = indicator }
        prepared = PreparedKey(reading: settings, cluster: try query.value("cluster"), harmonize: try query.flag("harmonize"),
                               restateCluster: try query.flag("restate-cluster"))
        if prepared.restateCluster && !prepared.harmonize {
            throw APIError(.badRequest, "restate-cluster restates the cluster as the units in force from 1 July 2025, which only harmonize makes comparable; give both",
                           parameter: "restate-cluster")
        }
        fileName = Labels.downloadName([kind.rawValue] + request.indicators + [request.x, request.y].compactMap { $0 } + [request.year ?? request.years ?? ""],
                                       ext: format.pathExtension)
    }

    /// The drawing options of the query, checked as the command line checks them.
    static func drawing(_ query: Query) throws(APIError) -> DrawingSettings {
        var drawing = DrawingSettings()
        if let size = try query.value("size") {
            guard let preset = PageSize(rawValue: size) else {
                throw APIError(.badRequest, "size \"\(size.prefix(40))\": use \(PageSize.allCases.map(\.rawValue).joined(separator: ", "))", parameter: "size")
            }
            drawing.size = preset
        }
        drawing.width = try query.value("width")
        drawing.height = try query.value("height")
        drawing.scale = try query.number("scale")
        drawing.dpi = try query.number("dpi")
        if let font = try query.value("font") {
            guard FontName.isAcceptable(font) else {
                throw APIError(.badRequest, "font \"\(font.prefix(40))\" is not a font family name; write one such as DejaVu Sans or Times New Roman", parameter: "font")
            }
            drawing.font = font
        }
        return drawing
    }

    /// A built-in theme; theme files are for the command line (nothing a request names is opened).
    static func theme(_ query: Query) throws(APIError) -> Theme {
        guard let name = try query.value("theme") else { return .conference }
        guard let theme = Theme.named(name) else {
            throw APIError(.badRequest, "unknown theme \"\(name.prefix(40))\"; use \(Theme.builtIn.map(\.name).joined(separator: ", ")) (a theme file is for the command line)",
                           parameter: "theme")
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

extension CoopServer {
    /// The chart of `key`: for PNG and SVG from the preview cache, or from the drawing of it under way, or
    /// drawn now (and kept); PDF and EPS drawn for each request (they carry the time they were made).
    func chartBytes(_ key: ChartKey, dataset: StoredDataset) async throws -> ByteBuffer {
        guard PreviewCache.keeps(key.format) else { return try await drawChart(key, dataset: dataset) }
        if let cached = previews.bytes(for: key) { return cached }
        return try await inFlight.bytes(for: key, kept: { self.previews.bytes(for: key) }) {
            let bytes = try await self.drawChart(key, dataset: dataset)
            self.previews.keep(bytes, for: key)
            return bytes
        }
    }

    /// The chart of `key`, drawn in the pool.
    private func drawChart(_ key: ChartKey, dataset: StoredDataset) async throws -> ByteBuffer {
        let documentDate = try settings.documentDate()
        let bytes = try await pool.run { () throws -> ByteBuffer in
            let prepared = try dataset.prepared(key.prepared)
            let options = key.drawing.renderOptions(documentDate: documentDate)
            do {
                let file = try FigureRendering.file(key.request, from: FigureData(dataset: prepared.dataset, cluster: prepared.cluster), format: key.format,
                                                    options: options)
                return ByteBuffer(bytes: file.bytes)
            } catch let failure as FigureRendering.DrawingFailure {
                throw APIError(.internalServerError, "drawing failed: \(failure); nothing was sent")
            }
        }
        return bytes
    }
}
