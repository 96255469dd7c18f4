/// Where something is in a user's file, as a person looks for it: a line of a text file, or a cell of a
/// workbook's sheet.
///
/// Locations are carried as a file and a line, and a workbook's cell is packed into that line
/// (`CellLine`): a number such as 1073751041 that means nothing to anyone. Every output that shows a
/// location in parts (a findings workbook's columns, the API's fields) takes them from here, so none
/// of them ever shows the packed number.
public struct FilePosition: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (a workbook without its sheet: "bao-cao.xlsx").
    public let file: String
    /// The line of a text file; nil for a workbook's cell, or when the whole file is meant.
    public let line: Int?
    /// The sheet of a workbook's cell ("Biểu 01"), or of a sheet as a whole.
    public let sheet: String?
    /// The cell ("B10"); nil for a text file.
    public let cell: String?

    /// Splits a location as every message writes it: `file` and `line` of an `InputError`, a `Finding`
    /// or a `SourceLocation`.
    public init(file: String, line: Int?) {
        if let line, let address = CellLine.decode(line), let colon = file.lastIndex(of: ":") {
            // A sheet's "file" is "bao-cao.xlsx:Biểu 01"; a sheet name cannot hold ":" (Excel and
            // LibreOffice refuse it), so the last colon separates the two.
            self.file = String(file[..<colon])
            self.line = nil
            sheet = String(file[file.index(after: colon)...])
            cell = address.description
        } else {
            self.file = file
            self.line = line
            sheet = nil
            cell = nil
        }
    }

    /// What a findings table shows beside the file: "12" for a line, "Biểu 01!B10" for a cell; nil
    /// when the whole file is meant.
    public var reference: String? {
        if let sheet, let cell { return "\(sheet)!\(cell)" }
        return line.map(String.init)
    }

    /// "bao-cao.csv:12", "bao-cao.xlsx:Biểu 01!B10", as every message locates itself.
    public var description: String {
        if let sheet, let cell { return "\(file):\(sheet)!\(cell)" }
        return line.map { "\(file):\($0)" } ?? file
    }
}

extension SourceLocation {
    /// The file and the line or cell, in parts.
    public var position: FilePosition { FilePosition(file: file, line: line) }
}

extension InputError {
    /// The file and the line or cell, in parts.
    public var position: FilePosition { FilePosition(file: file, line: line) }
}

extension Finding {
    /// The file and the line or cell, in parts.
    public var position: FilePosition { FilePosition(file: file, line: line) }
}
