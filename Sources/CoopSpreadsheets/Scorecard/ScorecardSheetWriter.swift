import CoopAnalytics
import CoopFormatting

/// The "Bảng điểm" (Scorecard) sheet: one row per province in rank order, every number a formula.
struct ScorecardSheetWriter {
    let sheet: ScoreSheet
    let awards: [Award]
    let words: ScorecardWords
    let language: Language
    let layout: DataSheetLayout
    let dataSheetName: String

    static let rankColumn = 0, codeColumn = 1, provinceColumn = 2, firstPointsColumn = 3

    var adjustmentsColumn: Int { Self.firstPointsColumn + sheet.columns.count }
    var totalColumn: Int { adjustmentsColumn + 1 }
    var awardColumn: Int { totalColumn + 1 }
    /// The 1/0 "has data" column, only when some province has no figure at all (it then ranks last).
    var hasDataColumn: Int? { sheet.rows.contains { $0.flags.contains("no-data") } ? awardColumn + 1 : nil }
    var notesColumn: Int { (hasDataColumn ?? awardColumn) + 1 }

    /// Writes the sheet; returns each criterion's points formula on the first row, for the method sheet.
    func write(on out: XlsxSheet) throws(SpreadsheetError) -> [String] {
        let first = ScorecardWorkbook.firstRow
        let last = first + max(sheet.rows.count, 1) - 1
        let rows = first...last
        let data = CellAddress.sheetPrefix(dataSheetName)
        func dataCell(_ column: Int, _ row: Int) -> String { data + CellAddress.cell(row: row, column: column) }
        func dataRange(_ column: Int) -> String { data + CellAddress.columnRange(column: column, rows: rows) }
        func cell(_ column: Int, _ row: Int) -> String { CellAddress.cell(row: row, column: column) }
        func range(_ column: Int) -> String { CellAddress.columnRange(column: column, rows: rows) }

        try writeHeading(on: out)
        var examples = Array(repeating: "", count: sheet.columns.count)
        for (offset, row) in sheet.rows.enumerated() {
            let r = first + offset
            try out.write(text: row.code, row: r, column: Self.codeColumn, format: ScorecardStyle.text)
            try out.write(text: row.name, row: r, column: Self.provinceColumn, format: ScorecardStyle.text)
            for (index, column) in sheet.columns.enumerated() {
                let block = layout.blocks[index]
                let formula = PointFormula.points(
                    column, x: dataCell(block.valueColumn, r), range: dataRange(block.valueColumn),
                    target: block.targetColumn.map { dataCell($0, r) })
                if offset == 0 { examples[index] = "=" + formula }
                let pointsCell = row.cells[index]
                try out.write(
                    formula: formula, cached: pointsCell.points, row: r, column: Self.firstPointsColumn + index,
                    format: ScorecardStyle.points(pointsCell.estimate, missing: pointsCell.isMissing))
            }
            try out.write(number: row.adjustmentPoints, row: r, column: adjustmentsColumn, format: ScorecardStyle.points(.exact))
            let pointsRange = cell(Self.firstPointsColumn, r) + ":" + cell(adjustmentsColumn - 1, r)
            try out.write(
                formula: PointFormula.total(points: pointsRange, adjustment: cell(adjustmentsColumn, r)), cached: row.total,
                row: r, column: totalColumn, format: ScorecardStyle.totalPoints)
            var hasData: (cell: String, range: String)?
            if let hasDataColumn {
                let values = layout.blocks.map { dataCell($0.valueColumn, r) }
                let flag = row.flags.contains("no-data") ? 0.0 : 1.0
                try out.write(formula: PointFormula.hasData(values: values), cached: flag, row: r, column: hasDataColumn, format: ScorecardStyle.integer)
                hasData = (cell(hasDataColumn, r), range(hasDataColumn))
            }
            let tiebreak = sheet.tiebreak.map { (cell(Self.firstPointsColumn + $0, r), range(Self.firstPointsColumn + $0)) }
            try out.write(
                formula: PointFormula.rank(total: cell(totalColumn, r), totals: range(totalColumn), tiebreak: tiebreak, hasData: hasData),
                cached: Double(row.rank), row: r, column: Self.rankColumn, format: ScorecardStyle.integer)
            let awards = self.awards.map { (ranks: $0.ranks, title: $0.title) }
            try out.write(
                formula: PointFormula.award(rank: cell(Self.rankColumn, r), awards: awards, hasData: hasData?.cell),
                cachedText: row.award ?? "", row: r, column: awardColumn, format: ScorecardStyle.text)
            try out.write(text: note(for: row), row: r, column: notesColumn, format: ScorecardStyle.wrapped)
        }

        var below = last + 2
        for line in ScoreSheetOutput(sheet: sheet, language: language).notes() {
            try out.write(text: line, row: below, column: 0)
            below += 1
        }
        try setWidths(on: out)
        try out.freeze(row: first, column: Self.provinceColumn + 1)
        try out.autofilter(rows: ScorecardWorkbook.headerRow...last, columns: 0...notesColumn)
        try out.printSetup(landscape: true, repeatRows: ScorecardWorkbook.headerRow...ScorecardWorkbook.headerRow)
        return examples
    }

    private func writeHeading(on out: XlsxSheet) throws(SpreadsheetError) {
        let span = 0...notesColumn
        try out.merge(text: sheet.title, row: ScorecardWorkbook.titleRow, columns: span, format: ScorecardStyle.title)
        var subtitle = "\(words.period) \(sheet.period)"
        if let cluster = sheet.clusterTitle { subtitle += " — \(cluster)" }
        try out.merge(text: subtitle, row: ScorecardWorkbook.subtitleRow, columns: span, format: ScorecardStyle.subtitle)
        try out.merge(text: words.howToRead, row: ScorecardWorkbook.introRow, columns: span, format: ScorecardStyle.intro)
        try out.setHeight(32, row: ScorecardWorkbook.introRow)
        var headers = [words.rank, words.code, words.province]
        headers += sheet.columns.map { "\($0.label)\n(\($0.id), \(words.maximum) \(language.format($0.maxPoints, maxDecimals: 2)))" }
        headers += [words.adjustments, words.total, words.award]
        if hasDataColumn != nil { headers.append(words.hasData) }
        headers.append(words.notes)
        for (column, header) in headers.enumerated() {
            try out.write(text: header, row: ScorecardWorkbook.headerRow, column: column, format: ScorecardStyle.header)
        }
        let criterionLines = sheet.columns.indices.map { ScorecardStyle.lines(headers[Self.firstPointsColumn + $0], width: criterionWidth($0)) }
        try out.setHeight(ScorecardStyle.rowHeight(lines: max(3, criterionLines.max() ?? 3)), row: ScorecardWorkbook.headerRow)
    }

    /// A criterion column's width: room for its label on two or three lines.
    private func criterionWidth(_ index: Int) -> Double {
        max(11, min(18, Double(sheet.columns[index].label.count) / 2.2))
    }

    /// The flags, and where the tie-break decided: with whom the total was equal and by which criterion.
    func note(for row: ScoreSheet.Row) -> String {
        var parts = row.flags
        let tiedTotals = sheet.rows.filter {
            $0.province != row.province && $0.total == row.total
                && $0.flags.contains("no-data") == row.flags.contains("no-data")
        }
        if let decidedBy = row.decidedBy {
            let chain = sheet.tiebreak.map { sheet.columns[$0].id }.joined(separator: " → ")
            parts.append("\(words.decidedBy) \(tiedTotals.map(\.name).joined(separator: ", ")): \(words.chain) \(decidedBy) (\(chain))")
        } else if row.flags.contains("tie") {
            let tied = sheet.rows.filter { $0.province != row.province && $0.rank == row.rank }.map(\.name)
            if !tied.isEmpty { parts.append("\(words.tiedWith) \(tied.joined(separator: ", "))") }
        }
        for adjustment in row.adjustments {
            parts.append("\(adjustment.points > 0 ? "+" : "")\(language.format(adjustment.points, maxDecimals: 2)): \(adjustment.reason)")
        }
        return parts.joined(separator: "; ")
    }

    private func setWidths(on out: XlsxSheet) throws(SpreadsheetError) {
        try out.setWidth(6, columns: Self.rankColumn...Self.rankColumn)
        try out.setWidth(5, columns: Self.codeColumn...Self.codeColumn)
        try out.setWidth(
            ScorecardStyle.width(header: words.province, cells: sheet.rows.map(\.name), minimum: 12),
            columns: Self.provinceColumn...Self.provinceColumn)
        for index in sheet.columns.indices {
            let column = Self.firstPointsColumn + index
            try out.setWidth(criterionWidth(index), columns: column...column)
        }
        try out.setWidth(11, columns: adjustmentsColumn...totalColumn)
        try out.setWidth(
            ScorecardStyle.width(header: words.award, cells: sheet.rows.map { $0.award ?? "" }, minimum: 10, maximum: 24),
            columns: awardColumn...awardColumn)
        if let hasDataColumn { try out.setWidth(10, columns: hasDataColumn...hasDataColumn) }
        try out.setWidth(
            ScorecardStyle.width(header: words.notes, cells: sheet.rows.map(note(for:)), minimum: 16, maximum: 60),
            columns: notesColumn...notesColumn)
    }
}
