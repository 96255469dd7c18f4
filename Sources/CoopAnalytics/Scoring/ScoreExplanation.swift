import CoopFormatting

/// A province's score written out so it can be checked by hand: for every criterion the raw value,
/// the method's formula with the numbers filled in and the points; then adjustments and the total.
///
///     30 × (35 − 4) / (86 − 4) = 11,34
public struct ScoreExplanation {
    public let sheet: ScoreSheet
    public let language: Language

    public init(sheet: ScoreSheet, language: Language) {
        self.sheet = sheet
        self.language = language
    }

    /// The explanation for one row of the sheet, as lines of text.
    public func lines(for row: ScoreSheet.Row) -> [String] {
        let vi = language == .vi
        var lines: [String] = []
        lines.append((vi ? "Giải thích điểm: " : "Score explanation: ") + "\(row.name) (\(row.code))")
        lines.append("\(sheet.title) — \(vi ? "kỳ" : "period") \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? ""))
        var summary = (vi ? "Hạng " : "Rank ") + "\(row.rank)" + " · " + (vi ? "Tổng " : "Total ") + points(row.total)
        if let award = row.award { summary += " · \(award)" }
        if !row.flags.isEmpty { summary += " · " + row.flags.joined(separator: "; ") }
        lines.append(summary)
        if row.flags.contains("vote") {
            lines.append(vi ? "Đồng hạng nhất: hội nghị cụm bình xét, suy tôn; công cụ không tự chọn."
                            : "Tied at rank 1: the cluster conference votes; the tool does not choose.")
        }
        lines.append("")
        for (index, column) in sheet.columns.enumerated() {
            lines.append(contentsOf: criterion(column, cell: row.cells[index], number: index + 1))
        }
        lines.append("")
        if row.adjustments.isEmpty {
            lines.append(vi ? "Điều chỉnh (cộng/trừ): không có" : "Adjustments (bonus/penalty): none")
        } else {
            lines.append(vi ? "Điều chỉnh (cộng/trừ):" : "Adjustments (bonus/penalty):")
            for line in row.adjustments {
                lines.append("   \(signed(line.points))  \(line.reason)  (\(line.origin))")
            }
        }
        let parts = row.cells.map { points($0.roundedPoints) } + row.adjustments.map { signedTerm($0.points) }
        var totalLine = (vi ? "Tổng: " : "Total: ") + parts.joined(separator: " + ").replacingOccurrences(of: "+ −", with: "− ")
            + " = " + points(row.total)
        let shownSum = ScoreRounding.cents(row.cells.reduce(0) { $0 + $1.roundedPoints } + row.adjustmentPoints)
        if shownSum != row.total {
            totalLine += vi ? " (cộng từ điểm chưa làm tròn, rồi làm tròn 2 chữ số)" : " (summed before rounding, then rounded to 2 decimals)"
        }
        lines.append(totalLine)
        if let decidedBy = row.decidedBy {
            lines.append(vi ? "Bằng tổng điểm với tỉnh khác; thứ hạng phân định theo tiêu chí \(decidedBy)."
                            : "Total equal to another province's; the order was decided by criterion \(decidedBy).")
        }
        return lines
    }

    private func criterion(_ column: ScoreSheet.Column, cell: ScoreSheet.Cell, number: Int) -> [String] {
        let vi = language == .vi
        let p = points(column.maxPoints)
        let better = column.direction == .higher ? (vi ? "cao hơn là tốt hơn" : "higher is better") : (vi ? "thấp hơn là tốt hơn" : "lower is better")
        var heading = "\(number). \(column.id) — \(column.label) (\(column.method.rawValue), \(better); "
        if column.method == .target { heading += (vi ? "trần " : "cap ") + value(column.cap) + "; " }
        heading += (vi ? "tối đa " : "maximum ") + p + (vi ? " điểm)" : " points)")
        var lines = [heading]
        guard let x = cell.value else {
            lines.append("   " + (vi ? "Giá trị: không có số liệu → 0 điểm (missing:\(column.id))" : "Value: no figure → 0 points (missing:\(column.id))"))
            return lines
        }
        var valueLine = "   " + (vi ? "Giá trị: " : "Value: ")
        let relation = cell.estimate == .exact ? "=" : cell.estimate.mark
        if let formula = column.formula {
            valueLine += "\(formula.text) = \(filledIn(formula, operands: cell.operands, bounds: cell.inputBounds)) \(relation) \(value(x))"
        } else {
            valueLine += "\(column.source) \(relation) \(value(x))"
        }
        if cell.restsOnEstimate { valueLine += " (\(estimateWords(cell)))" }
        lines.append(valueLine)
        let n = column.count
        let result = points(cell.roundedPoints)
        switch column.method {
        case .minmax:
            let low = column.minimum!, high = column.maximum!
            lines.append("   " + (vi ? "Trong phạm vi xếp hạng: " : "Among those ranked: ") + "min = \(value(low)); max = \(value(high)) (\(provinceCount(n)))")
            if high == low {
                lines.append("   " + (vi ? "Điểm: max = min nên mọi tỉnh được trọn \(p) = \(result)" : "Points: max = min, so every province gets the full \(p) = \(result)"))
            } else if column.direction == .higher {
                lines.append("   " + (vi ? "Điểm: " : "Points: ") + "\(p) × (\(term(x)) − \(term(low))) / (\(term(high)) − \(term(low))) = \(result)")
            } else {
                lines.append("   " + (vi ? "Điểm: " : "Points: ") + "\(p) × (\(term(high)) − \(term(x))) / (\(term(high)) − \(term(low))) = \(result)")
            }
        case .proportional:
            if column.direction == .higher {
                let high = column.maximum!
                lines.append("   " + (vi ? "Trong phạm vi xếp hạng: " : "Among those ranked: ") + "max = \(value(high)) (\(provinceCount(n)))")
                if high == 0 {
                    lines.append("   " + (vi ? "Điểm: mọi giá trị bằng 0 nên mọi tỉnh được trọn \(p) = \(result)" : "Points: every value is 0, so every province gets the full \(p) = \(result)"))
                } else {
                    lines.append("   " + (vi ? "Điểm: " : "Points: ") + "\(p) × \(term(x)) / \(term(high)) = \(result)")
                }
            } else {
                let low = column.minimum!
                lines.append("   " + (vi ? "Trong phạm vi xếp hạng: " : "Among those ranked: ") + "min = \(value(low)) (\(provinceCount(n)))")
                if x == 0 {
                    lines.append("   " + (vi ? "Điểm: giá trị bằng 0 nên được trọn \(p) = \(result)" : "Points: the value is 0, so it gets the full \(p) = \(result)"))
                } else {
                    lines.append("   " + (vi ? "Điểm: " : "Points: ") + "\(p) × \(term(low)) / \(term(x)) = \(result)")
                }
            }
        case .target:
            let t = cell.target ?? 0
            let targetName: String
            switch column.target {
            case .indicator(let id)?: targetName = id
            default: targetName = vi ? "chỉ tiêu" : "target"
            }
            lines.append("   " + (vi ? "Kế hoạch: " : "Target: ") + "\(targetName) = \(value(t))")
            let separator = language == .vi ? ";" : ","
            lines.append("   " + (vi ? "Điểm: " : "Points: ") + "\(p) × min(\(term(x)) / \(term(t))\(separator) \(value(column.cap))) = \(p) × \(value(cell.share)) = \(result)")
        case .rank:
            let r = cell.valueRank ?? 1
            lines.append("   " + (vi ? "Thứ hạng theo giá trị: " : "Rank by value: ") + "r = \(r)" + (vi ? " trong " : " of ") + "n = \(n)")
            if n == 1 {
                lines.append("   " + (vi ? "Điểm: chỉ một tỉnh có số liệu (n = 1) nên được trọn \(p) = \(result)" : "Points: only one province has a figure (n = 1), so it gets the full \(p) = \(result)"))
            } else {
                lines.append("   " + (vi ? "Điểm: " : "Points: ") + "\(p) × (\(n) − \(r)) / (\(n) − 1) = \(result)")
            }
        }
        return lines
    }

    /// "khoảng, ước tính": what an estimate under the points is, in words.
    private func estimateWords(_ cell: ScoreSheet.Cell) -> String {
        let vi = language == .vi
        if cell.isFormula {
            return vi ? "ước tính: tính từ số liệu không chính xác" : "an estimate: computed from figures that are not exact"
        }
        switch cell.estimate {
        case .exact: return ""
        case .approx: return vi ? "khoảng, ước tính" : "about, an estimate"
        case .atLeast: return vi ? "ít nhất, cận dưới" : "at least, a lower bound"
        case .atMost: return vi ? "không quá, cận trên" : "at most, an upper bound"
        }
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
                let text = render(left, parentPrecedence: precedence, rightSide: false) + " \(op.rawValue) "
                    + render(right, parentPrecedence: precedence, rightSide: true)
                let needsParentheses = precedence < parentPrecedence || (precedence == parentPrecedence && rightSide)
                return needsParentheses ? "(\(text))" : text
            }
        }
        return render(formula.expression, parentPrecedence: 0, rightSide: false)
    }

    private func provinceCount(_ n: Int) -> String {
        language == .vi ? "\(n) tỉnh có số liệu" : "\(n) province\(n == 1 ? "" : "s") with a figure"
    }
    private func points(_ v: Double) -> String { language.format(v, maxDecimals: 2) }
    private func value(_ v: Double) -> String { language.format(v, maxDecimals: 4) }
    /// A value inside a formula: negatives in parentheses so the signs read unambiguously.
    private func term(_ v: Double) -> String { v < 0 ? "(\(value(v)))" : value(v) }
    private func signed(_ v: Double) -> String { v < 0 ? points(v) : "+" + points(v) }
    private func signedTerm(_ v: Double) -> String { v < 0 ? points(v) : points(v) }
}
