import Foundation
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting
import CoopSpreadsheets

/// A scoring scheme as a request hands it over: a file on disk (the command line) or a text posted with a
/// name (the browser app). Its errors are located at its lines, under that name.
public enum SchemeInput: Sendable {
    case file(String)
    case text(String, name: String)

    /// The largest scheme coopchart reads: a YAML file is a page or two.
    public static let maximumBytes = 1_000_000

    /// The scheme, read with the data's catalog (its indicators).
    public func read(catalog: IndicatorCatalog) throws -> ScoringScheme {
        switch self {
        case .file(let path):
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > Self.maximumBytes {
                throw InputError(
                    file: path,
                    message:
                        "the file is \(size.intValue / 1_000_000) MB; coopchart reads a scheme of at most \(Self.maximumBytes / 1_000_000) MB; is this the right file?",
                    vietnamese:
                        "tệp nặng \(size.intValue / 1_000_000) MB; coopchart chỉ đọc cách chấm điểm tối đa \(Self.maximumBytes / 1_000_000) MB; có đúng tệp không?"
                )
            }
            return try SchemeReader(catalog: catalog).read(file: path)
        case .text(let text, let name):
            return try SchemeReader(catalog: catalog).read(text: text, file: name)
        }
    }

    /// What messages call the scheme.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .text(_, let name): return name
        }
    }
}

/// Where a front end finds the cluster a scheme names in its `cluster:` line: a built-in one, or a file
/// (next to the scheme on the command line; among the uploaded files in the browser app).
public protocol SchemeClusters: Sendable {
    /// The cluster `reference` names, or an error located at the scheme's line.
    func cluster(_ reference: Located<String>, of scheme: ScoringScheme, registry: ProvinceRegistry) throws -> Cluster
}

/// A ranking as a request states it.
public struct RankRequest: Sendable {
    public var scheme: SchemeInput
    /// The period scored; nil: the scheme's `year:`.
    public var period: Period?
    /// The language of the scorecard's words and numbers.
    public var language: Language
    /// Adds each province's rank for the previous period and the change.
    public var comparePrevious: Bool

    public init(scheme: SchemeInput, period: Period? = nil, language: Language = .vi, comparePrevious: Bool = false) {
        self.scheme = scheme
        self.period = period
        self.language = language
        self.comparePrevious = comparePrevious
    }
}

/// A scored ranking, with what its outputs need (the scheme and the data for the workbook's formulas).
public struct RankResult: Sendable {
    public let sheet: ScoreSheet
    public let scheme: ScoringScheme
    public let dataset: Dataset
    public let cluster: Cluster?
    public let language: Language
    public let notes: [ServiceNote]
}

/// The robustness draws of a ranking (`--sensitivity N`), checked the same way for every front end.
public struct SensitivitySettings: Sendable, Hashable {
    public var draws: Int
    public var seed: UInt64 = 1
    public var spread: Double = 0.25
    public var estimateSpread: Double = SensitivityAnalysis.defaultEstimateSpread

    public init(draws: Int, seed: UInt64 = 1, spread: Double = 0.25, estimateSpread: Double = SensitivityAnalysis.defaultEstimateSpread) {
        self.draws = draws
        self.seed = seed
        self.spread = spread
        self.estimateSpread = estimateSpread
    }

    /// Refuses settings outside what the draws mean, naming the setting.
    public func check() throws {
        try Self.check(draws: draws, spread: spread, estimateSpread: estimateSpread)
    }

    public static func check(draws: Int?, spread: Double, estimateSpread: Double) throws {
        if let draws, !(1...1_000_000).contains(draws) {
            throw InputError(
                parameter: .sensitivity, message: "\(option: .sensitivity) must be between 1 and 1000000 draws (1000 is usual, 10000 for a final check)",
                vietnamese: "\(option: .sensitivity) phải từ 1 đến 1000000 lần rút (thường là 1000, 10000 khi kiểm tra lần cuối)")
        }
        if !(0...1).contains(spread) || !spread.isFinite {
            throw InputError(
                parameter: .spread, message: "\(option: .spread) must be between 0 and 1 (0.25 means each maximum varies by up to ±25%)",
                vietnamese: "\(option: .spread) phải từ 0 đến 1 (0.25 nghĩa là mỗi điểm tối đa thay đổi tới ±25%)")
        }
        if !(0..<1).contains(estimateSpread) || !estimateSpread.isFinite {
            throw InputError(
                parameter: .estimateSpread,
                message: "\(option: .estimateSpread) must be at least 0 and below 1 (0.1 means an estimate may be off by up to ±10%)",
                vietnamese: "\(option: .estimateSpread) phải từ 0 trở lên và nhỏ hơn 1 (0.1 nghĩa là một số ước tính có thể lệch tới ±10%)")
        }
    }
}

/// Scoring and ranking by a scheme: the one operation behind `coopchart rank` and the browser app's
/// ranking route, and the scheme's half of the report.
public enum Ranking {
    /// The scheme's period: the request's, else the scheme's `year:`, else an error listing the periods.
    public static func period(_ requested: Period?, scheme: ScoringScheme, dataset: Dataset) throws -> Period {
        if let requested { return requested }
        if let period = scheme.period { return period }
        let periods = dataset.periods.map(\.description).joined(separator: ", ")
        throw InputError(
            file: scheme.file, message: "the scheme has no year; add year: to it or give \(option: .year) (the data has \(periods))",
            vietnamese: "cách chấm điểm không ghi năm; hãy thêm year: vào đó hoặc chọn \(option: .year) (dữ liệu có \(periods))")
    }

    /// The cluster's members in `period`, else every province with a figure in it.
    public static func scope(cluster: Cluster?, dataset: Dataset, period: Period, origin: SettingOrigin = .parameter(.cluster)) throws -> [Int] {
        if let cluster { return try cluster.scope(in: period, registry: dataset.registry, origin: origin) }
        let scope = dataset.provinces(in: period)
        if scope.isEmpty {
            let periods = dataset.periods.map(\.description).joined(separator: ", ")
            throw InputError(
                parameter: .year, message: "no province has a figure in \(period); the data has \(periods)",
                vietnamese: "không tỉnh nào có số liệu trong kỳ \(period); dữ liệu có \(periods)")
        }
        return scope
    }

    /// The cluster of a ranking or a report: the request's, else the scheme's (restated as the new units
    /// when the data is harmonized).
    public static func cluster(
        given: Cluster?, scheme: ScoringScheme?, harmonize: Bool, restateCluster: Bool, registry: ProvinceRegistry,
        clusters: SchemeClusters
    ) throws -> (cluster: Cluster?, origin: SettingOrigin, notes: [ServiceNote]) {
        if let given { return (given, .parameter(.cluster), []) }
        guard let scheme, let reference = scheme.cluster else { return (nil, .parameter(.cluster), []) }
        let found = try clusters.cluster(reference, of: scheme, registry: registry)
        guard harmonize else { return (found, .file(reference.origin), []) }
        let restated = try DataScope.restate(found, registry: registry, accept: restateCluster, origin: .file(reference.origin))
        return (restated.cluster, .file(reference.origin), restated.notes)
    }

    /// Reads the scheme and scores the data: the period, the cluster (the data's, else the scheme's), the
    /// scope, the sheet, and with `comparePrevious` the previous period's ranks.
    public static func score(
        _ request: RankRequest, data: PreparedData, harmonize: Bool = false, restateCluster: Bool = false,
        clusters: SchemeClusters
    ) throws -> RankResult {
        let dataset = data.dataset
        let scheme = try request.scheme.read(catalog: dataset.catalog)
        let period = try period(request.period, scheme: scheme, dataset: dataset)
        var notes = NoteList(data.notes)
        let chosen = try cluster(
            given: data.cluster, scheme: scheme, harmonize: harmonize, restateCluster: restateCluster,
            registry: dataset.registry, clusters: clusters)
        notes.add(chosen.notes)
        let engine = ScoreEngine(dataset: dataset)
        var sheet = try engine.score(
            scheme, period: period, scope: try scope(cluster: chosen.cluster, dataset: dataset, period: period),
            cluster: chosen.cluster)
        if request.comparePrevious {
            ScoreEngine.compare(&sheet, with: try previousSheet(scheme: scheme, engine: engine, cluster: chosen.cluster, period: period))
        }
        if let cluster = chosen.cluster, let years = cluster.years, !years.contains(period.year) {
            notes.add(
                ServiceNote(
                    "cluster \(cluster.name) is defined for \(years.lowerBound)–\(years.upperBound), and \(period) is outside it",
                    vietnamese: "cụm \(cluster.name) được lập cho \(years.lowerBound)–\(years.upperBound), và kỳ \(period) nằm ngoài khoảng đó"))
        }
        return RankResult(sheet: sheet, scheme: scheme, dataset: dataset, cluster: chosen.cluster, language: request.language, notes: notes.notes)
    }

    /// The same scheme on the previous period (same part of the previous year).
    static func previousSheet(scheme: ScoringScheme, engine: ScoreEngine, cluster: Cluster?, period: Period) throws -> ScoreSheet {
        let previous = period.previous
        guard !engine.dataset.provinces(in: previous).isEmpty else {
            throw InputError(
                parameter: .comparePrevious,
                message: "the data has no figures for \(previous); add that period's file or leave out \(option: .comparePrevious)",
                vietnamese: "dữ liệu không có số liệu kỳ \(previous); hãy thêm tệp của kỳ đó hoặc bỏ \(option: .comparePrevious)")
        }
        do {
            return try engine.score(scheme, period: previous, scope: try scope(cluster: cluster, dataset: engine.dataset, period: previous), cluster: cluster)
        } catch var error as InputError {
            error.message = "scoring \(previous) for \(option: .comparePrevious): " + error.message
            error.vietnamese = error.vietnamese.map { "khi chấm kỳ \(previous) cho \(option: .comparePrevious): " + $0 }
            throw error
        }
    }

    /// The row of the province `text` names, for its explanation.
    public static func row(explaining text: String, in result: RankResult) throws -> ScoreSheet.Row {
        let sheet = result.sheet
        let ranked = sheet.rows.map(\.name).joined(separator: ", ")
        switch result.dataset.registry.resolve(text, in: sheet.period) {
        case .found(let index):
            guard let row = sheet.row(province: index) else {
                let name = result.dataset.registry.provinces[index].name
                throw InputError(
                    parameter: .explain, message: "\(name) is not among the provinces ranked in \(sheet.period); they are \(ranked)",
                    vietnamese: "\(name) không nằm trong các tỉnh được xếp hạng kỳ \(sheet.period); đó là \(ranked)")
            }
            return row
        case .notInForce, .unknown:
            throw InputError(
                parameter: .explain, message: "unknown province \"\(text)\" in \(sheet.period); the provinces ranked are \(ranked)",
                vietnamese: "không có tỉnh \"\(text)\" trong kỳ \(sheet.period); các tỉnh được xếp hạng là \(ranked)")
        }
    }

    /// One province's points, criterion by criterion, as `rank --explain P --format json` writes them.
    public static func explanationJSON(_ row: ScoreSheet.Row, sheet: ScoreSheet, language: Language) -> JSONValue {
        let lines = ScoreExplanation(sheet: sheet, language: language).lines(for: row)
        return JSONValue.object([
            ("province", .string(row.name)), ("code", .string(row.code)), ("rank", .integer(row.rank)), ("total", .number(row.total)),
            ("explanation", .array(lines.map(JSONValue.string))),
        ])
    }

    /// The scorecard workbook with live formulas, as `rank -o scorecard.xlsx` writes it.
    public static func workbook(_ result: RankResult, created: Int?) throws -> [UInt8] {
        let workbook = ScorecardWorkbook(sheet: result.sheet, scheme: result.scheme, dataset: result.dataset, language: result.language, created: created)
        do {
            return try workbook.bytes()
        } catch {
            throw OutputFailure(.workbook, error.message)
        }
    }

    /// The drawn scorecard, or with `sensitivity` the robustness chart.
    public static func chart(_ result: RankResult, sensitivity: SensitivitySettings?, theme: Theme) -> any Chart {
        guard let sensitivity else { return ScorecardFigures.scorecard(result.sheet, language: result.language, theme: theme) }
        let analysis = SensitivityAnalysis(
            sheet: result.sheet, draws: sensitivity.draws, seed: sensitivity.seed, spread: sensitivity.spread,
            estimateSpread: sensitivity.estimateSpread)
        return ScorecardFigures.rankIntervals(analysis, sheet: result.sheet, language: result.language, theme: theme)
    }

    /// The drawn scorecard (or robustness chart) as a file, checked to show every name and value.
    public static func drawing(
        _ result: RankResult, sensitivity: SensitivitySettings?, drawing: DrawingSettings, format: OutputFormat,
        documentDate: DocumentDate
    ) throws -> RenderedFile {
        try drawing.check(format: format)
        let chart = chart(result, sensitivity: sensitivity, theme: drawing.resolvedTheme)
        let options = drawing.renderOptions(documentDate: documentDate)
        try FigureRendering.checkComplete(chart, options: options)
        do {
            return try ChartRenderer.renderFile(chart, format: format, options: options)
        } catch {
            throw OutputFailure(.chart, "\(error)")
        }
    }
}
