import CoopAnalytics

/// Where each raw figure sits on the "Số liệu" (Data) sheet: for every criterion its value column
/// and qualifier column; a formula criterion first has a value and a qualifier column per operand
/// (`members`, `prev(htx)`), then its value as a formula over them; a target read from an indicator
/// has a plan column. The province's sources close the row.
struct DataSheetLayout {
    struct Operand {
        /// "members" or "prev(members)", as the engine keys operands.
        let key: String
        let indicator: String
        let previous: Bool
        let valueColumn: Int
        let qualifierColumn: Int
    }

    struct Block {
        let operands: [Operand]
        /// The criterion's value x: typed for an indicator, a formula over `operands` for a formula criterion.
        let valueColumn: Int
        let qualifierColumn: Int
        let targetColumn: Int?
    }

    static let codeColumn = 0
    static let provinceColumn = 1

    let blocks: [Block]
    let sourcesColumn: Int

    init(columns: [ScoreSheet.Column]) {
        var next = 2
        func take() -> Int { defer { next += 1 }; return next }
        blocks = columns.map { column in
            var operands: [Operand] = []
            if let formula = column.formula {
                for key in PointFormula.operandKeys(formula) {
                    let previous = key.hasPrefix("prev(")
                    let indicator = previous ? String(key.dropFirst(5).dropLast()) : key
                    operands.append(Operand(key: key, indicator: indicator, previous: previous, valueColumn: take(), qualifierColumn: take()))
                }
            }
            let value = take(), qualifier = take()
            var target: Int?
            if column.method == .target, case .indicator? = column.target { target = take() }
            return Block(operands: operands, valueColumn: value, qualifierColumn: qualifier, targetColumn: target)
        }
        sourcesColumn = take()
    }

    var lastColumn: Int { sourcesColumn }
}
