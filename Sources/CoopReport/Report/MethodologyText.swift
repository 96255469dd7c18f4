import CoopAnalytics
import CoopFigures
import CoopFormatting

/// The scheme as a reader checks it: one line per criterion with its formula, then the rules.
enum MethodologyText {
    static func lines(_ scheme: ScoringScheme, cluster: Cluster?, registry: ProvinceRegistry, language: Language) -> [String] {
        let words = Phrasebook.for(language)
        var lines = [words.methodIntro.fill([:])]
        if let restated = ClusterNote.restatement(cluster, registry: registry, language: language) { lines.insert(restated, at: 0) }
        for criterion in scheme.criteria {
            var slots = [
                "label": criterion.label, "id": criterion.id, "source": criterion.sourceText,
                "points": language.format(criterion.points, maxDecimals: 2),
                "direction": criterion.direction == .lower ? words.directionLower : "",
                "cap": language.format(criterion.cap, maxDecimals: 2),
            ]
            switch criterion.target {
            case .indicator(let id)?: slots["target"] = id
            case .number(let value)?: slots["target"] = language.format(value, maxDecimals: 2)
            case nil: slots["target"] = "—"
            }
            let template: Template
            switch criterion.method {
            case .minmax: template = words.methodMinmax
            case .proportional: template = words.methodProportional
            case .target: template = words.methodTarget
            case .rank: template = words.methodRank
            }
            lines.append("• " + template.fill(slots))
        }
        lines.append(words.missingRule)
        lines.append(words.estimateRule)
        lines.append(words.tieRule)
        if !scheme.tiebreak.isEmpty { lines.append(words.tiebreakLine.fill(["criteria": scheme.tiebreak.joined(separator: ", ")])) }
        for adjustment in scheme.adjustments {
            let points = (adjustment.points > 0 ? "+" : "") + language.format(adjustment.points, maxDecimals: 2)
            lines.append("• " + words.adjustmentLine.fill(["province": adjustment.province, "points": points, "reason": adjustment.reason]))
        }
        return lines
    }
}
