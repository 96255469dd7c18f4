import CoopAnalytics
import CoopCharts
import CoopFormatting

/// The figures of a report, each a chart of plain values, named for `figures` and ordered as in the report.
public struct ReportFigures: Sendable {
    /// A figure with a file-friendly name and the report section it belongs to.
    public struct Figure: Sendable {
        public let name: String
        public let caption: String
        public let chart: any Chart
        public let story: [String]
    }

    /// Indicators that get a page of their own, in this order, when the period has figures for them.
    public static let keyIndicators = ["new_htx", "htx", "members", "credit_funds", "tht", "revenue_avg", "effective_share"]

    public let indicators: [Figure]
    /// The scorecard and the robustness chart, when the request has a scheme.
    public let scorecard: Figure?
    public let robustness: Figure?
    public let profiles: [any Chart]
    public let sheet: ScoreSheet?

    public init(_ request: ReportRequest) throws {
        let dataset = request.dataset
        let language = request.language
        let scope = request.scope
        var indicators: [Figure] = []
        for id in Self.keyIndicators {
            guard let indicator = dataset.catalog[id] else { continue }
            let table = IndicatorTable(dataset: dataset, indicator: indicator, period: request.period, scope: scope)
            guard !table.rows.isEmpty else { continue }
            let previous = IndicatorTable(dataset: dataset, indicator: indicator, period: request.period.previous, scope: request.previousScope)
            let chart = RankingBarChartBuilder.chart(for: table, dataset: dataset, cluster: request.cluster, language: language)
            let story = IndicatorStory(table: table, previous: previous.rows.isEmpty ? nil : previous, dataset: dataset, language: language)
            indicators.append(Figure(name: id.replacingOccurrences(of: "_", with: "-"), caption: chart.title, chart: chart, story: story.sentences))
        }
        self.indicators = indicators

        if let scheme = request.scheme {
            let sheet = try ScoreEngine(dataset: dataset).score(scheme, period: request.period, scope: scope, cluster: request.cluster)
            let sensitivity = SensitivityAnalysis(sheet: sheet, draws: request.sensitivityDraws, seed: request.sensitivitySeed,
                                                  spread: request.sensitivitySpread, estimateSpread: request.estimateSpread)
            let scorecardChart = ScorecardFigures.scorecard(sheet, language: language)
            scorecard = Figure(name: "scorecard", caption: scorecardChart.title, chart: scorecardChart,
                               story: ReportFigures.scorecardStory(sheet, language: language))
            let bands = ScorecardFigures.rankIntervals(sensitivity, sheet: sheet, language: language)
            robustness = Figure(name: "robustness", caption: bands.title, chart: bands,
                                story: ReportFigures.robustnessStory(sensitivity, language: language))
            self.sheet = sheet
        } else {
            scorecard = nil
            robustness = nil
            sheet = nil
        }
        profiles = ProfileFigures.radars(dataset: dataset, period: request.period, scope: scope, language: language)
    }

    /// Every figure as its own file: indicators, scorecard, robustness, then one radar per province.
    public var all: [Figure] {
        let radars = profiles.enumerated().map { index, chart in
            Figure(name: "profile-\(index + 1)", caption: chart.title, chart: chart, story: [])
        }
        return indicators + [scorecard, robustness].compactMap { $0 } + radars
    }

    static func scorecardStory(_ sheet: ScoreSheet, language: Language) -> [String] {
        let words = Phrasebook.for(language)
        let format = { (value: Double) in language.format(value, decimals: 2) }
        var lines: [String] = []
        let first = sheet.rows.filter { $0.rank == 1 }
        if first.count > 1 {
            lines.append(words.scorecardVote.fill(["leaders": listPhrase(first.map(\.name), language), "total": format(first[0].total)]))
        } else if let leader = first.first, let second = sheet.rows.first(where: { $0.rank > 1 }) {
            lines.append(words.scorecardLead.fill(["scheme": sheet.title, "leader": leader.name, "total": format(leader.total),
                                                   "second": second.name, "secondTotal": format(second.total)]))
        }
        var awards: [(String, [String])] = []
        for row in sheet.rows {
            guard let award = row.award else { continue }
            if let index = awards.firstIndex(where: { $0.0 == award }) { awards[index].1.append(row.name) } else { awards.append((award, [row.name])) }
        }
        for (award, names) in awards {
            lines.append(words.awardLine.fill(["award": award.inSentence, "names": listPhrase(names, language)]))
        }
        let estimated = sheet.rows.filter { $0.award != nil || $0.rank == 1 }.compactMap { row -> (String, String)? in
            let marks = zip(sheet.columns, row.cells).filter { $0.1.restsOnEstimate }.map { "\($0.1.estimate.mark)\($0.0.id)" }
            return marks.isEmpty ? nil : (row.name, "\(row.name): \(marks.joined(separator: ", "))")
        }
        if !estimated.isEmpty {
            lines.append(words.awardEstimate.fill(["names": listPhrase(estimated.map(\.0), language),
                                                   "items": estimated.map(\.1).joined(separator: "; ")]))
        }
        return lines
    }

    static func robustnessStory(_ analysis: SensitivityAnalysis, language: Language) -> [String] {
        let words = Phrasebook.for(language)
        var lines = [words.robustnessLead.fill([
            "spread": language.formatPercent(analysis.spread * 100, decimals: 0),
            "draws": language.format(Double(analysis.draws), maxDecimals: 0),
        ])]
        if let leader = analysis.rows.filter({ $0.nominalRank == 1 }).max(by: { $0.firstShare < $1.firstShare }) {
            let share = language.formatPercent(leader.firstShare * 100, decimals: 1)
            lines.append((leader.firstShare >= 0.9 ? words.robustnessStable : words.robustnessUnstable).fill(["leader": leader.name, "share": share]))
        }
        if analysis.estimatedValues > 0 {
            lines.append(words.robustnessEstimates.fill(["count": String(analysis.estimatedValues),
                                                         "spread": language.formatPercent(analysis.estimateSpread * 100, decimals: 0)]))
        }
        return lines
    }
}
