/// A chart that is really a table (the scorecard): documents that can hold real tables (a Word
/// report) write `tableEquivalent` instead of a picture, so every number stays editable text.
public protocol TabularChart: Chart {
    /// The same rows and columns as drawn, and the notes printed under them.
    var tableEquivalent: (table: PageTable, notes: [String]) { get }
}

extension ScorecardTable: TabularChart {
    public var tableEquivalent: (table: PageTable, notes: [String]) {
        let strings = chrome.strings
        let locale = chrome.locale
        var header = [strings.rank, strings.name]
        header += criteria.map { criterion in criterion.label + (criterion.maxPoints.map { " (\(locale.format($0, maxDecimals: 2)))" } ?? "") }
        let optional = optionalColumns
        let adjusted = optional.adjustments, changed = optional.change, awarded = optional.award
        if adjusted { header.append(strings.adjustments) }
        header.append(strings.total)
        if changed { header.append(changeHeader ?? "±") }
        if awarded { header.append(strings.award) }
        let body = rows.map { row -> [String] in
            var cells = [rankText(row), row.name]
            cells += criteria.indices.map { index in
                guard index < row.points.count, let value = row.points[index].value else { return "—" }
                return locale.format(value, bound: row.points[index].bound, maxDecimals: 2)
            }
            if adjusted { cells.append(row.adjustments == 0 ? "" : (row.adjustments > 0 ? "+" : "") + locale.format(row.adjustments, maxDecimals: 2)) }
            cells.append(locale.format(row.total, maxDecimals: 2))  // as the drawn scorecard prints it
            if changed { cells.append(row.change ?? "") }
            if awarded { cells.append(row.award ?? "") }
            return cells
        }
        var numeric = Set([0])
        numeric.formUnion(2..<(2 + criteria.count + (adjusted ? 1 : 0) + 1))
        var weights = [0.8, 2.0] + criteria.map { _ in 1.1 } + (adjusted ? [0.9] : []) + [1.0]
        if changed { weights.append(0.7) }
        if awarded { weights.append(1.6) }
        return (PageTable(header: header, rows: body, columnWeights: weights, numericColumns: numeric), allNotes)
    }
}
