import CoopAnalytics
import CoopFormatting

/// The "Số liệu" (Data) sheet: each province's raw figures as numbers (an empty cell where there is
/// none), each figure once however many criteria read it (`DataSheetLayout`), its qualifier beside it,
/// a formula criterion's value as a formula over its operands' cells, and the sources of the row's figures.
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
        try out.merge(
            text: "\(words.period) \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? ""),
            row: ScorecardWorkbook.subtitleRow, columns: span, format: ScorecardStyle.subtitle)
        try out.merge(text: words.dataIntro, row: ScorecardWorkbook.introRow, columns: span, format: ScorecardStyle.intro)
        try out.setHeight(32, row: ScorecardWorkbook.introRow)

        var headers: [Int: String] = [
            DataSheetLayout.codeColumn: words.code, DataSheetLayout.provinceColumn: words.province,
            layout.sourcesColumn: words.sources,
        ]
        for figure in layout.figures {
            let period = figure.previous ? sheet.period.previous : sheet.period
            let readers = layout.readers(of: figure, columns: sheet.columns).joined(separator: ", ")
            headers[figure.valueColumn] = "\(figure.indicator)\n\(period)\n(\(words.readBy) \(readers))"
            headers[figure.qualifierColumn] = "\(figure.key)\n\(words.qualifier)"
        }
        for (column, block) in zip(sheet.columns, layout.blocks) where block.isFormula {
            headers[block.valueColumn] = "\(column.id) =\n\(column.source)"
            headers[block.qualifierColumn] = "\(column.id)\n\(words.qualifier)"
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
            for figure in layout.figures {
                let observation = dataset.observation(
                    province: row.province, period: figure.previous ? sheet.period.previous : sheet.period,
                    indicator: figure.indicator)
                sources.add(observation?.source)
                try writeValue(
                    observation, row: r, valueColumn: figure.valueColumn, qualifierColumn: figure.qualifierColumn,
                    isCount: dataset.catalog[figure.indicator]?.isCount ?? false, on: out)
                widths[figure.qualifierColumn, default: []].append(qualifierText(observation))
            }
            for (index, column) in sheet.columns.enumerated() {
                let block = layout.blocks[index]
                guard block.isFormula, let formula = column.formula else { continue }
                let cell = row.cells[index]
                let expression = PointFormula.value(formula) { key in
                    CellAddress.cell(row: r, column: block.operands.first { $0.key == key }!.valueColumn)
                }
                if let value = cell.value {
                    try out.write(
                        formula: expression, cached: value, row: r, column: block.valueColumn,
                        format: ScorecardStyle.value(cell.estimate, isCount: false))
                } else {
                    try out.write(
                        formula: expression, cachedText: "", row: r, column: block.valueColumn,
                        format: ScorecardStyle.value(.exact, isCount: false))
                }
                let qualifier = cell.isMissing ? words.missing : cell.estimate.legend(language)
                try out.write(text: qualifier, row: r, column: block.qualifierColumn, format: ScorecardStyle.text)
                widths[block.qualifierColumn, default: []].append(qualifier)
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

    private func writeValue(
        _ observation: Observation?, row: Int, valueColumn: Int, qualifierColumn: Int, isCount: Bool,
        on out: XlsxSheet
    ) throws(SpreadsheetError) {
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
