import CoopAnalytics
import CoopFigures
import CoopFormatting

/// Two or three sentences about one indicator in one period, every number computed from the table
/// and written in the report's language, bounds kept ("khoảng", "ít nhất").
public struct IndicatorStory: Sendable {
    public let sentences: [String]

    /// `whole` names what the provinces make together ("toàn cụm", "cả nước").
    public init(table: IndicatorTable, previous: IndicatorTable?, dataset: Dataset, language: Language, whole: ReportWhole = .cluster) {
        let words = Phrasebook.for(language)
        let wholeSlots = words.wholeSlots(whole)
        let indicator = table.indicator
        let name = { (index: Int) in dataset.registry.provinces[index].name }
        func number(_ value: Double, _ bound: ValueBound) -> String {
            indicator.amount(words.qualified(language.format(value, maxDecimals: indicator.decimals), bound), language: language)
        }
        var sentences: [String] = []
        let leaders = table.rows.filter { $0.rank == 1 }
        if let first = leaders.first {
            var slots = ["indicator": indicator.label(language).inSentence, "amount": number(first.value, first.qualifier)]
            if leaders.count > 1 {
                slots["leaders"] = FigureWords.for(language).list(leaders.map { name($0.province) })
                sentences.append(words.leaderTie.fill(slots))
            } else if let share = first.sharePercent, table.missing.isEmpty {
                slots["leader"] = name(first.province)
                slots["share"] = language.formatPercent(share)
                sentences.append(words.leaderShare.fill(slots.merging(wholeSlots) { a, _ in a }))
            } else {
                slots["leader"] = name(first.province)
                sentences.append(words.leader.fill(slots))
            }
        }
        if table.rows.count > 2, let last = table.rows.last, last.rank != 1 {
            // Every province that shares the lowest value is named, not the one that happens to sort last.
            let lowest = table.rows.filter { $0.rank == last.rank }
            let names = FigureWords.for(language).list(lowest.map { name($0.province) })
            if lowest.count > 1 {
                sentences.append(words.lowestTie.fill(["names": names, "amount": number(last.value, last.qualifier)]))
            } else {
                sentences.append(words.lowest.fill(["last": names, "amount": number(last.value, last.qualifier)]))
            }
        }
        if let average = table.average {
            if case .weightedMean(let weight) = average.method {
                let weightName = dataset.catalog[weight]?.label(language).inSentence ?? weight
                sentences.append(
                    words.weightedAverage.fill(["weight": weightName, "amount": number(average.value, average.qualifier)].merging(wholeSlots) { a, _ in a }))
            } else if let total = table.total, let before = previous?.total, previous?.missing.isEmpty == true, table.missing.isEmpty,
                before.value != 0, total.method == .sum
            {
                let change = Self.change(from: before.value, to: total.value, previous: table.period.previous, language: language)
                sentences.append(words.totalGrowth.fill(["change": change].merging(wholeSlots) { a, _ in a }))
            }
        }
        if !table.missing.isEmpty {
            sentences.append(words.missing.fill(["names": FigureWords.for(language).list(table.missing.map(name))]))
        }
        self.sentences = sentences
    }

    /// "tăng 12,5% so với năm 2016" / "up 12.5% on 2016".
    static func change(from before: Double, to after: Double, previous: Period, language: Language) -> String {
        let words = Phrasebook.for(language)
        let percent = (after - before) / abs(before) * 100
        let slots = ["percent": language.formatPercent(abs(percent)), "previous": periodPhrase(previous, language)]
        if abs(percent) < 0.05 { return words.growthFlat.fill(slots) }
        return (percent > 0 ? words.growthUp : words.growthDown).fill(slots)
    }
}
