import Foundation

/// What reads a workbook's sheets hears: each sheet as it comes, asked whether to read it, then its
/// rows in order (non-empty cells only), then its end.
public protocol SheetVisitor: AnyObject {
    /// Whether to read this sheet's rows (false skips it).
    func shouldRead(_ sheet: SheetInfo) throws -> Bool
    /// One row; `merges` are the merged ranges that start in it (OpenDocument gives them here).
    func row(_ row: SheetRow, merges: [MergedRange], in sheet: SheetInfo) throws
    func endSheet(_ sheet: SheetInfo) throws
}

/// The workbook formats coopchart reads.
public enum WorkbookKind: String, Sendable {
    case xlsx, ods, xls

    public var described: String {
        switch self {
        case .xlsx: return "Excel workbook (.xlsx)"
        case .ods: return "OpenDocument spreadsheet (.ods)"
        case .xls: return "Excel 97–2003 workbook (.xls)"
        }
    }
}

/// Reads .xlsx, .ods and .xls workbooks, recognised by their content, never by their name.
public enum Workbook {
    /// The container a file's first bytes show: a ZIP archive (.xlsx, .ods) or an OLE compound file
    /// (.xls, and an encrypted .xlsx); nil for anything else (text).
    public enum Container: Sendable { case zip, ole }

    public static func container(of head: some Collection<UInt8>) -> Container? {
        let bytes = Array(head.prefix(8))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
        return nil
    }

    /// Whether a file name promises a workbook (so text inside it is an error, not a CSV).
    public static func hasWorkbookExtension(_ path: String) -> Bool {
        ["xlsx", "xlsm", "ods", "xls"].contains((path as NSString).pathExtension.lowercased())
    }

    /// Reads every sheet `visitor` asks for; returns the kind of workbook and every sheet it has.
    /// `file` is the name errors give (usually `path`).
    @discardableResult
    public static func read(
        path: String, file: String? = nil, limits: WorkbookLimits = .standard,
        visitor: some SheetVisitor
    ) throws -> (kind: WorkbookKind, sheets: [SheetInfo]) {
        let file = file ?? path
        let head: [UInt8]
        let size: Int
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            head = [UInt8](try handle.read(upToCount: 1 << 16) ?? Data())
            size = Int(try handle.seekToEnd())
        } catch {
            throw WorkbookError(file: file, message: "cannot read the file (\(error.localizedDescription))")
        }
        if size > limits.fileBytes {
            throw WorkbookError(
                file: file,
                message:
                    "the workbook is \(size.byteSize); coopchart reads workbooks of at most \(limits.fileBytes.byteSize): split it, or save its tables as CSV")
        }
        switch container(of: head) {
        case .zip:
            let package = try ZipPackage(path: path, file: file, limits: limits)
            if package.entry("xl/workbook.xml") != nil {
                return (.xlsx, try XlsxWorkbook(package: package, limits: limits).read(visitor))
            }
            if package.entry("content.xml") != nil, try isSpreadsheet(package) {
                return (.ods, try OdsWorkbook(package: package, limits: limits).read(visitor))
            }
            throw WorkbookError(
                file: file, message: "this is a ZIP archive but not a workbook (\(describe(package))); give an .xlsx, .ods or .xls workbook, or a CSV file")
        case .ole:
            // The directory of an OLE file can sit anywhere in it: look through the whole file (≤ the file limit).
            let whole = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? head
            if containsUTF16(whole, "EncryptedPackage") || containsUTF16(whole, "EncryptionInfo") {
                throw encrypted(file)
            }
            return (.xls, try XlsWorkbook(path: path, file: file, limits: limits).read(visitor))
        case nil:
            throw WorkbookError(file: file, message: "this is not a workbook (neither .xlsx, .ods nor .xls inside)")
        }
    }

    static func encrypted(_ file: String) -> WorkbookError {
        WorkbookError(
            file: file,
            message: "this is a password-protected (encrypted) workbook, which coopchart cannot read; "
                + "open it, then save a copy without a password (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it; LibreOffice: Save As without \"Save with password\")"
        )
    }

    private static func isSpreadsheet(_ package: ZipPackage) throws -> Bool {
        if let manifest = package.entry("META-INF/manifest.xml"), manifest.uncompressedSize < 1_000_000 {
            let text = String(decoding: try package.data(manifest), as: UTF8.self)
            if text.contains("encryption-data") { throw encrypted(package.file) }
        }
        guard let mimetype = package.entry("mimetype"), mimetype.uncompressedSize < 200 else { return true }
        let kind = String(decoding: try package.data(mimetype), as: UTF8.self)
        if kind.contains("opendocument.spreadsheet") { return true }
        throw WorkbookError(
            file: package.file,
            message: "this is an OpenDocument file of another kind (\(kind)), not a spreadsheet; give an .ods, .xlsx or .xls workbook, or a CSV file")
    }

    private static func describe(_ package: ZipPackage) -> String {
        if package.entry("word/document.xml") != nil { return "it is a Word document (.docx)" }
        if package.entry("xl/workbook.bin") != nil { return "it is an Excel binary workbook (.xlsb), which coopchart does not read: save it as .xlsx" }
        if package.entry("ppt/presentation.xml") != nil { return "it is a PowerPoint presentation (.pptx)" }
        let shown = package.paths.prefix(3).joined(separator: ", ")
        return "it holds \(shown)\(package.paths.count > 3 ? ", …" : "")"
    }

    private static func containsUTF16(_ bytes: [UInt8], _ word: String) -> Bool {
        let pattern: [UInt8] = word.utf8.flatMap { [$0, 0] as [UInt8] }
        return bytes.firstRange(of: pattern) != nil
    }
}
