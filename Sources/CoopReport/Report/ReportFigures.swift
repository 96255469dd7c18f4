import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting

/// The figures of a report, each a chart of plain values, named for `figures` and ordered as in the report.
public struct ReportFigures: Sendable {
    /// A figure with a file-friendly name and the report section it belongs to.
    public struct ReportFigure: Sendable {
        public let name: String
        public let caption: String
        public let chart: any Chart
        public let story: [String]
        /// The sources of the figures drawn, each once, in full, and the notes they carry (the deck's speaker notes cite them).
        public var sources: [String] = []
        public var notes: [String] = []
    }

    /// Indicators that get a page of their own, in this order, when the period has figures for them.
    public static let keyIndicators = ["new_htx", "htx", "members", "credit_funds", "tht", "revenue_avg", "effective_share"]

    public let indicators: [ReportFigure]
    /// A map per indicator the request or the scheme asks for: the country, or the cluster's region.
    public let maps: [ReportFigure]
    /// The scorecard and the robustness chart, when the request has a scheme.
    public let scorecard: ReportFigure?
    public let robustness: ReportFigure?
    /// One radar per province, with the province's name for the file.
    public let profiles: [ReportFigure]
    public let sheet: ScoreSheet?

    public init(_ request: ReportRequest) throws {
        let dataset = request.dataset
        let language = request.language
        let scope = request.scope
        let data = FigureData(dataset: dataset, cluster: request.cluster)
        // Files are named for their content and period: new-htx-2017.pdf, profile-ha-nam-2017.pdf.
        let period = request.period.description
        var indicators: [ReportFigure] = []
        for id in Self.keyIndicators {
            guard let indicator = dataset.catalog[id] else { continue }
            let table = IndicatorTable(dataset: dataset, indicator: indicator, period: request.period, scope: scope)
            guard !table.rows.isEmpty else { continue }
            let previous = IndicatorTable(dataset: dataset, indicator: indicator, period: request.period.previous, scope: request.previousScope)
            let figure = Figures.ranking(table, from: data, language: language)
            let chart = figure.chart
            let story = IndicatorStory(
                table: table, previous: previous.rows.isEmpty ? nil : previous, dataset: dataset, language: language,
                whole: request.whole)
            indicators.append(
                ReportFigure(
                    name: Self.fileName(id, period), caption: chart.title, chart: chart, story: story.sentences,
                    sources: figure.sources, notes: figure.notes))
        }
        self.indicators = indicators
        maps = try request.mappedIndicators.map { text in
            guard let indicator = dataset.catalog.indicator(named: text) else {
                throw InputError(
                    file: "--map", message: "unknown indicator \"\(text)\"; did you mean \(dataset.catalog.suggestions(for: text).joined(separator: ", "))?")
            }
            let mapRequest = FigureRequest(
                kind: .map, indicators: [indicator.id], year: request.period.description,
                zoom: request.cluster == nil ? .country : .cluster, language: language)
            let chart = try Figures.make(mapRequest, from: data).chart
            return ReportFigure(name: Self.fileName("map " + indicator.id, period), caption: chart.title, chart: chart, story: [])
        }

        if let scheme = request.scheme {
            let sheet = try ScoreEngine(dataset: dataset).score(scheme, period: request.period, scope: scope, cluster: request.cluster)
            let sensitivity = SensitivityAnalysis(
                sheet: sheet, draws: request.sensitivityDraws, seed: request.sensitivitySeed,
                spread: request.sensitivitySpread, estimateSpread: request.estimateSpread)
            let scorecardChart = ScorecardFigures.scorecard(sheet, language: language)
            scorecard = ReportFigure(
                name: Self.fileName("scorecard", period), caption: scorecardChart.title, chart: scorecardChart,
                story: ReportFigures.scorecardStory(sheet, language: language))
            let bands = ScorecardFigures.rankIntervals(sensitivity, sheet: sheet, language: language)
            robustness = ReportFigure(
                name: Self.fileName("robustness", period), caption: bands.title, chart: bands,
                story: ReportFigures.robustnessStory(sensitivity, language: language))
            self.sheet = sheet
        } else {
            scorecard = nil
            robustness = nil
            sheet = nil
        }
        profiles = Figures.profiles(indicators: Self.keyIndicators, period: request.period, scope: scope, from: data, language: language).map {
            let name = dataset.registry.provinces[$0.province].name
            return ReportFigure(
                name: Self.fileName("profile " + name, period), caption: $0.figure.chart.title, chart: $0.figure.chart, story: [],
                sources: $0.figure.sources, notes: $0.figure.notes)
        }
    }

    /// Every figure as its own file: indicators, maps, scorecard, robustness, then one radar per province.
    public var all: [ReportFigure] {
        indicators + maps + [scorecard, robustness].compactMap { $0 } + profiles
    }

    /// Every figure as its own file of `size`, as `all`, but a scorecard or robustness chart too long for
    /// one such file cut into parts that each draw every province's name at a readable size
    /// ("scorecard-2024-1", "scorecard-2024-2"…): 63 rows in one figure would lose names.
    public func all(fitting size: Size, fontFamily: FontFamily = .default) -> [ReportFigure] {
        func parts(_ figure: ReportFigure?) -> [ReportFigure] {
            guard let figure else { return [] }
            let charts: [any Chart]
            if let table = figure.chart as? ScorecardTable {
                charts = table.pages(fitting: size, fontFamily: fontFamily, minimumTypeSize: ReportBuilder.rowTypeSize)
            } else if let bands = figure.chart as? RankIntervalChart {
                charts = bands.pages(fitting: size, fontFamily: fontFamily, minimumTypeSize: ReportBuilder.rowTypeSize)
            } else {
                charts = [figure.chart]
            }
            guard charts.count > 1 else { return [figure] }
            return charts.enumerated().map { index, chart in
                ReportFigure(
                    name: "\(figure.name)-\(index + 1)", caption: chart.title, chart: chart, story: index == 0 ? figure.story : [],
                    sources: figure.sources, notes: figure.notes)
            }
        }
        return indicators + maps + parts(scorecard) + parts(robustness) + profiles
    }

    /// "new-htx-2017", "profile-ha-nam-2017-h1": ASCII, lower case, words joined by hyphens.
    static func fileName(_ content: String, _ period: String) -> String {
        (content + " " + period).matchingKey.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    static func scorecardStory(_ sheet: ScoreSheet, language: Language) -> [String] {
        let words = Phrasebook.for(language)
        // Points print as everywhere else: rounded to 2 decimals, trailing zeros dropped (45,4 beside 22,5).
        let format = { (value: Double) in language.format(value, maxDecimals: 2) }
        var lines: [String] = []
        let first = sheet.rows.filter { $0.rank == 1 }
        if first.count > 1 {
            lines.append(words.scorecardVote.fill(["leaders": FigureWords.for(language).list(first.map(\.name)), "total": format(first[0].total)]))
        } else if let leader = first.first, let second = sheet.rows.first(where: { $0.rank > 1 }) {
            // Every province sharing the next rank is named ("tiếp theo là Hà Nam và Nam Định, cùng 40 điểm").
            let seconds = sheet.rows.filter { $0.rank == second.rank }
            let slots = [
                "scheme": sheet.title, "leader": leader.name, "total": format(leader.total),
                "second": FigureWords.for(language).list(seconds.map(\.name)), "secondTotal": format(second.total),
            ]
            lines.append((seconds.count > 1 ? words.scorecardLeadTiedSecond : words.scorecardLead).fill(slots))
        }
        var awards: [(String, [String])] = []
        for row in sheet.rows {
            guard let award = row.award else { continue }
            if let index = awards.firstIndex(where: { $0.0 == award }) { awards[index].1.append(row.name) } else { awards.append((award, [row.name])) }
        }
        for (award, names) in awards {
            lines.append(words.awardLine.fill(["award": award.inSentence, "names": FigureWords.for(language).list(names)]))
        }
        let estimated = sheet.rows.filter { $0.award != nil || $0.rank == 1 }.compactMap { row -> (String, String)? in
            let marks = zip(sheet.columns, row.cells).filter { $0.1.restsOnEstimate }.map { "\($0.1.estimate.mark)\($0.0.id)" }
            return marks.isEmpty ? nil : (row.name, "\(row.name): \(marks.joined(separator: ", "))")
        }
        if !estimated.isEmpty {
            lines.append(
                words.awardEstimate.fill([
                    "names": FigureWords.for(language).list(estimated.map(\.0)),
                    "items": estimated.map(\.1).joined(separator: "; "),
                ]))
        }
        return lines
    }

    static func robustnessStory(_ analysis: SensitivityAnalysis, language: Language) -> [String] {
        let words = Phrasebook.for(language)
        var lines = [
            words.robustnessLead.fill([
                "spread": language.formatPercent(analysis.spread * 100, decimals: 0),
                "draws": language.format(Double(analysis.draws), maxDecimals: 0),
            ])
        ]
        let leaders = analysis.rows.filter { $0.nominalRank == 1 }
        if leaders.count > 1 {
            // A tie at rank 1: each tied province with how often it stays first, none singled out.
            let shares = leaders.map { words.robustnessTiedShare.fill(["name": $0.name, "share": language.formatPercent($0.firstShare * 100, decimals: 1)]) }
            lines.append(words.robustnessTied.fill(["leaders": FigureWords.for(language).list(leaders.map(\.name)), "shares": shares.joined(separator: "; ")]))
        } else if let leader = leaders.first {
            let share = language.formatPercent(leader.firstShare * 100, decimals: 1)
            lines.append((leader.firstShare >= 0.9 ? words.robustnessStable : words.robustnessUnstable).fill(["leader": leader.name, "share": share]))
        }
        if analysis.estimatedValues > 0 {
            lines.append(
                words.robustnessEstimates.fill([
                    "count": String(analysis.estimatedValues),
                    "spread": language.formatPercent(analysis.estimateSpread * 100, decimals: 0),
                ]))
        }
        return lines
    }
}
