import Foundation
import ZIPFoundation

/// The archive of an .xlsx or .ods, read through ZIPFoundation (its entries, names and sizes) within
/// `WorkbookLimits`: every entry is inflated by zlib as its reader asks for bytes, on the reader's thread,
/// while its bytes are counted, so reading stops at the first byte over a limit instead of after
/// inflating everything, and no thread is left behind by a damaged entry.
final class ZipPackage {
    let file: String
    private let path: String
    private let archive: Archive
    private let limits: WorkbookLimits
    /// Inflated bytes of every entry read so far (the total limit).
    private var inflated = 0
    /// Entry paths, for lookups that ignore case and a leading "/".
    private var entries: [String: Entry] = [:]

    init(path: String, file: String, limits: WorkbookLimits) throws {
        self.file = file
        self.path = path
        self.limits = limits
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw WorkbookError(
                file: file,
                message: "this is a zipped workbook (.xlsx or .ods), but its archive cannot be read (it is truncated or damaged: \(error)); "
                    + "open it in Excel or LibreOffice and save it again, or save the sheet as \"CSV UTF-8\"")
        }
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.entries {
                throw WorkbookError(
                    file: file,
                    message: "the archive holds more than \(limits.entries) entries; a workbook holds a few dozen, so this is not one coopchart reads")
            }
            entries[Self.key(entry.path)] = entry
        }
        if count == 0 {
            throw WorkbookError(file: file, message: "the archive is empty, so it is not a workbook; save the sheet again from Excel or LibreOffice")
        }
    }

    private static func key(_ path: String) -> String {
        var path = path
        while path.hasPrefix("/") { path.removeFirst() }
        return path.lowercased()
    }

    func entry(_ path: String) -> Entry? { entries[Self.key(path)] }

    var paths: [String] { entries.values.map(\.path).sorted() }

    /// An entry's bytes, whole (for the small parts: workbook, relationships, styles, shared strings).
    func data(_ entry: Entry) throws -> Data {
        var whole = Data()
        try stream(entry) { stream in
            stream.open()
            defer { stream.close() }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let got = stream.read(&buffer, maxLength: buffer.count)
                if got < 0 {
                    throw XMLPart.explain(
                        stream.streamError ?? WorkbookError(file: file, message: "\(entry.path) cannot be read"), part: entry.path, file: file)
                }
                if got == 0 { break }
                whole.append(buffer, count: got)
            }
        }
        return whole
    }

    /// Hands `body` a stream of the entry's inflated bytes, inflated as `body` reads them.
    func stream<T>(_ entry: Entry, _ body: (ExtractionStream) throws -> T) throws -> T {
        guard entry.type == .file else {
            throw WorkbookError(file: file, message: "\(entry.path) is not a file inside the archive; the workbook is damaged")
        }
        let declared = entry.uncompressedSize
        if declared > UInt64(limits.entryBytes) {
            throw tooLarge(entry, size: Int(clamping: declared))
        }
        let budget = ExtractionBudget(
            entryLimit: limits.entryBytes, totalLeft: limits.totalBytes - inflated,
            ratio: limits.compressionRatio, compressed: Int(clamping: entry.compressedSize))
        defer { inflated += budget.total }
        do {
            let inflater = try EntryInflater(path: path, entry: entry, dataOffset: try dataOffset(of: entry), budget: budget)
            let stream = ExtractionStream(inflater: inflater)
            let result = try body(stream)
            if let failure = stream.failure { throw failure }
            return result
        } catch {
            throw explain(error, entry: entry)
        }
    }

    /// Where an entry's compressed bytes start: after its local header, whose name and extra field lengths
    /// are read from the header itself. The header's offset is the one ZIPFoundation read from the central
    /// directory (kept in a property it does not publish, so it is looked up by name; a version that names
    /// it otherwise is an error here, not a wrong read).
    private func dataOffset(of entry: Entry) throws -> UInt64 {
        let directory = Mirror(reflecting: entry).children.first { $0.label == "centralDirectoryStructure" }?.value
        guard let directory, let offset = Mirror(reflecting: directory).children.first(where: { $0.label == "relativeOffsetOfLocalHeader" })?.value as? UInt32,
            offset != .max
        else {
            throw WorkbookError(
                file: file,
                message:
                    "\(entry.path) cannot be located in the archive (a ZIP64 or unusual archive); open the workbook in Excel or LibreOffice and save it again")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ExtractionFailure.damaged }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        let header = [UInt8](try handle.read(upToCount: 30) ?? Data())
        guard header.count == 30, header.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw ExtractionFailure.damaged }
        let nameLength = Int(header[26]) | Int(header[27]) << 8
        let extraLength = Int(header[28]) | Int(header[29]) << 8
        return UInt64(offset) + 30 + UInt64(nameLength) + UInt64(extraLength)
    }

    private func tooLarge(_ entry: Entry, size: Int) -> WorkbookError {
        WorkbookError(
            file: file,
            message: "\(entry.path) inflates to more than \(limits.entryBytes.byteSize) (at least \(size.byteSize)); "
                + "coopchart reads sheets of at most \(limits.entryBytes.byteSize), so split the workbook or save the table as CSV")
    }

    /// Extraction failures in the words of the user's file.
    private func explain(_ error: Error, entry: Entry) -> Error {
        guard let failure = error as? ExtractionFailure else { return error }
        switch failure {
        case .entryTooLarge:
            return tooLarge(entry, size: limits.entryBytes + 1)
        case .totalTooLarge:
            return WorkbookError(
                file: file,
                message: "the workbook inflates to more than \(limits.totalBytes.byteSize) in all; coopchart stops there (a zip bomb, or a workbook to split)")
        case .ratio(let inflated, let compressed):
            return WorkbookError(
                file: file,
                message:
                    "\(entry.path) inflates \(inflated / max(compressed, 1)) times its compressed size (\(compressed.byteSize) to more than \(inflated.byteSize)); "
                    + "coopchart stops above \(limits.compressionRatio) times, as a zip bomb does far more than a real sheet")
        case .checksum:
            return WorkbookError(
                file: file, message: "\(entry.path) is damaged (its checksum does not match); open the workbook in Excel or LibreOffice and save it again")
        case .stalled:
            return WorkbookError(
                file: file, message: "\(entry.path) is damaged (its compressed data does not end); open the workbook in Excel or LibreOffice and save it again")
        case .damaged:
            return WorkbookError(
                file: file,
                message: "\(entry.path) is damaged (its compressed data cannot be inflated); open the workbook in Excel or LibreOffice and save it again")
        }
    }
}

enum ExtractionFailure: Error {
    case entryTooLarge, totalTooLarge, ratio(inflated: Int, compressed: Int), checksum, stalled, damaged
}

/// Counts the bytes of one entry as they are inflated and stops at the first one over a limit.
final class ExtractionBudget {
    private let entryLimit: Int
    private let totalLeft: Int
    private let ratio: Int
    private let compressed: Int
    private(set) var total = 0

    init(entryLimit: Int, totalLeft: Int, ratio: Int, compressed: Int) {
        self.entryLimit = entryLimit
        self.totalLeft = totalLeft
        self.ratio = ratio
        self.compressed = compressed
    }

    func count(_ bytes: Int) throws {
        total += bytes
        if total > entryLimit { throw ExtractionFailure.entryTooLarge }
        if total > totalLeft { throw ExtractionFailure.totalTooLarge }
        // Small entries may compress well (an empty sheet); past a megabyte the ratio must be a sheet's.
        if total > 1_000_000, total > ratio * max(compressed, 1) {
            throw ExtractionFailure.ratio(inflated: total, compressed: compressed)
        }
    }
}
