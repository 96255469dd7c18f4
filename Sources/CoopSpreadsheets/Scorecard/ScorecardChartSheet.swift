import CoopAnalytics
import CoopFormatting

/// The scorecard workbook's "Biểu đồ" (Charts) sheet: native Excel charts that read the scorecard
/// sheet's live cells — the total of every province, the points of all criteria stacked, then each
/// criterion's points on its own — so a corrected figure on the data sheet moves the bars as well as
/// the rank. Added after the other sheets, reading only the province, total and points columns.
struct ScorecardChartSheet {
    let sheet: ScoreSheet
    let language: Language
    /// The scorecard sheet's name, its first province row and the columns the charts read (0-based).
    let scorecardName: String
    let firstRow: Int
    let provinceColumn: Int
    let totalColumn: Int
    let pointsColumns: [Int]

    var name: String { language == .vi ? "Biểu đồ" : "Charts" }

    private var words: (total: String, composition: String, points: String, province: String, intro: String) {
        language == .vi
            ? (
                "Tổng điểm", "Điểm theo từng tiêu chí", "Điểm", "Tỉnh, thành phố",
                "Các biểu đồ đọc trực tiếp các ô của trang \"\(scorecardName)\": sửa một số liệu ở trang số liệu thì điểm, thứ hạng và các cột đều thay đổi theo."
            )
            : (
                "Total score", "Points by criterion", "Points", "Province",
                "These charts read the cells of the sheet \"\(scorecardName)\": correct a figure on the data sheet and the points, the rank and the bars all follow."
            )
    }

    func write(in workbook: XlsxWorkbook) throws(SpreadsheetError) {
        let out = try workbook.addSheet(name)
        let count = max(sheet.rows.count, 1)
        let rows = firstRow...(firstRow + count - 1)
        let provinces = XlsxRange(sheet: scorecardName, rows: rows, column: provinceColumn)
        try out.write(text: sheet.title, row: 0, column: 0, format: CellFormat(bold: true, fontSize: 14))
        try out.write(text: words.intro, row: 1, column: 0, format: CellFormat(italic: true))
        let font = XlsxChart.Font(name: "Arial", size: 10, color: 0x1A1A1A)
        let titleFont = XlsxChart.Font(name: "Arial", size: 13, bold: true, color: 0x1A1A1A)
        let height = max(320, 30 + 22 * count)
        let rowsPerChart = Int((Double(height) / 20).rounded(.up)) + 2

        // The totals, highest rank at the top, as the scorecard lists them.
        let total = try workbook.addChart(.bar)
        let totals = try total.addSeries(
            values: XlsxRange(sheet: scorecardName, rows: rows, column: totalColumn), categories: provinces,
            nameCell: XlsxCell(sheet: scorecardName, row: firstRow - 1, column: totalColumn))
        totals.setFill(0x0072B2)
        try totals.setLabels(texts: nil, numberFormat: "0.00", font: font, position: .outsideEnd)
        try style(total, title: "\(words.total) — \(sheet.title)", font: font, titleFont: titleFont, legend: false)
        try out.insert(chart: total, row: 3, column: 0, width: 900, height: height)

        // Every criterion's points stacked: the composition of each total.
        let composition = try workbook.addChart(.stackedBar)
        let colors: [UInt32] = [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0x999999, 0x882255, 0x44AA99, 0x000000]
        for (index, column) in pointsColumns.enumerated() {
            let series = try composition.addSeries(
                values: XlsxRange(sheet: scorecardName, rows: rows, column: column), categories: provinces,
                nameCell: XlsxCell(sheet: scorecardName, row: firstRow - 1, column: column))
            series.setFill(colors[index % colors.count])
        }
        try style(composition, title: words.composition, font: font, titleFont: titleFont, legend: true)
        try out.insert(chart: composition, row: 3 + rowsPerChart, column: 0, width: 900, height: height + 60)

        // Each criterion on its own, beside each other in pairs.
        for (index, column) in pointsColumns.enumerated() {
            let chart = try workbook.addChart(.bar)
            let series = try chart.addSeries(
                values: XlsxRange(sheet: scorecardName, rows: rows, column: column), categories: provinces,
                nameCell: XlsxCell(sheet: scorecardName, row: firstRow - 1, column: column))
            series.setFill(colors[index % colors.count])
            try series.setLabels(texts: nil, numberFormat: "0.00", font: font, position: .outsideEnd)
            let label = index < sheet.columns.count ? sheet.columns[index].label : words.points
            try style(chart, title: label, font: font, titleFont: titleFont, legend: false)
            let place = 3 + rowsPerChart * (2 + index / 2) + 3
            try out.insert(chart: chart, row: place, column: index % 2 == 0 ? 0 : 8, width: 450, height: height)
        }
        try out.setWidth(12, columns: 0...15)
    }

    private func style(_ chart: XlsxChart, title: String, font: XlsxChart.Font, titleFont: XlsxChart.Font, legend: Bool) throws(SpreadsheetError) {
        try chart.setTitle(title, font: titleFont)
        try chart.setAxis(.category, title: words.province, titleFont: font, labelFont: font, reversed: true)
        try chart.setAxis(.value, title: words.points, titleFont: font, labelFont: font, numberFormat: "0")
        try chart.crossAtMaximum(.category)
        try chart.labelEveryCategory()
        try chart.setBarSpacing(gap: 60, overlap: legend ? 100 : 0)
        try chart.setLegend(legend ? .bottom : .none, font: font)
        try chart.showBlanksAsGaps()
    }
}
