import Foundation
import Hummingbird
import CoopAnalytics
import CoopCharts
import CoopFormatting
import CoopReport
import CoopService
import CoopDocuments
import CoopSlides
import ZIPFoundation

/// `POST /api/datasets/{id}/report?year=…&format=pdf` with the scheme (YAML) as the body → the report,
/// the same file as `coopchart report FILES… --scheme … --year … -o report.pdf`; `format=zip` → every
/// figure of the report as `coopchart figures … --out figures` writes them, in one ZIP (the scheme is
/// then optional, and without it `year` is needed).
struct ReportRoute {
    let server: CoopServer

    static let parameters: Set<String> = ChartRoute.dataParameters.union(["year", "format", "size", "title", "organisation", "date", "formats", "dpi", "highlight", "theme"])

    func add(to router: Router<ServerContext>) {
        router.post("/api/datasets/:id/report") { request, context in
            let dataset = try server.dataset(context)
            let query = try Query(request.uri.query)
            try query.checkNames(Self.parameters)
            let plan = try ReportQuery(query: query, reading: dataset.reading)
            let text = try await server.schemeText(request, required: plan.format != .zip)
            let documentDate = try server.settings.documentDate()
            let epochSeconds = try server.settings.sourceDateEpoch()
            let bytes = try await server.pool.run { () throws -> [UInt8] in
                let request = try server.reportRequest(text, dataset: dataset, plan: plan, documentDate: documentDate)
                switch plan.format {
                case .pdf:
                    var options = RenderOptions()
                    options.documentDate = plan.date.map(DocumentDate.day) ?? (documentDate == .now ? .omitted : documentDate)
                    do {
                        return try ReportBuilder(request).pdf(options: options)
                    } catch {
                        throw APIError(.internalServerError, "drawing the report failed: \(error); nothing was sent")
                    }
                case .docx:
                    // The same pages as the PDF, as `coopchart report -o report.docx` writes them.
                    var options = WordOptions(title: request.resolvedTitle, language: plan.language, date: request.date, chartDate: documentDate)
                    options.author = plan.organisation ?? options.author
                    do {
                        return try WordDocument.docx(try ReportBuilder(request).pages(), options: options)
                    } catch {
                        throw APIError(.internalServerError, "writing the Word report failed: \(error); nothing was sent")
                    }
                case .pptx:
                    // The conference deck, as `coopchart slides` writes it.
                    var options = SlideOptions(theme: plan.theme, highlight: plan.highlight)
                    options.created = epochSeconds ?? SlideOptions.fixedCreation
                    options.documentDate = plan.date.map(DocumentDate.day) ?? (documentDate == .now ? .omitted : documentDate)
                    do {
                        return try PowerPointDeck.pptx(request, options: options)
                    } catch let error as InputError where error.file == "--highlight" {
                        throw APIError.parameter(error)
                    } catch let error as InputError {
                        throw error
                    } catch {
                        throw APIError(.internalServerError, "writing the deck failed: \(error); nothing was sent")
                    }
                case .zip:
                    let files: [FigureSet.File]
                    do {
                        files = try FigureSet.files(request, formats: plan.formats, dpi: plan.dpi, documentDate: documentDate)
                    } catch let failure as FigureSetDrawingFailure {
                        throw APIError(.internalServerError, "drawing a figure failed: \(failure); nothing was sent")
                    }
                    return try FigureArchive.zip(files, folder: "figures", date: documentDate)
                }
            }
            let name = Labels.downloadName([plan.format == .zip ? "bieu-do" : (plan.format == .pptx ? "hoi-nghi" : "bao-cao"), plan.year ?? ""], ext: plan.format.rawValue)
            return Reply.bytes(bytes, type: plan.format.mediaType,
                               headers: [.contentDisposition: Reply.disposition(name, download: true)])
        }
    }
}

/// The options of a report, checked as `coopchart report` and `coopchart figures` check theirs.
struct ReportQuery: Sendable {
    enum Format: String, CaseIterable, Sendable {
        case pdf, docx, pptx, zip

        var mediaType: String {
            switch self {
            case .pdf: return "application/pdf"
            case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .pptx: return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            case .zip: return "application/zip"
            }
        }
    }

    // What to write.
    let format: Format
    let formats: [OutputFormat]
    let dpi: Double
    let pageSize: PageSize
    // From which figures.
    let prepared: PreparedKey
    let year: String?
    // The cover.
    let language: Language
    let title: String?
    let organisation: String?
    /// The date on the cover, as YYYY-MM-DD.
    let date: String?
    // The deck (format=pptx): a province in its own colour, the charts' theme (a built-in name).
    let highlight: String?
    let theme: Theme

    init(query: Query, reading: ReadingSettings) throws(APIError) {
        let formatText = try query.value("format") ?? "pdf"
        guard let format = Format(rawValue: formatText) else {
            throw APIError(.badRequest, "format \"\(formatText.prefix(20))\": use pdf (the report), docx (the report as a Word document), pptx (the conference deck) or zip (every figure)", parameter: "format")
        }
        self.format = format
        year = try query.value("year")
        language = try query.language()
        switch try query.value("size") ?? "a4" {
        case "a4": pageSize = .a4
        case "a4-landscape": pageSize = .a4Landscape
        case let other: throw APIError(.badRequest, "size \"\(other.prefix(20))\": the report is printed on a4 or a4-landscape", parameter: "size")
        }
        title = try query.value("title").map { String($0.prefix(300)) }
        organisation = try query.value("organisation").map { String($0.prefix(300)) }
        if let text = try query.value("date") {
            let reading = DateText.read(text)
            guard let day = reading.date else {
                throw APIError(.badRequest, "date: " + (DateText.problem(reading, shown: "\"\(text.prefix(40))\"") ?? "not a date"), parameter: "date")
            }
            date = day.description
        } else {
            date = nil
        }
        highlight = try query.value("highlight").map { String($0.prefix(100)) }
        if let name = try query.value("theme") {
            guard let theme = Theme.named(name) else {
                throw APIError(.badRequest, "theme \"\(name.prefix(30))\": use \(Theme.builtIn.map(\.name).joined(separator: ", "))", parameter: "theme")
            }
            self.theme = theme
        } else {
            theme = .conference
        }
        let formatsText = try query.value("formats") ?? "pdf,png,svg,eps"
        let formats = formatsText.split(separator: ",").compactMap { OutputFormat(pathExtension: $0.trimmingCharacters(in: .whitespaces)) }
        guard !formats.isEmpty, formats.count == formatsText.split(separator: ",").count else {
            throw APIError(.badRequest, "formats \(formatsText.prefix(40)): use a comma-separated list of pdf, png, svg, eps", parameter: "formats")
        }
        self.formats = formats
        dpi = try query.number("dpi") ?? 300
        guard dpi >= 18 && dpi <= 1200 else { throw APIError(.badRequest, "dpi \(dpi) is out of range; use 18 to 1200", parameter: "dpi") }
        var settings = reading
        if let year { settings.year = year }
        prepared = PreparedKey(reading: settings, cluster: try query.value("cluster"), harmonize: try query.flag("harmonize"),
                               restateCluster: try query.flag("restate-cluster"))
    }
}

extension CoopServer {
    /// The report request, as `coopchart report` builds it (ReportSetup): the data, the scheme, the
    /// period, the scheme's cluster when the query names none, the scope and the warnings.
    func reportRequest(_ text: String?, dataset: StoredDataset, plan: ReportQuery, documentDate: DocumentDate) throws -> ReportRequest {
        let prepared = try dataset.prepared(plan.prepared)
        let scheme = try text.map { try Self.readScheme($0, catalog: prepared.dataset.catalog) }
        guard let period = try schemeStep({ try ReportPlan.period(year: plan.year, scheme: scheme, dataset: prepared.dataset) }) else {
            throw APIError(.badRequest, "give year (or post a scheme with a year)", parameter: "year")
        }
        return try schemeStep {
            try ReportPlan.request(dataset: prepared.dataset, cluster: prepared.cluster, scheme: scheme, period: period, language: plan.language,
                                   title: plan.title, organisation: plan.organisation, date: plan.date ?? documentDate.day,
                                   pageSize: plan.pageSize) { scheme in
                try self.cluster(of: scheme, dataset: dataset, registry: prepared.dataset.registry, plan: plan.prepared)
            }
        }
    }
}

/// Figures in one ZIP, made in memory with ZIPFoundation, each file deflated under `folder/`.
enum FigureArchive {
    static func zip(_ files: [FigureSet.File], folder: String, date: DocumentDate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let modified = date.day.flatMap { ISO8601DateFormatter().date(from: $0 + "T00:00:00Z") } ?? Date()
        for file in files {
            let data = Data(file.bytes)
            try archive.addEntry(with: "\(folder)/\(file.name)", type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw APIError(.internalServerError, "the ZIP could not be made") }
        return Array(data)
    }
}
