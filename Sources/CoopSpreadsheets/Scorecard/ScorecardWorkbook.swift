import CoopAnalytics
import CoopFormatting

/// The scorecard as a workbook a province's staff can check cell by cell:
///
/// - "Bảng điểm" (Scorecard): rank, province, the points of every criterion, adjustments, total,
///   award and notes. Points, totals, ranks and awards are live formulas (`PointFormula`) over the
///   raw values; each carries coopchart's own result as its cached value, so the file shows the
///   numbers before any recalculation and a recalculation gives the same numbers.
/// - "Số liệu" (Data): each province's raw value per criterion, its qualifier and its sources.
/// - "Cách tính" (Method): the scheme, criterion by criterion, with the formula pattern, the
///   adjustments, the tie-break chain, the awards and the sources.
///
/// A province's row has the same number on the scorecard and data sheets.
public struct ScorecardWorkbook {
    public let sheet: ScoreSheet
    /// The scheme the sheet was scored by: its awards become the award formula.
    public let scheme: ScoringScheme
    public let dataset: Dataset
    public let language: Language
    /// The creation time written in the file's properties (seconds since 1970); nil: now.
    public var created: Int?

    public init(sheet: ScoreSheet, scheme: ScoringScheme, dataset: Dataset, language: Language, created: Int? = nil) {
        self.sheet = sheet
        self.scheme = scheme
        self.dataset = dataset
        self.language = language
        self.created = created
    }

    static let titleRow = 0, subtitleRow = 1, introRow = 2, headerRow = 3, firstRow = 4

    /// The .xlsx file's bytes.
    public func bytes() throws(SpreadsheetError) -> [UInt8] {
        let words = ScorecardWords.of(language)
        let workbook = try XlsxWorkbook()
        try workbook.setProperties(
            title: sheet.title, subject: "\(words.period) \(sheet.period)", author: "coopchart",
            created: created ?? 0)
        let layout = DataSheetLayout(columns: sheet.columns)
        let scorecard = try workbook.addSheet(words.scorecardSheet)
        let data = try workbook.addSheet(words.dataSheet)
        let method = try workbook.addSheet(words.methodSheet)
        let formulas = try ScorecardSheetWriter(
            sheet: sheet, awards: scheme.awards, words: words, language: language, layout: layout,
            dataSheetName: data.name
        ).write(on: scorecard)
        try DataSheetWriter(sheet: sheet, dataset: dataset, words: words, language: language, layout: layout).write(on: data)
        try MethodSheetWriter(sheet: sheet, scheme: scheme, words: words, language: language, exampleFormulas: formulas).write(on: method)
        try addChartSheet(to: workbook, scorecard: scorecard.name)
        try scorecard.activate()
        return try workbook.finish()
    }
}

/// Formats shared by the three sheets.
enum ScorecardStyle {
    static let title = CellFormat(bold: true, fontSize: 14)
    static let subtitle = CellFormat(italic: true)
    static let intro = CellFormat(italic: true, wrap: true, verticalTop: true)
    static let header = CellFormat(bold: true, wrap: true, alignment: .center, border: true, fill: 0xDDE7EE)
    static let text = CellFormat(verticalTop: true, border: true)
    static let wrapped = CellFormat(wrap: true, verticalTop: true, border: true)
    static let integer = CellFormat(numberFormat: "0", alignment: .center, verticalTop: true, border: true)
    static let totalPoints = CellFormat(bold: true, numberFormat: "0.00", verticalTop: true, border: true)
    static let heading = CellFormat(bold: true)

    /// Points with two decimals, marked ≈ > < when they rest on a figure that is not exact;
    /// shaded when the province has no figure (0 points, as the engine gives).
    static func points(_ bound: ValueBound, missing: Bool = false) -> CellFormat {
        CellFormat(numberFormat: marked("0.00", bound), verticalTop: true, border: true, fill: missing ? 0xEEEEEE : nil)
    }

    /// A raw value: whole numbers grouped for counts, two decimals otherwise, with the qualifier's mark.
    static func value(_ bound: ValueBound, isCount: Bool) -> CellFormat {
        CellFormat(numberFormat: marked(isCount ? "#,##0" : "#,##0.00", bound), verticalTop: true, border: true)
    }

    /// `"≈"0.00;"≈"-0.00`: the mark in the display format, so the cell stays a number.
    static func marked(_ code: String, _ bound: ValueBound) -> String {
        guard bound != .exact else { return code }
        let mark = "\"\(bound.mark)\""
        return "\(mark)\(code);\(mark)-\(code)"
    }

    /// How many lines `text` takes when wrapped in a column `width` characters wide (each "\n" starts a line).
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width) - 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
    }

    /// The height in points of a row of `lines` lines of 11-point text.
    static func rowHeight(lines: Int) -> Double { Double(lines) * 14.5 + 4 }

    /// A width in characters that fits the longest text (headers wrap at their longest word).
    static func width(header: String, cells: [String], minimum: Double = 5, maximum: Double = 48) -> Double {
        let headerWord = header.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
        let longest = max(headerWord, cells.map(\.count).max() ?? 0)
        return min(maximum, max(minimum, Double(longest) + 2))
    }
}
