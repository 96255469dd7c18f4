import Foundation
import CoopFormatting

/// A province's score written out so it can be checked by hand: for every criterion the raw value,
/// the method's formula with the numbers filled in and the points; then adjustments and the total.
///
///     30 × (35 − 4) / (86 − 4) = 11,34
public struct ScoreExplanation {
    public let sheet: ScoreSheet
    public let language: Language

    public init(sheet: ScoreSheet, language: Language) { self.sheet = sheet; self.language = language }

    private var words: AnalyticsWords { AnalyticsWords.for(language) }

    /// The explanation for one row of the sheet, as lines of text.
    public func lines(for row: ScoreSheet.Row) -> [String] {
        let words = self.words
        var lines: [String] = []
        lines.append(words.explanationOf + "\(row.name) (\(row.code))")
        lines.append("\(sheet.title) — \(words.period) \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? ""))
        var summary = words.rankWord + "\(row.rank)" + " · " + words.totalWord + points(row.total)
        if let award = row.award { summary += " · \(award)" }
        if !row.flags.isEmpty { summary += " · " + row.flags.joined(separator: "; ") }
        lines.append(summary)
        if row.flags.contains("vote") { lines.append(words.voteNote) }
        lines.append("")
        for (index, column) in sheet.columns.enumerated() {
            lines.append(contentsOf: criterion(column, cell: row.cells[index], number: index + 1))
        }
        lines.append("")
        if row.adjustments.isEmpty {
            lines.append(words.adjustmentsNone)
        } else {
            lines.append(words.adjustmentsHeading)
            for line in row.adjustments {
                lines.append("   \(signed(line.points))  \(line.reason)  (\(line.origin))")
            }
        }
        let parts = row.cells.map { points($0.roundedPoints) } + row.adjustments.map { points($0.points) }
        var totalLine =
            words.totalWord.trimmingCharacters(in: .whitespaces) + ": "
            + parts.joined(separator: " + ").replacingOccurrences(of: "+ −", with: "− ") + " = " + points(row.total)
        let shownSum = ScoreRounding.cents(row.cells.reduce(0) { $0 + $1.roundedPoints } + row.adjustmentPoints)
        if shownSum != row.total { totalLine += words.summedBeforeRounding }
        lines.append(totalLine)
        if let decidedBy = row.decidedBy { lines.append(words.decidedByCriterion.fill(["criterion": decidedBy])) }
        return lines
    }

    private func criterion(_ column: ScoreSheet.Column, cell: ScoreSheet.Cell, number: Int) -> [String] {
        let words = self.words
        let p = points(column.maxPoints)
        let better = column.direction == .higher ? words.higherIsBetter : words.lowerIsBetterWords
        var heading = "\(number). \(column.id) — \(column.label) (\(column.method.rawValue), \(better); "
        if column.method == .target { heading += words.cap + value(column.cap) + "; " }
        heading += words.maximumPoints + p + words.pointsSuffix
        var lines = [heading]
        guard let x = cell.value else {
            lines.append("   " + words.noFigureScore.fill(["id": column.id]))
            return lines
        }
        var valueLine = "   " + words.valueWord
        let relation = cell.estimate == .exact ? "=" : cell.estimate.mark
        if let formula = column.formula {
            valueLine += "\(formula.text) = \(filledIn(formula, operands: cell.operands, bounds: cell.inputBounds)) \(relation) \(value(x))"
        } else {
            valueLine += "\(column.source) \(relation) \(value(x))"
        }
        if cell.restsOnEstimate { valueLine += " (\(cell.isFormula ? words.formulaEstimate : words.words(for: cell.estimate)))" }
        lines.append(valueLine)
        let n = column.count
        let result = points(cell.roundedPoints)
        let full = ["points": p, "result": result]
        let among = "   " + words.amongRanked
        let pointsLead = "   " + words.pointsWord
        switch column.method {
        case .minmax:
            let low = column.minimum!, high = column.maximum!
            lines.append(among + "min = \(value(low)); max = \(value(high)) (\(provinceCount(n)))")
            if high == low {
                lines.append("   " + words.equalMaxMin.fill(full))
            } else if column.direction == .higher {
                lines.append(pointsLead + "\(p) × (\(term(x)) − \(term(low))) / (\(term(high)) − \(term(low))) = \(result)")
            } else {
                lines.append(pointsLead + "\(p) × (\(term(high)) − \(term(x))) / (\(term(high)) − \(term(low))) = \(result)")
            }
        case .proportional:
            if column.direction == .higher {
                let high = column.maximum!
                lines.append(among + "max = \(value(high)) (\(provinceCount(n)))")
                lines.append(high == 0 ? "   " + words.allZero.fill(full) : pointsLead + "\(p) × \(term(x)) / \(term(high)) = \(result)")
            } else {
                let low = column.minimum!
                lines.append(among + "min = \(value(low)) (\(provinceCount(n)))")
                lines.append(x == 0 ? "   " + words.zeroValue.fill(full) : pointsLead + "\(p) × \(term(low)) / \(term(x)) = \(result)")
            }
        case .target:
            let t = cell.target ?? 0
            let targetName: String
            switch column.target {
            case .indicator(let id)?: targetName = id
            default: targetName = words.targetFallback
            }
            lines.append("   " + words.targetWord + "\(targetName) = \(value(t))")
            lines.append(
                pointsLead + "\(p) × min(\(term(x)) / \(term(t))\(words.listSeparator) \(value(column.cap))) = \(p) × \(value(cell.share)) = \(result)")
        case .rank:
            let r = cell.valueRank ?? 1
            lines.append("   " + words.rankByValue + "r = \(r)" + words.of + "n = \(n)")
            lines.append(n == 1 ? "   " + words.onlyOne.fill(full) : pointsLead + "\(p) × (\(n) − \(r)) / (\(n) − 1) = \(result)")
        }
        return lines
    }

    /// The formula with each indicator replaced by the province's figure, marked ≈ > < when not exact.
    func filledIn(_ formula: Formula, operands: [String: Double], bounds: [String: ValueBound] = [:]) -> String {
        func operand(_ key: String) -> String {
            guard let v = operands[key] else { return "—" }
            return (bounds[key]?.mark ?? "") + term(v)
        }
        func render(_ expression: Formula.Expression, parentPrecedence: Int, rightSide: Bool) -> String {
            switch expression {
            case .number(let v): return term(v)
            case .indicator(let id): return operand(id)
            case .previous(let id): return operand("prev(\(id))")
            case .negate(let inner): return "−" + render(inner, parentPrecedence: 3, rightSide: false)
            case .binary(let op, let left, let right):
                let precedence = (op == .add || op == .subtract) ? 1 : 2
                let text =
                    render(left, parentPrecedence: precedence, rightSide: false) + " \(op.rawValue) "
                    + render(right, parentPrecedence: precedence, rightSide: true)
                let needsParentheses = precedence < parentPrecedence || (precedence == parentPrecedence && rightSide)
                return needsParentheses ? "(\(text))" : text
            }
        }
        return render(formula.expression, parentPrecedence: 0, rightSide: false)
    }

    private func provinceCount(_ n: Int) -> String {
        n == 1 ? words.providedOne : words.providedCount.fill(["count": String(n)])
    }

    private func points(_ v: Double) -> String { language.format(v, maxDecimals: 2) }
    private func value(_ v: Double) -> String { language.format(v, maxDecimals: 4) }
    /// A value inside a formula: negatives in parentheses so the signs read unambiguously.
    private func term(_ v: Double) -> String { v < 0 ? "(\(value(v)))" : value(v) }
    private func signed(_ v: Double) -> String { v < 0 ? points(v) : "+" + points(v) }
}
