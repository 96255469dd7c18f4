/// A chart as Excel and PowerPoint draw it themselves, from plain values: categories (province
/// names in full, or indicators on a radar), series of numbers with coopchart's own label for every
/// value ("≈590", "2.425.931"), colours, axis titles and number formats. `ChartWorkbook` writes it
/// as a small workbook whose sheet holds the figures and whose chart (libxlsxwriter's XML) reads them.
public struct NativeChart: Sendable {
    /// How a series is drawn.
    public enum Style: Sendable, Hashable {
        /// Bars, slices, or a line with markers (line, radar, scatter), in the series' colour.
        case filled
        /// A reference such as the cluster average: a dashed outline without fill (bars) or a dashed line.
        case reference
    }

    public struct Series: Sendable {
        public var name: String
        /// One per category; nil is a gap, never a zero.
        public var values: [Double?]
        /// What each value's label says; nil leaves the point without a label.
        public var labels: [String?]
        /// 0xRRGGBB.
        public var color: UInt32
        /// Points in a colour of their own (the highlighted province, a doughnut's slices).
        public var pointColors: [UInt32?]
        public var style: Style
        /// Scatter: the x value of each point (the categories name the points).
        public var xValues: [Double?]?

        public init(
            name: String, values: [Double?], labels: [String?], color: UInt32, pointColors: [UInt32?] = [], style: Style = .filled,
            xValues: [Double?]? = nil
        ) {
            self.name = name
            self.values = values
            self.labels = labels
            self.color = color
            self.pointColors = pointColors
            self.style = style
            self.xValues = xValues
        }
    }

    public var kind: XlsxChart.Kind
    public var title: String
    /// The header of the categories' column in the chart's data ("Tỉnh", "Chỉ tiêu").
    public var categoryHeader: String
    public var categories: [String]
    public var series: [Series]
    public var categoryTitle: String?
    public var valueTitle: String?
    /// Excel's number format for the value axis and for labels without a text of their own.
    public var numberFormat: String
    public var fontName: String
    public var textColor: UInt32
    /// The first category at the top (ranking bars read from the highest down).
    public var firstCategoryAtTop: Bool
    public var valueRange: (minimum: Double?, maximum: Double?)
    public var showsLegend: Bool
    /// Words for the data sheet: the header of a labels column ("Nhãn").
    public var labelHeader: String
    /// The title drawn inside the chart; a slide that prints it above the chart leaves it out.
    public var showsTitle = true
    /// Every category named, however many (Excel and LibreOffice otherwise skip some when crowded).
    public var labelsEveryCategory = true

    public init(
        kind: XlsxChart.Kind, title: String, categoryHeader: String, categories: [String], series: [Series],
        categoryTitle: String? = nil, valueTitle: String? = nil, numberFormat: String = "General", fontName: String = "Arial",
        textColor: UInt32 = 0x222222, firstCategoryAtTop: Bool = false, valueRange: (minimum: Double?, maximum: Double?) = (nil, nil),
        showsLegend: Bool = true, labelHeader: String = "Nhãn"
    ) {
        self.kind = kind
        self.title = title
        self.categoryHeader = categoryHeader
        self.categories = categories
        self.series = series
        self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle
        self.numberFormat = numberFormat
        self.fontName = fontName
        self.textColor = textColor
        self.firstCategoryAtTop = firstCategoryAtTop
        self.valueRange = valueRange
        self.showsLegend = showsLegend
        self.labelHeader = labelHeader
    }
}

/// Excel number formats that print the Vietnamese way whatever the reader's regional settings.
public enum NativeNumberFormat {
    /// Whole non-negative numbers with "." between thousands ("2.425.931") in Vietnamese, written with
    /// literal points so that an English Windows shows them too; "#,##0" in English. Numbers with
    /// decimals keep Excel's own code (shown with the reader's separators), their labels carrying
    /// coopchart's text.
    public static func code(decimals: Int, vietnamese: Bool, nonNegativeWholeNumbers: Bool, suffix: String = "") -> String {
        let tail = suffix.isEmpty ? "" : "\"\(suffix.replacingOccurrences(of: "\"", with: ""))\""
        if vietnamese && nonNegativeWholeNumbers {
            return "[>=1000000]#\".\"###\".\"##0\(tail);[>=1000]#\".\"##0\(tail);0\(tail)"
        }
        let fraction = decimals > 0 ? "." + String(repeating: "0", count: min(decimals, 6)) : ""
        return "#,##0\(fraction)\(tail)"
    }
}
