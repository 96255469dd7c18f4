import CXlsxWriter
#if canImport(Glibc)
import Glibc
#endif

/// A native Excel chart of an `XlsxWorkbook` (libxlsxwriter's `chart.h`), owned by the workbook that
/// made it: libxlsxwriter frees the chart with the workbook, so this class only keeps the workbook
/// alive and never frees the pointer itself. Every call that can fail is checked; a series or a
/// reference libxlsxwriter refuses is a `SpreadsheetError` naming the chart.
public final class XlsxChart {
    /// The kinds coopchart draws natively.
    public enum Kind: Sendable, Hashable {
        case bar, stackedBar, percentBar, column, stackedColumn, percentColumn, line, scatter, doughnut, radar

        var code: lxw_chart_type {
            switch self {
            case .bar: return LXW_CHART_BAR
            case .stackedBar: return LXW_CHART_BAR_STACKED
            case .percentBar: return LXW_CHART_BAR_STACKED_PERCENT
            case .column: return LXW_CHART_COLUMN
            case .stackedColumn: return LXW_CHART_COLUMN_STACKED
            case .percentColumn: return LXW_CHART_COLUMN_STACKED_PERCENT
            case .line: return LXW_CHART_LINE
            case .scatter: return LXW_CHART_SCATTER
            case .doughnut: return LXW_CHART_DOUGHNUT
            case .radar: return LXW_CHART_RADAR_WITH_MARKERS
            }
        }

        /// Horizontal bars: libxlsxwriter's x axis is then the value axis (at the bottom).
        var isHorizontal: Bool { [.bar, .stackedBar, .percentBar].contains(self) }
    }

    /// The category (or, for a scatter, the x) axis and the value axis, whatever way the chart lies.
    public enum Axis: Sendable { case category, value }

    public enum LegendPosition: Sendable { case none, right, top, bottom }

    /// A font for a chart's texts.
    public struct Font: Sendable, Hashable {
        public var name: String
        public var size: Double
        public var bold: Bool
        /// 0xRRGGBB.
        public var color: UInt32?

        public init(name: String, size: Double, bold: Bool = false, color: UInt32? = nil) {
            self.name = name
            self.size = size
            self.bold = bold
            self.color = color
        }
    }

    private let workbook: XlsxWorkbook
    let pointer: UnsafeMutablePointer<lxw_chart>
    public let kind: Kind
    /// Names the chart in messages ("chart 2").
    public let name: String

    init(workbook: XlsxWorkbook, pointer: UnsafeMutablePointer<lxw_chart>, kind: Kind, name: String) {
        self.workbook = workbook
        self.pointer = pointer
        self.kind = kind
        self.name = name
    }

    /// A series over `values` (a column of numbers), with `categories` (names, or the x values of a
    /// scatter) and its name read from the cell `nameCell`.
    public func addSeries(values: XlsxRange, categories: XlsxRange?, nameCell: XlsxCell?) throws(SpreadsheetError) -> XlsxChartSeries {
        _ = try workbook.open()
        guard let series = chart_add_series(pointer, nil, nil) else {
            throw SpreadsheetError("\(name): libxlsxwriter refused a series over \(values.formula)")
        }
        chart_series_set_values(series, values.sheet, values.firstRow, values.column, values.lastRow, values.column)
        if let categories {
            chart_series_set_categories(series, categories.sheet, categories.firstRow, categories.column, categories.lastRow, categories.column)
        }
        if let nameCell { chart_series_set_name_range(series, nameCell.sheet, nameCell.row, nameCell.column) }
        return XlsxChartSeries(chart: self, pointer: series)
    }

    public func setTitle(_ text: String, font: Font) throws(SpreadsheetError) {
        _ = try workbook.open()
        chart_title_set_name(pointer, SpreadsheetText.clean(text))
        var made = ChartFont(font)
        made.with { chart_title_set_name_font(pointer, $0) }
    }

    public func hideTitle() throws(SpreadsheetError) {
        _ = try workbook.open()
        chart_title_off(pointer)
    }

    /// The axis's title, label font, number format (Excel's code), direction and range.
    public func setAxis(
        _ axis: Axis, title: String?, titleFont: Font, labelFont: Font, numberFormat: String? = nil,
        reversed: Bool = false, minimum: Double? = nil, maximum: Double? = nil, gridlines: Bool? = nil,
        hidden: Bool = false
    ) throws(SpreadsheetError) {
        _ = try workbook.open()
        guard let target = self.axis(axis) else { return }
        if let title, !title.isEmpty {
            chart_axis_set_name(target, SpreadsheetText.clean(title))
            var made = ChartFont(titleFont)
            made.with { chart_axis_set_name_font(target, $0) }
        }
        var labels = ChartFont(labelFont)
        labels.with { chart_axis_set_num_font(target, $0) }
        if let numberFormat { chart_axis_set_num_format(target, numberFormat) }
        if reversed { chart_axis_set_reverse(target) }
        if let minimum { chart_axis_set_min(target, minimum) }
        if let maximum { chart_axis_set_max(target, maximum) }
        if let gridlines { chart_axis_major_gridlines_set_visible(target, gridlines ? 1 : 0) }
        if hidden { chart_axis_off(target) }
    }

    /// Where the other axis crosses this one: at its maximum (so a reversed category axis keeps its
    /// value labels at the bottom).
    public func crossAtMaximum(_ axis: Axis) throws(SpreadsheetError) {
        _ = try workbook.open()
        if let target = self.axis(axis) { chart_axis_set_crossing_max(target) }
    }

    /// Every category's name drawn, none skipped for room.
    public func labelEveryCategory() throws(SpreadsheetError) {
        _ = try workbook.open()
        if let target = self.axis(.category) { chart_axis_set_interval_unit(target, 1) }
    }

    private func axis(_ axis: Axis) -> UnsafeMutablePointer<lxw_chart_axis>? {
        // libxlsxwriter's x axis is the horizontal one: the values of a bar chart, the categories otherwise.
        let horizontal = kind.isHorizontal ? axis == .value : axis == .category
        return horizontal ? pointer.pointee.x_axis : pointer.pointee.y_axis
    }

    public func setLegend(_ position: LegendPosition, font: Font) throws(SpreadsheetError) {
        _ = try workbook.open()
        let code: lxw_chart_legend_position
        switch position {
        case .none: code = LXW_CHART_LEGEND_NONE
        case .right: code = LXW_CHART_LEGEND_RIGHT
        case .top: code = LXW_CHART_LEGEND_TOP
        case .bottom: code = LXW_CHART_LEGEND_BOTTOM
        }
        chart_legend_set_position(pointer, UInt8(code.rawValue))
        var made = ChartFont(font)
        made.with { chart_legend_set_font(pointer, $0) }
    }

    /// Leaves the series at `indexes` out of the legend (e.g. the highlighted province's own series).
    public func hideFromLegend(_ indexes: [Int]) throws(SpreadsheetError) {
        _ = try workbook.open()
        guard !indexes.isEmpty else { return }
        var list = indexes.map { Int16($0) } + [-1]
        try SpreadsheetError.check(chart_legend_delete_series(pointer, &list), "\(name) legend")
    }

    /// Bars: the gap between categories (percent of a bar) and the overlap of a category's bars (−100…100).
    public func setBarSpacing(gap: Int, overlap: Int) throws(SpreadsheetError) {
        _ = try workbook.open()
        chart_set_series_gap(pointer, UInt16(max(0, min(500, gap))))
        chart_set_series_overlap(pointer, Int8(max(-100, min(100, overlap))))
    }

    public func setHoleSize(_ percent: Int) throws(SpreadsheetError) {
        _ = try workbook.open()
        chart_set_hole_size(pointer, UInt8(max(10, min(90, percent))))
    }

    /// Missing values are gaps, never zeros.
    /// 0xRRGGBB as libxlsxwriter takes it: its 0x000000 means "not set", so black is written as 0x010101.
    static func color(_ rgb: UInt32) -> lxw_color_t { lxw_color_t(rgb == 0 ? 0x010101 : rgb & 0xFFFFFF) }

    public func showBlanksAsGaps() throws(SpreadsheetError) {
        _ = try workbook.open()
        chart_show_blanks_as(pointer, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
    }
}

/// One series of an `XlsxChart`: colours, per-point colours, labels and markers.
public final class XlsxChartSeries {
    private let chart: XlsxChart
    private let pointer: UnsafeMutablePointer<lxw_chart_series>

    init(chart: XlsxChart, pointer: UnsafeMutablePointer<lxw_chart_series>) {
        self.chart = chart
        self.pointer = pointer
    }

    /// The fill (nil: none) and the outline (nil: none) of bars, slices and markers.
    public func setFill(_ color: UInt32?, outline: UInt32? = nil, outlineWidth: Double = 0.75, dashed: Bool = false) {
        var fill = lxw_chart_fill(color: color.map(XlsxChart.color) ?? 0, none: color == nil ? 1 : 0, transparency: 0)
        chart_series_set_fill(pointer, &fill)
        var line = lxw_chart_line(
            color: outline.map(XlsxChart.color) ?? 0, none: outline == nil ? 1 : 0, width: Float(outlineWidth),
            dash_type: UInt8(dashed ? LXW_CHART_LINE_DASH_DASH.rawValue : LXW_CHART_LINE_DASH_SOLID.rawValue),
            transparency: 0)
        chart_series_set_line(pointer, &line)
    }

    private var kind: XlsxChart.Kind { chart.kind }

    /// A line series (line, radar, scatter): its colour, width in points and dash.
    public func setLine(_ color: UInt32?, width: Double, dashed: Bool = false) {
        var line = lxw_chart_line(
            color: color.map(XlsxChart.color) ?? 0, none: color == nil ? 1 : 0, width: Float(width),
            dash_type: UInt8(dashed ? LXW_CHART_LINE_DASH_DASH.rawValue : LXW_CHART_LINE_DASH_SOLID.rawValue),
            transparency: 0)
        chart_series_set_line(pointer, &line)
    }

    /// Points drawn in their own colour (a highlighted province, a doughnut's slices); nil keeps the series' colour.
    public func setPointColors(_ colors: [UInt32?]) throws(SpreadsheetError) {
        guard colors.contains(where: { $0 != nil }) else { return }
        var fills = colors.map { color in lxw_chart_fill(color: XlsxChart.color(color ?? 0), none: 0, transparency: 0) }
        var lines = colors.map { color in lxw_chart_line(color: 0xFFFFFF, none: kind == .doughnut ? 0 : 1, width: 1, dash_type: 0, transparency: 0) }
        let count = colors.count
        let status: lxw_error = fills.withUnsafeMutableBufferPointer { fillBuffer in
            lines.withUnsafeMutableBufferPointer { lineBuffer in
                var points = (0..<count).map { index in
                    colors[index] == nil
                        ? lxw_chart_point(line: nil, fill: nil, pattern: nil)
                        : lxw_chart_point(line: lineBuffer.baseAddress! + index, fill: fillBuffer.baseAddress! + index, pattern: nil)
                }
                return points.withUnsafeMutableBufferPointer { pointBuffer in
                    var list: [UnsafeMutablePointer<lxw_chart_point>?] = (0..<count).map { pointBuffer.baseAddress! + $0 } + [nil]
                    return chart_series_set_points(pointer, &list)
                }
            }
        }
        try SpreadsheetError.check(status, "\(chart.name) point colours")
    }

    /// Value labels: each point's label read from a cell of `texts` (coopchart's own text: "≈590",
    /// "2.425.931"), else the value in `numberFormat`.
    public func setLabels(texts: XlsxRange?, numberFormat: String?, font: XlsxChart.Font, position: LabelPosition = .automatic) throws(SpreadsheetError) {
        chart_series_set_labels(pointer)
        if let numberFormat { chart_series_set_labels_num_format(pointer, numberFormat) }
        var made = ChartFont(font)
        made.with { chart_series_set_labels_font(pointer, $0) }
        if position != .automatic { chart_series_set_labels_position(pointer, position.code) }
        guard let texts else { return }
        let formulas = (texts.firstRow...texts.lastRow).map { row in
            strdup("=" + XlsxCell(sheet: texts.sheet, row: Int(row), column: Int(texts.column)).formula)!
        }
        defer { formulas.forEach { free($0) } }
        var labels = formulas.map { lxw_chart_data_label(value: $0, hide: 0, font: nil, line: nil, fill: nil, pattern: nil) }
        let count = labels.count
        let status: lxw_error = labels.withUnsafeMutableBufferPointer { buffer in
            var list: [UnsafeMutablePointer<lxw_chart_data_label>?] = (0..<count).map { buffer.baseAddress! + $0 } + [nil]
            return chart_series_set_labels_custom(pointer, &list)
        }
        try SpreadsheetError.check(status, "\(chart.name) value labels")
    }

    public enum LabelPosition: Sendable {
        case automatic, outsideEnd, center, above, right

        var code: UInt8 {
            switch self {
            case .automatic: return UInt8(LXW_CHART_LABEL_POSITION_DEFAULT.rawValue)
            case .outsideEnd: return UInt8(LXW_CHART_LABEL_POSITION_OUTSIDE_END.rawValue)
            case .center: return UInt8(LXW_CHART_LABEL_POSITION_CENTER.rawValue)
            case .above: return UInt8(LXW_CHART_LABEL_POSITION_ABOVE.rawValue)
            case .right: return UInt8(LXW_CHART_LABEL_POSITION_RIGHT.rawValue)
            }
        }
    }

    /// Markers of a line, radar or scatter series: a circle (or none) of `size` points in `color`.
    public func setMarker(size: Int, color: UInt32?) {
        if let color {
            chart_series_set_marker_type(pointer, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(pointer, UInt8(max(2, min(72, size))))
            var fill = lxw_chart_fill(color: XlsxChart.color(color), none: 0, transparency: 0)
            chart_series_set_marker_fill(pointer, &fill)
            var line = lxw_chart_line(color: XlsxChart.color(color), none: 0, width: 0.75, dash_type: 0, transparency: 0)
            chart_series_set_marker_line(pointer, &line)
        } else {
            chart_series_set_marker_type(pointer, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        }
    }
}

/// A column of cells on one sheet, as a chart reads them.
public struct XlsxRange: Sendable, Hashable {
    public let sheet: String
    let firstRow: lxw_row_t
    let lastRow: lxw_row_t
    let column: lxw_col_t

    /// Rows and column are 0-based.
    public init(sheet: String, rows: ClosedRange<Int>, column: Int) {
        self.sheet = sheet
        firstRow = lxw_row_t(max(0, rows.lowerBound))
        lastRow = lxw_row_t(max(0, rows.upperBound))
        self.column = lxw_col_t(max(0, column))
    }

    /// "'Bảng điểm'!$F$5:$F$13".
    public var formula: String {
        CellAddress.sheetPrefix(sheet) + CellAddress.columnRange(column: Int(column), rows: Int(firstRow)...Int(lastRow))
    }
}

/// One cell, as a chart reads a series name or a label from it.
public struct XlsxCell: Sendable, Hashable {
    public let sheet: String
    let row: lxw_row_t
    let column: lxw_col_t

    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = lxw_row_t(max(0, row))
        self.column = lxw_col_t(max(0, column))
    }

    /// "'Sheet1'!$C$2".
    public var formula: String { CellAddress.sheetPrefix(sheet) + CellAddress.cell(row: Int(row), column: Int(column), absolute: true) }
}

/// A `lxw_chart_font` whose name stays allocated for the one call that reads it (libxlsxwriter copies it).
private struct ChartFont {
    let font: XlsxChart.Font

    init(_ font: XlsxChart.Font) { self.font = font }

    mutating func with(_ body: (UnsafeMutablePointer<lxw_chart_font>) -> Void) {
        let name = strdup(font.name)!
        defer { free(name) }
        var made = lxw_chart_font()
        made.name = name
        made.size = font.size
        made.bold = font.bold ? 1 : 0
        if let color = font.color { made.color = XlsxChart.color(color) }
        body(&made)
    }
}
