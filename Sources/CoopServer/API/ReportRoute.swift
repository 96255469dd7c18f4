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

    static let parameters: Set<String> = ChartRoute.dataParameters.union([
        "year", "format", "size", "title", "organisation", "date", "formats", "dpi", "highlight", "theme",
    ])

    func add(to router: Router<ServerContext>) {
        router.post("/api/datasets/:id/report") { request, context in
            let dataset = try server.dataset(context)
            let wording = Wording.of(request)
            let query = try Query(request.uri.query)
            try query.checkNames(Self.parameters)
            let plan = try ReportQuery(query: query)
            let text = try await server.schemeText(request, required: plan.format != .zip)
            let documentDate = try server.settings.documentDate()
            let epochSeconds = try server.settings.sourceDateEpoch()
            let (bytes, notes) = try await server.pool.run { () throws -> ([UInt8], [ServiceNote]) in
                let prepared = try dataset.prepared(plan.scope)
                let settings = ReportSettings(
                    scheme: text.map { .text($0, name: RankRoute.schemeFile) }, period: plan.period, language: plan.language,
                    title: plan.title, organisation: plan.organisation, date: plan.date, pageSize: plan.pageSize)
                let made = try Reporting.request(
                    settings, data: prepared, harmonize: plan.scope.harmonize, restateCluster: plan.scope.restateCluster,
                    clusters: dataset.schemeClusters, documentDate: documentDate)
                switch plan.format {
                case .pdf:
                    return (try Reporting.pdf(made.request, coverDate: plan.date, documentDate: documentDate), made.notes)
                case .docx:
                    return (try Reporting.word(made.request, official: nil, documentDate: documentDate), made.notes)
                case .pptx:
                    // The conference deck, as `coopchart slides` writes it.
                    var options = SlideOptions(theme: plan.theme, highlight: plan.highlight)
                    options.created = epochSeconds ?? SlideOptions.fixedCreation
                    options.documentDate = plan.date.map { DocumentDate.day($0.description) } ?? (documentDate == .now ? .omitted : documentDate)
                    do {
                        return (try PowerPointDeck.pptx(made.request, options: options), made.notes)
                    } catch let error as InputError {
                        throw error
                    } catch {
                        throw APIError(
                            .internalServerError, "writing the deck failed: \(error); nothing was sent",
                            vietnamese: "không ghi được bài trình chiếu: \(error); không có gì được gửi")
                    }
                case .zip:
                    let figures = try FigureSet.files(made.request, formats: plan.formats, dpi: plan.dpi, documentDate: documentDate)
                    return (try FigureArchive.zip(figures.files, folder: "figures", date: documentDate), made.notes + figures.notes)
                }
            }
            let name = DownloadName.make(
                [plan.format == .zip ? "bieu-do" : (plan.format == .pptx ? "hoi-nghi" : "bao-cao"), plan.period?.description ?? ""], ext: plan.format.rawValue)
            var headers: HTTPFields = [.contentDisposition: Reply.disposition(name, download: true)]
            Reply.notes(notes, wording, into: &headers)
            return Reply.bytes(bytes, type: plan.format.mediaType, headers: headers)
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
    let scope: ScopeKey
    let period: Period?
    // The cover.
    let language: Language
    let title: String?
    let organisation: String?
    let date: SimpleDate?
    // The deck (format=pptx): a province in its own colour, the charts' theme (a built-in name).
    let highlight: String?
    let theme: Theme

    init(query: Query) throws {
        let formatText = try query.value("format") ?? "pdf"
        guard let format = Format(rawValue: formatText) else {
            throw APIError(
                .badRequest,
                "\(option: .format) \"\(formatText.prefix(20))\": use pdf (the report), docx (the report as a Word document), pptx (the conference deck) or zip (every figure)",
                vietnamese:
                    "\(option: .format) \"\(formatText.prefix(20))\": hãy dùng pdf (báo cáo), docx (báo cáo Word), pptx (bài trình chiếu hội nghị) hoặc zip (mọi biểu đồ)",
                parameter: .format)
        }
        self.format = format
        period = try query.value(.year).map { try Period.parse($0, parameter: .year) }
        language = try query.language()
        switch try query.value(.size) ?? "a4" {
        case "a4": pageSize = .a4
        case "a4-landscape": pageSize = .a4Landscape
        case let other:
            throw APIError(
                .badRequest, "\(option: .size) \"\(other.prefix(20))\": the report is printed on a4 or a4-landscape",
                vietnamese: "\(option: .size) \"\(other.prefix(20))\": báo cáo in trên khổ a4 hoặc a4-landscape", parameter: .size)
        }
        title = try query.value(.title).map { String($0.prefix(300)) }
        organisation = try query.value(.organisation).map { String($0.prefix(300)) }
        date = try query.value(.date).map { try SettingDate.read(String($0.prefix(40)), parameter: .date) }
        highlight = try query.value("highlight").map { String($0.prefix(100)) }
        if let name = try query.value(.theme) {
            guard let theme = Theme.named(name) else {
                throw APIError(
                    .badRequest, "\(option: .theme) \"\(name.prefix(30))\": use \(Theme.builtIn.map(\.name).joined(separator: ", "))",
                    vietnamese: "\(option: .theme) \"\(name.prefix(30))\": hãy dùng \(Theme.builtIn.map(\.name).joined(separator: ", "))", parameter: .theme)
            }
            self.theme = theme
        } else {
            theme = .conference
        }
        let formatsText = try query.value(.formats) ?? "pdf,png,svg,eps"
        let formats = formatsText.split(separator: ",").compactMap { OutputFormat(pathExtension: $0.trimmingCharacters(in: .whitespaces)) }
        guard !formats.isEmpty, formats.count == formatsText.split(separator: ",").count else {
            throw APIError(
                .badRequest, "\(option: .formats) \(formatsText.prefix(40)): use a comma-separated list of pdf, png, svg, eps",
                vietnamese: "\(option: .formats) \(formatsText.prefix(40)): hãy ghi danh sách cách nhau bằng dấu phẩy gồm pdf, png, svg, eps",
                parameter: .formats)
        }
        self.formats = formats
        dpi = try query.number("dpi") ?? 300
        guard dpi >= 18 && dpi <= 1200 else {
            throw APIError(
                .badRequest, "\(option: .dpi) \(dpi) is out of range; use 18 to 1200",
                vietnamese: "\(option: .dpi) \(dpi) nằm ngoài khoảng; hãy dùng từ 18 đến 1200",
                parameter: .dpi)
        }
        scope = try ScopeKey(query)
        try ScopeRequest.check(harmonize: scope.harmonize, restateCluster: scope.restateCluster)
    }
}

/// Figures in one ZIP, made in memory with ZIPFoundation, each file deflated under `folder/`.
enum FigureArchive {
    static func zip(_ files: [FigureSet.File], folder: String, date: DocumentDate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let modified = date.day.flatMap { ISO8601DateFormatter().date(from: $0 + "T00:00:00Z") } ?? Date()
        for file in files {
            let data = Data(file.bytes)
            try archive.addEntry(
                with: "\(folder)/\(file.name)", type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw OutputFailure(.archive, "the archive has no data") }
        return Array(data)
    }
}
