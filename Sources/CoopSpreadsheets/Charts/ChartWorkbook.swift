import Foundation

/// A `NativeChart` as a small workbook: "Sheet1" holds the figures (categories in column A, each
/// series' values then its labels), and a native chart on the same sheet reads them. The deck takes
/// the chart's XML for its slide and embeds this very workbook, so the chart's references
/// (`Sheet1!$B$2:$B$10`) are the cells PowerPoint's "Edit Data" opens.
public enum ChartWorkbook {
    public static let sheetName = "Sheet1"

    /// Where a series' cells are on the sheet (0-based columns).
    struct Columns {
        let values: Int
        let labels: Int
        let x: Int?
    }

    /// The workbook's bytes; `created` is the fixed creation time (seconds since 1970) so runs give the same file.
    public static func bytes(_ chart: NativeChart, created: Int = 0) throws(SpreadsheetError) -> [UInt8] {
        let workbook = try XlsxWorkbook()
        try workbook.setProperties(title: chart.title, author: "coopchart", created: created)
        let sheet = try workbook.addSheet(sheetName)
        let layout = try writeData(chart, on: sheet)
        let made = try workbook.addChart(chart.kind)
        try draw(chart, into: made, layout: layout, sheet: sheetName, firstRow: 1)
        let lastColumn = layout.map(\.labels).max() ?? 1
        try sheet.insert(chart: made, row: 1, column: lastColumn + 2, width: 960, height: 540)
        return try workbook.finish()
    }

    private static let header = CellFormat(bold: true)

    private static func writeData(_ chart: NativeChart, on sheet: XlsxSheet) throws(SpreadsheetError) -> [Columns] {
        try sheet.write(text: chart.categoryHeader, row: 0, column: 0, format: header)
        for (row, name) in chart.categories.enumerated() { try sheet.write(text: name, row: row + 1, column: 0) }
        try sheet.setWidth(Double(min(40, max(12, (chart.categories.map(\.count).max() ?? 10) + 2))), columns: 0...0)
        var next = 1
        var layout: [Columns] = []
        for series in chart.series {
            var x: Int?
            if let xValues = series.xValues {
                x = next
                next += 1
                try sheet.write(text: "x", row: 0, column: x!, format: header)
                for (row, value) in xValues.enumerated() {
                    if let value { try sheet.write(number: value, row: row + 1, column: x!) }
                }
            }
            let values = next, labels = next + 1
            next += 2
            try sheet.write(text: series.name, row: 0, column: values, format: header)
            try sheet.write(text: chart.labelHeader, row: 0, column: labels, format: header)
            for (row, value) in series.values.enumerated() {
                if let value { try sheet.write(number: value, row: row + 1, column: values) }
            }
            for (row, label) in series.labels.enumerated() {
                if let label { try sheet.write(text: label, row: row + 1, column: labels) }
            }
            try sheet.setWidth(14, columns: values...labels)
            layout.append(Columns(values: values, labels: labels, x: x))
        }
        try sheet.freeze(row: 1, column: 1)
        return layout
    }

    /// The chart's look: series over the data's columns, fonts, colours, axes, legend.
    static func draw(_ chart: NativeChart, into made: XlsxChart, layout: [Columns], sheet: String, firstRow: Int) throws(SpreadsheetError) {
        let count = max(1, chart.categories.count)
        let rows = firstRow...(firstRow + count - 1)
        let text = chart.textColor
        let labelFont = XlsxChart.Font(name: chart.fontName, size: chart.categories.count > 30 ? 8 : 11, color: text)
        let isBars = [.bar, .column, .stackedBar, .stackedColumn, .percentBar, .percentColumn].contains(chart.kind)
        for (index, series) in chart.series.enumerated() {
            let columns = layout[index]
            let categories = columns.x.map { XlsxRange(sheet: sheet, rows: rows, column: $0) } ?? XlsxRange(sheet: sheet, rows: rows, column: 0)
            let made = try made.addSeries(
                values: XlsxRange(sheet: sheet, rows: rows, column: columns.values), categories: categories,
                nameCell: XlsxCell(sheet: sheet, row: firstRow - 1, column: columns.values))
            switch (chart.kind, series.style) {
            case (.line, .filled), (.radar, .filled):
                made.setLine(series.color, width: 2.25)
                made.setMarker(size: 6, color: series.color)
            case (.line, .reference), (.radar, .reference):
                made.setLine(series.color, width: 1.5, dashed: true)
                made.setMarker(size: 2, color: nil)
            case (.scatter, _):
                made.setLine(nil, width: 0)
                made.setMarker(size: 8, color: series.color)
            case (_, .reference):
                made.setFill(nil, outline: series.color, outlineWidth: 1.5, dashed: true)
            case (.doughnut, .filled):
                made.setFill(series.color, outline: 0xFFFFFF)
            default:
                made.setFill(series.color)
            }
            try made.setPointColors(series.pointColors)
            let hasLabels = series.labels.contains { $0 != nil }
            if hasLabels {
                let position: XlsxChartSeries.LabelPosition =
                    chart.kind == .bar || chart.kind == .column
                    ? .outsideEnd
                    : (chart.kind == .scatter ? .right : (chart.kind == .line ? .above : .automatic))
                try made.setLabels(
                    texts: XlsxRange(sheet: sheet, rows: rows, column: columns.labels), numberFormat: chart.numberFormat,
                    font: labelFont, position: series.style == .reference && isBars ? .automatic : position)
            }
        }
        if chart.showsTitle {
            try made.setTitle(chart.title, font: XlsxChart.Font(name: chart.fontName, size: 16, bold: true, color: text))
        } else {
            try made.hideTitle()
        }
        let axisTitle = XlsxChart.Font(name: chart.fontName, size: 11, bold: true, color: text)
        if chart.kind != .doughnut {
            try made.setAxis(
                .category, title: chart.categoryTitle, titleFont: axisTitle, labelFont: labelFont,
                numberFormat: chart.kind == .scatter ? chart.numberFormat : nil, reversed: chart.firstCategoryAtTop,
                gridlines: chart.kind == .scatter ? false : nil)
            try made.setAxis(
                .value, title: chart.valueTitle, titleFont: axisTitle, labelFont: labelFont,
                numberFormat: chart.numberFormat, minimum: chart.valueRange.minimum, maximum: chart.valueRange.maximum)
            if chart.firstCategoryAtTop { try made.crossAtMaximum(.category) }
            if chart.labelsEveryCategory && chart.kind != .scatter { try made.labelEveryCategory() }
        } else {
            try made.setHoleSize(50)
        }
        if isBars {
            let references = chart.series.filter { $0.style == .reference }.count
            try made.setBarSpacing(gap: chart.categories.count > 20 ? 40 : 80, overlap: references > 0 ? 100 : 0)
        }
        try made.setLegend(chart.showsLegend ? .bottom : .none, font: XlsxChart.Font(name: chart.fontName, size: 11, color: text))
        try made.showBlanksAsGaps()
    }
}
