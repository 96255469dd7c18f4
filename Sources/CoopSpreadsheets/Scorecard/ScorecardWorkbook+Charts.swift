extension ScorecardWorkbook {
    /// The "Biểu đồ" sheet, last: native charts over the scorecard sheet's province, total and points columns.
    func addChartSheet(to workbook: XlsxWorkbook, scorecard: String) throws(SpreadsheetError) {
        let first = ScorecardSheetWriter.firstPointsColumn
        let total = first + sheet.columns.count + 1
        try ScorecardChartSheet(
            sheet: sheet, language: language, scorecardName: scorecard, firstRow: Self.firstRow,
            provinceColumn: ScorecardSheetWriter.provinceColumn, totalColumn: total,
            pointsColumns: Array(first..<(first + sheet.columns.count))
        ).write(in: workbook)
    }
}
