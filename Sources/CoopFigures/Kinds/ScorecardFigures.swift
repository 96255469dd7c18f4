import CoopAnalytics
import CoopCharts
import CoopFormatting

/// Turns a score sheet into the drawn scorecard, and a sensitivity analysis into the robustness chart:
/// plain values for CoopCharts, which never learns what scoring is.
public enum ScorecardFigures {
    /// The scorecard table for `rank -o ranking.pdf` and the report.
    public static func scorecard(_ sheet: ScoreSheet, language: Language, theme: Theme = .conference) -> ScorecardTable {
        let words = FigureWords.for(language)
        let criteria = sheet.columns.map { ScorecardTable.Criterion(label: $0.label, maxPoints: $0.maxPoints) }
        let rows = sheet.rows.map { row in
            ScorecardTable.Row(
                rank: row.rank, name: row.name,
                points: row.cells.map { $0.isMissing ? ChartValue.missing : ChartValue($0.roundedPoints, bound: $0.estimate) },
                adjustments: row.adjustmentPoints, total: row.total, award: row.award,
                isTied: row.flags.contains("tie"), change: sheet.comparedPeriod == nil ? nil : row.change?.text(language))
        }
        var notes: [String] = []
        if let estimates = estimateNote(sheet, words: words) { notes.append(estimates) }
        if let compared = sheet.comparedPeriod {
            notes.append(words.scorecardComparison.fill(["period": periodTitle(compared, language)]))
        }
        return ScorecardTable(
            chrome: chrome(sheet, language: language, theme: theme), criteria: criteria, rows: rows, notes: notes,
            changeHeader: sheet.comparedPeriod.map { "± \($0)" })
    }

    /// The robustness chart for `rank --sensitivity N -o bands.png` and the report.
    public static func rankIntervals(_ analysis: SensitivityAnalysis, sheet: ScoreSheet, language: Language, theme: Theme = .conference) -> RankIntervalChart {
        let words = FigureWords.for(language)
        var chrome = chrome(sheet, language: language, theme: theme)
        chrome.title = words.robustnessTitle.fill(["scheme": sheet.title])
        chrome.footnotes.insert(
            words.robustnessDraws.fill([
                "draws": language.format(Double(analysis.draws), maxDecimals: 0), "spread": language.format(analysis.spread * 100, maxDecimals: 1),
                "seed": String(analysis.seed),
            ]), at: 0)
        if analysis.estimatedValues > 0 {
            chrome.footnotes.insert(
                words.robustnessEstimates.fill([
                    "count": String(analysis.estimatedValues), "spread": language.format(analysis.estimateSpread * 100, maxDecimals: 1),
                ]), at: 1)
        }
        return RankIntervalChart(
            chrome: chrome,
            items: analysis.rows.map {
                RankIntervalChart.Item(name: $0.name, nominalRank: $0.nominalRank, medianRank: $0.medianRank, lowRank: $0.lowRank, highRank: $0.highRank)
            })
    }

    /// "≈ > < : điểm tính từ số liệu ước tính …: Hà Nam (≈new), …" when any points rest on an estimate.
    static func estimateNote(_ sheet: ScoreSheet, words: FigureWords) -> String? {
        var parts: [String] = []
        for row in sheet.rows {
            let ids = zip(sheet.columns, row.cells).filter { $0.1.restsOnEstimate }.map { "\($0.1.estimate.mark)\($0.0.id)" }
            if !ids.isEmpty { parts.append("\(row.name) (\(ids.joined(separator: ", ")))") }
        }
        return parts.isEmpty ? nil : words.estimateNote + parts.joined(separator: "; ")
    }

    private static func chrome(_ sheet: ScoreSheet, language: Language, theme: Theme) -> ChartChrome {
        let words = FigureWords.for(language)
        var subtitle = [periodTitle(sheet.period, language)]
        if let cluster = sheet.clusterTitle { subtitle.append(cluster) }
        let footnotes = [words.sources(sheet.sources), ClusterNote.restatement(broughtIn: sheet.clusterBroughtIn, language: language)].compactMap { $0 }
        return ChartChrome(
            title: sheet.title, subtitle: subtitle.joined(separator: " · "), footnotes: footnotes, locale: language,
            maxDecimals: 2, theme: theme)
    }
}
