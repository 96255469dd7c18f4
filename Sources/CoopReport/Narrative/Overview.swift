import CoopAnalytics
import CoopFigures
import CoopFormatting

/// The cluster's key totals (tiles) and the opening paragraph of the report.
public struct Overview: Sendable {
    /// One key total: its label, the formatted figure and, when the previous period allows, its change.
    public struct Tile: Sendable, Equatable {
        public let label: String
        public let value: String
        public let change: String?
    }

    public static let tileIndicators = ["htx", "new_htx", "tht", "credit_funds", "members"]

    public let tiles: [Tile]
    public let paragraph: String

    /// `whole` names what the provinces make together ("toàn cụm", "cả nước").
    public init(dataset: Dataset, period: Period, scope: [Int], previousScope: [Int], language: Language, whole: ReportWhole = .cluster) {
        let words = Phrasebook.for(language)
        let wholeSlots = words.wholeSlots(whole)
        var tiles: [Tile] = []
        var totals: [String: String] = [:]
        for id in Self.tileIndicators {
            guard let indicator = dataset.catalog[id] else { continue }
            let table = IndicatorTable(dataset: dataset, indicator: indicator, period: period, scope: scope)
            guard let total = table.total else { continue }
            let shown = words.qualified(language.format(total.value, maxDecimals: 0), total.qualifier)
            totals[id] = shown
            let previous = IndicatorTable(dataset: dataset, indicator: indicator, period: period.previous, scope: previousScope)
            var change: String?
            if let before = previous.total, previous.missing.isEmpty, table.missing.isEmpty, before.value != 0 {
                change = IndicatorStory.change(from: before.value, to: total.value, previous: period.previous, language: language)
            }
            tiles.append(Tile(label: indicator.label(language), value: language.format(total.value, bound: total.qualifier, maxDecimals: 0), change: change))
        }
        self.tiles = tiles

        var sentences: [String] = []
        if let indicator = dataset.catalog["new_htx"] {
            let table = IndicatorTable(dataset: dataset, indicator: indicator, period: period, scope: scope)
            let leaders = table.rows.filter { $0.rank == 1 }
            if let total = table.total, let first = leaders.first {
                let name = { (index: Int) in dataset.registry.provinces[index].name }
                var slots = wholeSlots.merging([
                    "Period": periodPhrase(period, language).capitalisedFirst, "period": periodPhrase(period, language),
                    "total": words.qualified(language.format(total.value, maxDecimals: 0), total.qualifier),
                    "value": words.qualified(language.format(first.value, maxDecimals: 0), first.qualifier),
                ]) { _, new in new }
                if leaders.count > 1 {
                    slots["leaders"] = FigureWords.for(language).list(leaders.map { name($0.province) })
                    sentences.append(words.overviewNewHTXTie.fill(slots))
                } else {
                    slots["leader"] = name(first.province)
                    slots["share"] = first.sharePercent.map { language.formatPercent($0) } ?? "—"
                    sentences.append(words.overviewNewHTX.fill(slots))
                }
                if !table.missing.isEmpty {
                    sentences[sentences.count - 1].removeLast()
                    sentences[sentences.count - 1] +=
                        " " + words.coverage.fill(["reported": String(table.rows.count), "members": String(table.rows.count + table.missing.count)]) + "."
                }
            }
        }
        if let htx = totals["htx"], let members = totals["members"], let tht = totals["tht"], let funds = totals["credit_funds"] {
            sentences.append(words.overviewStocks.fill(wholeSlots.merging(["htx": htx, "members": members, "tht": tht, "funds": funds]) { _, new in new }))
        }
        paragraph = sentences.joined(separator: " ")
    }
}
