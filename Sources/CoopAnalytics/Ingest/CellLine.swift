import CoopWorkbook

/// Where a figure read from a workbook sheet came from, carried in the `line` every location has.
///
/// Figures and errors are located by a file and a line (`FILE:LINE`). A sheet's cell has a row and a
/// column, so for sheets the "file" is `bao-cao.xlsx:Biểu 01` and the line packs the cell: bit 30 set,
/// the 0-based row in bits 10–29 (1,048,576 rows, Excel's maximum) and the column in bits 0–9
/// (1,024 columns, the widest table coopchart reads). Lines of text files stay far below bit 30, and
/// packed lines sort by row, then column. Every place that prints a location goes through
/// `CellLine.location(file:line:)`, which writes `bao-cao.xlsx:Biểu 01!D9`.
enum CellLine {
    static let flag = 1 << 30
    /// The widest table a sheet may hold.
    static let maximumColumns = 1 << 10
    static let maximumRows = 1 << 20

    static func encode(row: Int, column: Int) -> Int {
        flag | (min(row, maximumRows - 1) << 10) | min(column, maximumColumns - 1)
    }

    static func decode(_ line: Int) -> CellAddress? {
        guard line & flag != 0, line < flag << 1 else { return nil }
        return CellAddress(row: (line >> 10) & (maximumRows - 1), column: line & (maximumColumns - 1))
    }

    /// `file:line`, or `file!D9` for a sheet's cell.
    static func location(file: String, line: Int?) -> String {
        guard let line else { return file }
        if let cell = decode(line) { return "\(file)!\(cell)" }
        return "\(file):\(line)"
    }

    /// The "file" of a sheet's locations.
    static func sheetFile(_ file: String, sheet: String) -> String { "\(file):\(sheet)" }
}

/// Locations as every front end prints them: `FILE:LINE`, or `FILE:SHEET!D9` for a workbook's cell.
public enum FileLocation {
    public static func describe(file: String, line: Int?) -> String { CellLine.location(file: file, line: line) }

    /// The line of a text file, nil for a workbook's cell (whose packed number means nothing to a reader).
    public static func textLine(_ line: Int?) -> Int? {
        guard let line, CellLine.decode(line) == nil else { return nil }
        return line
    }

    /// A workbook cell's address ("D9"), nil for a line of a text file.
    public static func cell(_ line: Int?) -> String? { line.flatMap(CellLine.decode).map { "\($0)" } }
}
