import CoopAnalytics

/// The scheme's arithmetic written as Excel formulas, so that each point, total and rank in the
/// workbook can be traced to its raw values — the same rules as `CriterionArithmetic` and
/// `ScoreEngine`, cell by cell:
///
/// - `minmax`: `IF(MAX(r)=MIN(r), P, P*(x-MIN(r))/(MAX(r)-MIN(r)))` (lower: `MAX(r)-x`);
/// - `proportional`: `IF(MAX(r)=0, P, P*x/MAX(r))` (lower: `IF(x=0, P, P*MIN(r)/x)`);
/// - `target`: `P*MIN(x/t, cap)`;
/// - `rank`: `IF(COUNT(r)=1, P, P*(COUNT(r)-RANK.EQ(x, r, order))/(COUNT(r)-1))`;
///
/// each inside `IF(COUNT(x)=0, 0, …)`: a missing value is an empty cell and scores 0, and MIN, MAX,
/// COUNT and RANK.EQ skip empty cells as the engine skips missing values. Formulas use Excel's file
/// syntax (`,` between arguments, `.` for decimals); Excel shows `;` and `,` in a Vietnamese locale.
/// RANK.EQ is stored as `_xlfn.RANK.EQ`, the name Excel 2010+ and LibreOffice expect in a file.
enum PointFormula {
    /// Excel's stored name for RANK.EQ (a function newer than the 2007 file format).
    static let rankEQ = "_xlfn.RANK.EQ"

    /// The points formula of one criterion for one province: `x` is the value cell, `range` the
    /// column of every province's value, `target` the plan cell (for an indicator target).
    static func points(_ column: ScoreSheet.Column, x: String, range: String, target: String?) -> String {
        let p = number(column.maxPoints)
        let body: String
        switch (column.method, column.direction) {
        case (.minmax, .higher):
            body = "IF(MAX(\(range))=MIN(\(range)),\(p),\(p)*(\(x)-MIN(\(range)))/(MAX(\(range))-MIN(\(range))))"
        case (.minmax, .lower):
            body = "IF(MAX(\(range))=MIN(\(range)),\(p),\(p)*(MAX(\(range))-\(x))/(MAX(\(range))-MIN(\(range))))"
        case (.proportional, .higher):
            body = "IF(MAX(\(range))=0,\(p),\(p)*\(x)/MAX(\(range)))"
        case (.proportional, .lower):
            body = "IF(\(x)=0,\(p),\(p)*MIN(\(range))/\(x))"
        case (.target, _):
            let t: String
            switch column.target {
            case .number(let value)?: t = number(value)
            default: t = target ?? "0"
            }
            body = "\(p)*MIN(\(x)/\(t),\(number(column.cap)))"
        case (.rank, _):
            let order = column.direction == .higher ? 0 : 1
            body = "IF(COUNT(\(range))=1,\(p),\(p)*(COUNT(\(range))-\(rankEQ)(\(x),\(range),\(order)))/(COUNT(\(range))-1))"
        }
        return "IF(COUNT(\(x))=0,0,\(body))"
    }

    /// A formula criterion's value from its operand cells: empty ("") when an operand is missing or
    /// a division is by zero, as the engine leaves the value missing.
    static func value(_ formula: Formula, operand: (String) -> String) -> String {
        let cells = operandKeys(formula).map(operand)
        let expression = excel(formula.expression, operand: operand)
        guard !cells.isEmpty else { return "IFERROR(\(expression),\"\")" }
        return "IF(COUNT(\(cells.joined(separator: ",")))<\(cells.count),\"\",IFERROR(\(expression),\"\"))"
    }

    /// The operands a formula reads, keyed as the engine keys them ("members", "prev(htx)"), in order of first use.
    static func operandKeys(_ formula: Formula) -> [String] {
        var keys: [String] = []
        func visit(_ expression: Formula.Expression) {
            switch expression {
            case .number: break
            case .indicator(let id): if !keys.contains(id) { keys.append(id) }
            case .previous(let id): if !keys.contains("prev(\(id))") { keys.append("prev(\(id))") }
            case .negate(let inner): visit(inner)
            case .binary(_, let left, let right): visit(left); visit(right)
            }
        }
        visit(formula.expression)
        return keys
    }

    /// Every operation parenthesised, so Excel evaluates the tree the scheme's parser built.
    private static func excel(_ expression: Formula.Expression, operand: (String) -> String) -> String {
        switch expression {
        case .number(let value): return number(value)
        case .indicator(let id): return operand(id)
        case .previous(let id): return operand("prev(\(id))")
        case .negate(let inner): return "(-\(excel(inner, operand: operand)))"
        case .binary(let op, let left, let right):
            let sign: String
            switch op {
            case .add: sign = "+"
            case .subtract: sign = "-"
            case .multiply: sign = "*"
            case .divide: sign = "/"
            }
            return "(\(excel(left, operand: operand))\(sign)\(excel(right, operand: operand)))"
        }
    }

    /// `ROUND(SUM(points)+adjustment,2)`: the engine sums unrounded points, adds the adjustments and
    /// rounds half away from zero, as Excel's ROUND does.
    static func total(points: String, adjustment: String) -> String {
        "ROUND(SUM(\(points))+\(adjustment),2)"
    }

    /// The competition rank of the total, then the tie-break chain: for each tie-break criterion, one
    /// more place per province with the same total, equal on the earlier criteria and more points on
    /// this one (rounded to 2 decimals, as the engine compares them). With `hasData` (a column of 1/0
    /// for provinces with and without any figure) provinces without data come after all the others.
    static func rank(total: String, totals: String, tiebreak: [(cell: String, range: String)], hasData: (cell: String, range: String)?) -> String {
        var formula = "\(rankEQ)(\(total),\(totals))"
        let same = hasData.map { "(\($0.range)=\($0.cell))*" } ?? ""
        if let hasData {
            formula += "+SUMPRODUCT((\(hasData.range)>\(hasData.cell))*(\(totals)<=\(total)))"
            formula += "-SUMPRODUCT((\(hasData.range)<\(hasData.cell))*(\(totals)>\(total)))"
        }
        for k in tiebreak.indices {
            var factors = ["(\(totals)=\(total))"]
            for earlier in tiebreak[..<k] { factors.append("(ROUND(\(earlier.range),2)=ROUND(\(earlier.cell),2))") }
            factors.append("(ROUND(\(tiebreak[k].range),2)>ROUND(\(tiebreak[k].cell),2))")
            formula += "+SUMPRODUCT(\(same)\(factors.joined(separator: "*")))"
        }
        return formula
    }

    /// The award of the rank (first matching range, as the engine gives it), none without data.
    static func award(rank: String, awards: [(ranks: ClosedRange<Int>, title: String)], hasData: String?) -> String {
        var formula = "\"\""
        for award in awards.reversed() {
            let test =
                award.ranks.count == 1
                ? "\(rank)=\(award.ranks.lowerBound)"
                : "AND(\(rank)>=\(award.ranks.lowerBound),\(rank)<=\(award.ranks.upperBound))"
            formula = "IF(\(test),\(text(award.title)),\(formula))"
        }
        if let hasData { formula = "IF(\(hasData)=0,\"\",\(formula))" }
        return formula
    }

    /// 1 when the province has a figure for any criterion, else 0.
    static func hasData(values: [String]) -> String {
        "IF(COUNT(\(values.joined(separator: ",")))>0,1,0)"
    }

    /// A string literal inside a formula.
    static func text(_ value: String) -> String {
        "\"" + SpreadsheetText.clean(value).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as a formula writes it: a dot for decimals, no grouping, no exponent for usual values.
    static func number(_ value: Double) -> String {
        plain(value)
    }
}
