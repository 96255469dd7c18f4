/// Why a workbook cannot be read, told at the sheet and cell when they are known:
/// `bao-cao.xlsx:Biểu 01!D9: message`, or `bao-cao.xlsx: message` for the whole file.
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let sheet: String?
    public let cell: CellAddress?
    public let message: String

    public init(file: String, sheet: String? = nil, cell: CellAddress? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    public var description: String {
        var location = file
        if let sheet { location += ":\(sheet)" + (cell.map { "!\($0)" } ?? "") }
        return "\(location): \(message)"
    }
}
