import CoopAnalytics
import CoopFormatting

/// The "Số liệu" (Data) sheet: each province's raw figures as numbers (an empty cell where there is
/// none), their qualifiers beside them, a formula criterion's value as a formula over its operands,
/// and the sources of the row's figures.
struct DataSheetWriter {
    let sheet: ScoreSheet
    let dataset: Dataset
    let words: ScorecardWords
    let language: Language
    let layout: DataSheetLayout

    func write(on out: XlsxSheet) throws(SpreadsheetError) {
        let first = ScorecardWorkbook.firstRow
        let span = 0...layout.lastColumn
        try out.merge(text: sheet.title, row: ScorecardWorkbook.titleRow, columns: span, format: ScorecardStyle.title)
        try out.merge(text: "\(words.period) \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? ""),
                      row: ScorecardWorkbook.subtitleRow, columns: span, format: ScorecardStyle.subtitle)
        try out.merge(text: words.dataIntro, row: ScorecardWorkbook.introRow, columns: span, format: ScorecardStyle.intro)
        try out.setHeight(32, row: ScorecardWorkbook.introRow)

        var headers: [Int: String] = [DataSheetLayout.codeColumn: words.code, DataSheetLayout.provinceColumn: words.province,
                                      layout.sourcesColumn: words.sources]
        for (column, block) in zip(sheet.columns, layout.blocks) {
            for operand in block.operands {
                headers[operand.valueColumn] = operand.previous ? "\(operand.key)\n\(sheet.period.previous)" : "\(operand.key)\n\(sheet.period)"
                headers[operand.qualifierColumn] = "\(operand.key)\n\(words.qualifier)"
            }
            headers[block.valueColumn] = column.formula != nil ? "\(column.id) =\n\(column.source)" : "\(column.id):\n\(column.source)"
            headers[block.qualifierColumn] = "\(column.id)\n\(words.qualifier)"
            if let target = block.targetColumn, case .indicator(let id)? = column.target { headers[target] = "\(column.id): \(words.target)\n\(id)" }
        }
        // Left to right: the order cells are written is the order of the shared strings, so a dictionary's
        // (per-process) order would make the same workbook differ byte for byte from run to run.
        for (column, header) in headers.sorted(by: { $0.key < $1.key }) {
            try out.write(text: header, row: ScorecardWorkbook.headerRow, column: column, format: ScorecardStyle.header)
        }

        var widths: [Int: [String]] = [:]
        for (offset, row) in sheet.rows.enumerated() {
            let r = first + offset
            var sources = SourceCollector()
            try out.write(text: row.code, row: r, column: DataSheetLayout.codeColumn, format: ScorecardStyle.text)
            try out.write(text: row.name, row: r, column: DataSheetLayout.provinceColumn, format: ScorecardStyle.text)
            widths[DataSheetLayout.provinceColumn, default: []].append(row.name)
            for (index, column) in sheet.columns.enumerated() {
                let block = layout.blocks[index]
                let cell = row.cells[index]
                if let formula = column.formula {
                    for operand in block.operands {
                        let observation = dataset.observation(province: row.province, period: operand.previous ? sheet.period.previous : sheet.period,
                                                              indicator: operand.indicator)
                        sources.add(observation?.source)
                        try writeValue(observation, row: r, valueColumn: operand.valueColumn, qualifierColumn: operand.qualifierColumn,
                                       isCount: dataset.catalog[operand.indicator]?.isCount ?? false, on: out)
                        widths[operand.qualifierColumn, default: []].append(qualifierText(observation))
                    }
                    let expression = PointFormula.value(formula) { key in
                        let operand = block.operands.first { $0.key == key }!
                        return CellAddress.cell(row: r, column: operand.valueColumn)
                    }
                    if let value = cell.value {
                        try out.write(formula: expression, cached: value, row: r, column: block.valueColumn,
                                      format: ScorecardStyle.value(cell.estimate, isCount: false))
                    } else {
                        try out.write(formula: expression, cachedText: "", row: r, column: block.valueColumn,
                                      format: ScorecardStyle.value(.exact, isCount: false))
                    }
                    let qualifier = cell.isMissing ? words.missing : cell.estimate.legend(language)
                    try out.write(text: qualifier, row: r, column: block.qualifierColumn, format: ScorecardStyle.text)
                    widths[block.qualifierColumn, default: []].append(qualifier)
                } else {
                    let observation = dataset.observation(province: row.province, period: sheet.period, indicator: column.source)
                    sources.add(observation?.source)
                    try writeValue(observation, row: r, valueColumn: block.valueColumn, qualifierColumn: block.qualifierColumn,
                                   isCount: dataset.catalog[column.source]?.isCount ?? false, on: out)
                    widths[block.qualifierColumn, default: []].append(qualifierText(observation))
                }
                if let targetColumn = block.targetColumn, case .indicator(let id)? = column.target {
                    let plan = dataset.observation(province: row.province, period: sheet.period, indicator: id)
                    sources.add(plan?.source)
                    if let plan {
                        try out.write(number: plan.value, row: r, column: targetColumn, format: ScorecardStyle.value(.exact, isCount: dataset.catalog[id]?.isCount ?? false))
                    } else {
                        try out.writeBlank(row: r, column: targetColumn, format: ScorecardStyle.text)
                    }
                }
            }
            let sourceText = sources.items.joined(separator: "; ")
            try out.write(text: sourceText, row: r, column: layout.sourcesColumn, format: ScorecardStyle.wrapped)
            widths[layout.sourcesColumn, default: []].append(sourceText)
        }

        try out.setWidth(5, columns: DataSheetLayout.codeColumn...DataSheetLayout.codeColumn)
        var headerLines = 3
        for column in DataSheetLayout.provinceColumn...layout.lastColumn {
            let cells = widths[column] ?? []
            let maximum = column == layout.sourcesColumn ? 70.0 : 30.0
            let width = ScorecardStyle.width(header: headers[column] ?? "", cells: cells, minimum: 10, maximum: maximum)
            try out.setWidth(width, columns: column...column)
            headerLines = max(headerLines, ScorecardStyle.lines(headers[column] ?? "", width: width))
        }
        try out.setHeight(ScorecardStyle.rowHeight(lines: headerLines), row: ScorecardWorkbook.headerRow)
        let last = first + max(sheet.rows.count, 1) - 1
        try out.freeze(row: first, column: DataSheetLayout.provinceColumn + 1)
        try out.autofilter(rows: ScorecardWorkbook.headerRow...last, columns: span)
        try out.printSetup(landscape: true, repeatRows: ScorecardWorkbook.headerRow...ScorecardWorkbook.headerRow)
    }

    private func writeValue(_ observation: Observation?, row: Int, valueColumn: Int, qualifierColumn: Int, isCount: Bool,
                            on out: XlsxSheet) throws(SpreadsheetError) {
        if let observation {
            try out.write(number: observation.value, row: row, column: valueColumn, format: ScorecardStyle.value(observation.qualifier, isCount: isCount))
        } else {
            try out.writeBlank(row: row, column: valueColumn, format: ScorecardStyle.text)
        }
        try out.write(text: qualifierText(observation), row: row, column: qualifierColumn, format: ScorecardStyle.text)
    }

    private func qualifierText(_ observation: Observation?) -> String {
        guard let observation else { return words.missing }
        return observation.qualifier.legend(language)
    }
}

/// Distinct non-empty sources in first-seen order.
struct SourceCollector {
    private(set) var items: [String] = []
    mutating func add(_ source: String?) {
        guard let source, !source.isEmpty, !items.contains(source) else { return }
        items.append(source)
    }
}
