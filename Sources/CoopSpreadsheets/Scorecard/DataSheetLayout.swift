import CoopAnalytics

/// Where each raw figure sits on the "Số liệu" (Data) sheet.
///
/// Each raw figure — an indicator in the period or, for `prev(id)`, in the period before — has one
/// value column and one qualifier column, however many criteria read it: `new` (min–max of new_htx)
/// and `plan` (new_htx against its target) both refer to the one new_htx cell, so correcting that cell
/// moves both criteria and the ranking together. Two cells holding the same figure could be corrected
/// apart and give another winner without a word. Figures come first, in the order the criteria first
/// use them; then each formula criterion's value, a formula over its operands' figure cells; then the
/// province's sources.
struct DataSheetLayout {
    /// One raw figure's columns.
    struct Figure: Equatable {
        let indicator: String
        /// True for `prev(id)`: the figure of the period before.
        let previous: Bool
        let valueColumn: Int
        let qualifierColumn: Int

        /// "members" or "prev(members)", as the engine keys operands.
        var key: String { previous ? "prev(\(indicator))" : indicator }
    }

    /// Where one criterion reads its value x and, for an indicator target, its plan t.
    struct Block {
        /// The figures a formula criterion reads, in order of first use; empty for an indicator criterion.
        let operands: [Figure]
        /// The criterion's value x: its indicator's figure column, or the column of its formula.
        let valueColumn: Int
        /// The qualifier beside x: the figure's, or the formula's own (an estimate when an operand is one).
        let qualifierColumn: Int
        /// True when the value column is this criterion's formula (a column of its own).
        let isFormula: Bool
        /// The plan figure's column, for a target read from an indicator.
        let targetColumn: Int?
    }

    static let codeColumn = 0
    static let provinceColumn = 1

    /// Every raw figure, once, left to right.
    let figures: [Figure]
    /// One per criterion, in the scheme's order.
    let blocks: [Block]
    let sourcesColumn: Int

    init(columns: [ScoreSheet.Column]) {
        var next = 2
        func take() -> Int { defer { next += 1 }; return next }
        var figures: [Figure] = []
        func figure(_ indicator: String, previous: Bool = false) -> Figure {
            if let known = figures.first(where: { $0.indicator == indicator && $0.previous == previous }) { return known }
            let made = Figure(indicator: indicator, previous: previous, valueColumn: take(), qualifierColumn: take())
            figures.append(made)
            return made
        }
        // First every figure, so that each has its place before any formula column is numbered.
        let reads = columns.map { column -> (operands: [Figure], value: Figure?, target: Figure?) in
            var operands: [Figure] = []
            var value: Figure?
            if let formula = column.formula {
                operands = PointFormula.operandKeys(formula).map { key in
                    key.hasPrefix("prev(") ? figure(String(key.dropFirst(5).dropLast()), previous: true) : figure(key)
                }
            } else {
                value = figure(column.source)
            }
            var target: Figure?
            if column.method == .target, case .indicator(let id)? = column.target { target = figure(id) }
            return (operands, value, target)
        }
        self.figures = figures
        blocks = reads.map { read in
            if let value = read.value {
                return Block(
                    operands: [], valueColumn: value.valueColumn, qualifierColumn: value.qualifierColumn, isFormula: false,
                    targetColumn: read.target?.valueColumn)
            }
            return Block(operands: read.operands, valueColumn: take(), qualifierColumn: take(), isFormula: true, targetColumn: read.target?.valueColumn)
        }
        sourcesColumn = take()
    }

    var lastColumn: Int { sourcesColumn }

    /// The criteria (their ids) that read `figure`, as value, operand or plan.
    func readers(of figure: Figure, columns: [ScoreSheet.Column]) -> [String] {
        zip(columns, blocks).compactMap { column, block in
            let reads =
                block.operands.contains(figure) || (!block.isFormula && block.valueColumn == figure.valueColumn)
                || block.targetColumn == figure.valueColumn
            return reads ? column.id : nil
        }
    }
}
