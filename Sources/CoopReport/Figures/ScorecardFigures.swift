import CoopAnalytics
import CoopCharts
import CoopFormatting

/// Turns a score sheet into the drawn scorecard, and a sensitivity analysis into the robustness chart:
/// plain values for CoopCharts, which never learns what scoring is.
public enum ScorecardFigures {
    /// The scorecard table for `rank -o ranking.pdf`.
    public static func scorecard(_ sheet: ScoreSheet, language: Language, theme: Theme = .conference) -> ScorecardTable {
        let criteria = sheet.columns.map { ScorecardTable.Criterion(label: $0.label, maxPoints: $0.maxPoints) }
        let rows = sheet.rows.map { row in
            ScorecardTable.Row(rank: row.rank, name: row.name,
                               points: row.cells.map { $0.isMissing ? ChartValue.missing : ChartValue($0.roundedPoints, bound: $0.estimate) },
                               adjustments: row.adjustmentPoints, total: row.total, award: row.award,
                               isTied: row.flags.contains("tie"), change: sheet.comparedPeriod == nil ? nil : row.change?.text(language))
        }
        var notes: [String] = []
        if let estimates = ScoreSheetOutput(sheet: sheet, language: language).estimateNote() { notes.append(estimates) }
        if let compared = sheet.comparedPeriod {
            notes.append(language == .vi ? "Cột ± so với thứ hạng \(periodTitle(compared, language)) theo cùng cách chấm" : "± compares with the rank in \(periodTitle(compared, language)) under the same scheme")
        }
        return ScorecardTable(chrome: chrome(sheet, language: language, theme: theme), criteria: criteria, rows: rows, notes: notes,
                              changeHeader: sheet.comparedPeriod.map { "± \($0)" })
    }

    /// The robustness chart for `rank --sensitivity N -o bands.png`.
    public static func rankIntervals(_ analysis: SensitivityAnalysis, sheet: ScoreSheet, language: Language, theme: Theme = .conference) -> RankIntervalChart {
        var chrome = chrome(sheet, language: language, theme: theme)
        let draws = language.format(Double(analysis.draws), maxDecimals: 0)
        let spread = language.format(analysis.spread * 100, maxDecimals: 1)
        chrome.title = (language == .vi ? "Độ vững của thứ hạng: " : "Robustness of the ranking: ") + sheet.title
        chrome.footnotes.insert(language == .vi
            ? "\(draws) lần rút, mỗi mức điểm tối đa nhân với hệ số ngẫu nhiên trong [1 − \(spread)%, 1 + \(spread)%]; hạt giống \(analysis.seed)."
            : "\(draws) draws, each maximum multiplied by a random factor in [1 − \(spread)%, 1 + \(spread)%]; seed \(analysis.seed).", at: 0)
        if analysis.estimatedValues > 0 {
            let estimateSpread = language.format(analysis.estimateSpread * 100, maxDecimals: 1)
            chrome.footnotes.insert(language == .vi
                ? "\(analysis.estimatedValues) số liệu chưa chính xác cũng được rút trong ±\(estimateSpread)% (cận dưới chỉ tăng, cận trên chỉ giảm)."
                : "The \(analysis.estimatedValues) figures that are not exact are also drawn within ±\(estimateSpread)% (a lower bound only upwards, an upper bound only downwards).", at: 1)
        }
        return RankIntervalChart(chrome: chrome, items: analysis.rows.map {
            RankIntervalChart.Item(name: $0.name, nominalRank: $0.nominalRank, medianRank: $0.medianRank, lowRank: $0.lowRank, highRank: $0.highRank)
        })
    }

    private static func chrome(_ sheet: ScoreSheet, language: Language, theme: Theme) -> ChartChrome {
        var subtitle = [periodTitle(sheet.period, language)]
        if let cluster = sheet.clusterTitle { subtitle.append(cluster) }
        var sources = sheet.sources.isEmpty ? [] : [(language == .vi ? "Nguồn: " : "Sources: ") + sheet.sources.joined(separator: "; ")]
        if let restated = ClusterNote.restatement(broughtIn: sheet.clusterBroughtIn, language: language) { sources.append(restated) }
        return ChartChrome(title: sheet.title, subtitle: subtitle.joined(separator: " · "), footnotes: sources, locale: language,
                           maxDecimals: 2, theme: theme)
    }
}
