/// The sizes a workbook may have, enforced while reading (bytes are counted as they are inflated, and
/// reading stops at the first byte over a limit), so a zip bomb or a sheet of a billion repeated cells
/// is an error, never an out-of-memory kill. The README's limits table lists them.
public struct WorkbookLimits: Sendable {
    /// The workbook file itself.
    public var fileBytes = 64_000_000
    /// Entries (files) in the archive of an .xlsx or .ods.
    public var entries = 10_000
    /// One entry, inflated (a 1,048,576-row sheet of eight columns is about 280 MB).
    public var entryBytes = 300_000_000
    /// All entries read, inflated, together.
    public var totalBytes = 600_000_000
    /// Inflated bytes per compressed byte, for an entry past its first megabyte (sheets compress
    /// 5–30 times; zip bombs a thousand times).
    public var compressionRatio = 200
    /// Rows of one sheet (Excel's own maximum).
    public var rows = 1_048_576
    /// Columns of one sheet (Excel's own maximum).
    public var columns = 16_384
    /// Non-empty cells of one sheet, repeated cells of an OpenDocument sheet counted one by one.
    public var cells = 20_000_000
    /// Distinct texts of an .xlsx (its shared strings).
    public var sharedStrings = 5_000_000

    public init() {}

    public static let standard = WorkbookLimits()
}

extension Int {
    /// "64 MB", "300 KB": sizes in messages.
    var byteSize: String {
        self >= 1_000_000 ? "\(self / 1_000_000) MB" : self >= 1_000 ? "\(self / 1_000) KB" : "\(self) bytes"
    }
}
