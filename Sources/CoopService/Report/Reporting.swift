import CoopAnalytics
import CoopCharts
import CoopDocuments
import CoopFormatting
import CoopReport

/// The conference report as a request states it: its scheme (needed for the report, optional for the
/// figures alone), its period, and the cover.
public struct ReportSettings: Sendable {
    public var scheme: SchemeInput?
    /// The period reported; nil: the scheme's `year:`.
    public var period: Period?
    public var language: Language
    public var title: String?
    public var organisation: String?
    /// The date on the cover (and the PDF's creation date); nil: none, unless SOURCE_DATE_EPOCH gives one.
    public var date: SimpleDate?
    public var pageSize: PageSize

    public init(
        scheme: SchemeInput?, period: Period? = nil, language: Language = .vi, title: String? = nil, organisation: String? = nil,
        date: SimpleDate? = nil, pageSize: PageSize = .a4
    ) {
        self.scheme = scheme
        self.period = period
        self.language = language
        self.title = title
        self.organisation = organisation
        self.date = date
        self.pageSize = pageSize
    }
}

/// The report's heading block for an official Word document (`--official`).
public struct OfficialSettings: Sendable {
    public var organisation: String
    public var parent: String?
    public var number: String?
    public var place: String?

    public init(organisation: String, parent: String? = nil, number: String? = nil, place: String? = nil) {
        self.organisation = organisation
        self.parent = parent
        self.number = number
        self.place = place
    }
}

/// Making the conference report: the one operation behind `coopchart report`, `coopchart figures` and the
/// browser app's report route.
public enum Reporting {
    /// The report request: the scheme, the period, the cluster (the data's, else the scheme's), the
    /// scope checked before anything is drawn, and the validation warnings for the appendix.
    public static func request(
        _ settings: ReportSettings, data: PreparedData, harmonize: Bool = false, restateCluster: Bool = false,
        clusters: SchemeClusters, documentDate: DocumentDate
    ) throws -> (request: ReportRequest, notes: [ServiceNote]) {
        let dataset = data.dataset
        let scheme = try settings.scheme.map { try $0.read(catalog: dataset.catalog) }
        let period: Period
        if let scheme {
            period = try Ranking.period(settings.period, scheme: scheme, dataset: dataset)
        } else if let given = settings.period {
            period = given
        } else {
            throw InputError(
                parameter: .year, message: "give \(option: .year) (or a \(option: .scheme) with a year)",
                vietnamese: "hãy chọn \(option: .year) (hoặc dùng \(option: .scheme) có ghi năm)")
        }
        var notes = NoteList(data.notes)
        let chosen = try Ranking.cluster(
            given: data.cluster, scheme: scheme, harmonize: harmonize, restateCluster: restateCluster,
            registry: dataset.registry, clusters: clusters)
        notes.add(chosen.notes)
        _ = try Ranking.scope(cluster: chosen.cluster, dataset: dataset, period: period)
        let request = ReportRequest(
            dataset: dataset, scheme: scheme, period: period, cluster: chosen.cluster, language: settings.language,
            title: settings.title, organisation: settings.organisation,
            date: settings.date?.description ?? documentDate.day, pageSize: settings.pageSize,
            warnings: Validator.warnings(for: dataset, cluster: chosen.cluster))
        return (request, notes.notes)
    }

    /// The report as a PDF. Its date: the cover's, else SOURCE_DATE_EPOCH's, else none (so two runs give
    /// the same bytes).
    public static func pdf(_ request: ReportRequest, coverDate: SimpleDate?, documentDate: DocumentDate) throws -> [UInt8] {
        var options = RenderOptions()
        options.documentDate = coverDate.map { DocumentDate.day($0.description) } ?? (documentDate == .now ? .omitted : documentDate)
        do {
            return try ReportBuilder(request).pdf(options: options)
        } catch {
            throw OutputFailure(.report, "\(error)")
        }
    }

    /// The same pages as a Word document to revise, in the official layout; with `official`, the heading
    /// block of an official document in place of the cover.
    public static func word(_ request: ReportRequest, official: OfficialSettings?, documentDate: DocumentDate) throws -> [UInt8] {
        let builder = try ReportBuilder(request)
        var options = WordOptions(title: request.resolvedTitle, language: request.language, date: request.date, chartDate: documentDate)
        options.author = request.organisation ?? options.author
        options.official = official.map {
            OfficialHeading(organisation: $0.organisation, parent: $0.parent, number: $0.number, place: $0.place, date: request.date)
        }
        do {
            return try WordDocument.docx(builder.pages(), options: options)
        } catch {
            throw OutputFailure(.wordReport, "\(error)")
        }
    }
}

/// A date given for a setting (`date`, the report's cover): YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY.
public enum SettingDate {
    public static func read(_ text: String, parameter: RequestParameter = .date) throws -> SimpleDate {
        let reading = DateText.read(text)
        guard let date = reading.date else {
            let problem = DateText.problem(reading, shown: "\"\(text)\"") ?? "not a date"
            throw InputError(
                parameter: parameter, message: problem,
                vietnamese: "\"\(text)\" không phải là một ngày hợp lệ; hãy viết YYYY-MM-DD (2017-12-15), DD/MM/YYYY hoặc DD-MM-YYYY")
        }
        return date
    }
}
