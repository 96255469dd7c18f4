/// How a cell looks: the handful of properties the workbooks use. Equal formats share one entry in
/// the workbook's style table (`XlsxWorkbook.format(_:)` caches them).
public struct CellFormat: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case general, left, center, right }

    public var bold = false
    public var italic = false
    public var wrap = false
    public var fontSize: Double?
    /// An Excel number format code, written with "." and "," as in the file ("#,##0.00");
    /// Excel and LibreOffice show it in the reader's own locale (2.425.931,00 in Vietnamese).
    public var numberFormat: String?
    public var alignment: Alignment = .general
    public var verticalTop = false
    public var border = false
    /// Background colour as 0xRRGGBB.
    public var fill: UInt32?

    public init(
        bold: Bool = false, italic: Bool = false, wrap: Bool = false, fontSize: Double? = nil, numberFormat: String? = nil,
        alignment: Alignment = .general, verticalTop: Bool = false, border: Bool = false, fill: UInt32? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.wrap = wrap
        self.fontSize = fontSize
        self.numberFormat = numberFormat
        self.alignment = alignment
        self.verticalTop = verticalTop
        self.border = border
        self.fill = fill
    }
}
