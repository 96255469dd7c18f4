import CoopAnalytics
import CoopFigures
import CoopCharts
import CoopFormatting

/// Everything a report is made from: the data, the scheme, the period and how to present it.
public struct ReportRequest: Sendable {
    public var dataset: Dataset
    /// Needed for the report; `figures` can do without it (no scorecard then).
    public var scheme: ScoringScheme?
    public var period: Period
    public var cluster: Cluster?
    public var language: Language
    public var title: String?
    public var organisation: String?
    /// Shown on the cover only when given: the report carries no timestamp of its own.
    public var date: String?
    public var pageSize: PageSize
    /// Robustness draws; a fixed seed keeps the report identical from run to run.
    public var sensitivityDraws: Int
    public var sensitivitySeed: UInt64
    public var sensitivitySpread: Double
    /// How far an estimate may be off in the robustness draws (see `SensitivityAnalysis`).
    public var estimateSpread: Double
    /// Validation warnings to list in the appendix.
    public var warnings: [Finding]
    /// Indicators that get a map page (`--map`), besides those the scheme's `maps:` names.
    public var maps: [String] = []

    public init(
        dataset: Dataset, scheme: ScoringScheme?, period: Period, cluster: Cluster?, language: Language = .vi,
        title: String? = nil, organisation: String? = nil, date: String? = nil, pageSize: PageSize = .a4,
        sensitivityDraws: Int = 1000, sensitivitySeed: UInt64 = 1, sensitivitySpread: Double = 0.25,
        estimateSpread: Double = SensitivityAnalysis.defaultEstimateSpread, warnings: [Finding] = []
    ) {
        self.dataset = dataset
        self.scheme = scheme
        self.period = period
        self.cluster = cluster
        self.language = language
        self.title = title
        self.organisation = organisation
        self.date = date
        self.pageSize = pageSize
        self.sensitivityDraws = sensitivityDraws
        self.sensitivitySeed = sensitivitySeed
        self.sensitivitySpread = sensitivitySpread
        self.estimateSpread = estimateSpread
        self.warnings = warnings
    }

    /// The provinces the report covers: the cluster's members, else every province with a figure.
    public var scope: [Int] { cluster?.members(in: period, registry: dataset.registry) ?? dataset.provinces(in: period) }
    var previousScope: [Int] { cluster?.members(in: period.previous, registry: dataset.registry) ?? scope }
    /// What the provinces in scope make together, as the sentences name it.
    public var whole: ReportWhole { ReportWhole.of(cluster: cluster, scope: scope, period: period, registry: dataset.registry) }

    /// The indicators mapped: `--map` first, then the scheme's `maps:`, each once.
    public var mappedIndicators: [String] {
        var seen = Set<String>()
        return (maps + (scheme?.maps.map(\.value) ?? [])).filter { seen.insert(dataset.catalog.indicator(named: $0)?.id ?? $0).inserted }
    }

    /// The report's title: given, or built from the cluster and period.
    public var resolvedTitle: String {
        if let title, !title.isEmpty { return title }
        let words = Phrasebook.for(language)
        let who = cluster?.title ?? scheme?.title ?? ""
        // A title that already names the year ("… toàn quốc năm 2024") does not get it twice.
        if who.contains(String(period.year)) { return words.reportTitleNamed.fill(["cluster": who]) }
        return words.reportTitle.fill(["cluster": who, "period": periodTitle(period, language), "Period": periodTitle(period, language).capitalisedFirst])
    }
}
