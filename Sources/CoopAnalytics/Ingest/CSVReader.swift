import CCSV

/// One CSV record, valid only inside the callback that receives it: fields are byte slices of a
/// buffer that is reused for the next record, so the hot path builds no `String` it does not need.
public struct CSVRecord {
    /// The line of the file on which this record starts (1-based).
    public let line: Int
    fileprivate let bytes: [UInt8]
    fileprivate let ends: [Int]

    public var count: Int { ends.count }

    /// The raw bytes of field `index` (UTF-8).
    public func withField<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let start = index == 0 ? 0 : ends[index - 1]
        return try bytes.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<ends[index]]))
        }
    }

    /// Field `index` as text (NFC is applied by the callers that store labels).
    public func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    public var strings: [String] { (0..<count).map(string) }
}

/// Reads delimited text with libcsv (Debian's maintained C parser) in strict mode and hands each
/// record, with the line it starts on, to a consumer.
///
/// The input is fed to libcsv one physical line at a time: that is how every record learns its
/// line number, including records whose quoted fields span several lines.
public enum CSVReader {
    public static func read(
        _ text: [UInt8], delimiter: UInt8, file: String,
        onRecord: (CSVRecord) throws -> Void
    ) throws {
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
            throw InputError(file: file, message: "the CSV parser could not start (out of memory)")
        }
        defer { csv_free(&parser) }
        csv_set_delim(&parser, delimiter)
        // Only spaces are trimmed: a tab is a delimiter in Excel's "Unicode text" files.
        csv_set_space_func(&parser) { $0 == 0x20 ? 1 : 0 }

        try withoutActuallyEscaping(onRecord) { onRecord in
        let collector = RecordCollector(file: file, onRecord: onRecord)
        try withExtendedLifetime(collector) {
            let context = Unmanaged.passUnretained(collector).toOpaque()
            try text.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                var line = 1
                while offset < buffer.count {
                    let end = nextLineEnd(in: buffer, from: offset)
                    // A record begins on this line when libcsv is between records (ROW_NOT_BEGUN).
                    if parser.pstate == 0 { collector.pendingLine = line }
                    collector.currentLine = line
                    let fed = csv_parse(&parser, base + offset, end - offset, fieldEnded, recordEnded, context)
                    if let error = collector.failure { throw error }
                    if fed != end - offset { throw parseError(parser, file: file, line: line, collector: collector) }
                    offset = end
                    line += 1
                }
                collector.currentLine = line
                if csv_fini(&parser, fieldEnded, recordEnded, context) != 0 {
                    throw parseError(parser, file: file, line: collector.pendingLine, collector: collector)
                }
                if let error = collector.failure { throw error }
            }
        }
        }
    }

    /// Guesses the delimiter from the header line: the most frequent of comma, tab and semicolon.
    public static func detectDelimiter(_ text: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x09: 0, 0x3B: 0]
        var inQuotes = false
        for byte in text {
            if byte == 0x22 { inQuotes.toggle(); continue }
            if !inQuotes && byte == 0x0A { break }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { lhs, rhs in lhs.value < rhs.value || (lhs.value == rhs.value && lhs.key != 0x2C) }
        return (best?.value ?? 0) > 0 ? best!.key : 0x2C
    }

    private static func nextLineEnd(in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var index = offset
        while index < buffer.count {
            if buffer[index] == 0x0A { return index + 1 }
            index += 1
        }
        return buffer.count
    }

    private static func parseError(_ parser: csv_parser, file: String, line: Int, collector: RecordCollector) -> InputError {
        var parser = parser
        let code = csv_error(&parser)
        if code == CSV_EPARSE {
            let quoteOpen = parser.quoted != 0
            let message = quoteOpen
                ? "unterminated quoted field: a field opened with \" is not closed before the end of the file; close it with \" (write \"\" for a quote inside a field)"
                : "malformed quotes: a field contains a stray \" character; quote the whole field and write \"\" for a quote inside it"
            return InputError(file: file, line: quoteOpen ? collector.pendingLine : line, message: message)
        }
        return InputError(file: file, line: line, message: "the CSV parser failed: \(String(cString: csv_strerror(code)))")
    }
}

/// Collects libcsv's field callbacks into one record's buffer and hands it on at the record's end.
private final class RecordCollector {
    let file: String
    let onRecord: (CSVRecord) throws -> Void
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var pendingLine = 1
    var currentLine = 1
    var failure: Error?

    init(file: String, onRecord: @escaping (CSVRecord) throws -> Void) {
        self.file = file
        self.onRecord = onRecord
        bytes.reserveCapacity(256)
        ends.reserveCapacity(16)
    }

    func appendField(_ pointer: UnsafeRawPointer?, _ length: Int) {
        if let pointer, length > 0 {
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: length))
        }
        ends.append(bytes.count)
    }

    func endRecord() {
        guard failure == nil else { return }
        let record = CSVRecord(line: pendingLine, bytes: bytes, ends: ends)
        do { try onRecord(record) } catch { failure = error }
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        // The next record starts on the following line unless the feeder says otherwise.
        pendingLine = currentLine + 1
    }
}

private func fieldEnded(_ field: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<RecordCollector>.fromOpaque(context).takeUnretainedValue().appendField(field, length)
}

private func recordEnded(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<RecordCollector>.fromOpaque(context).takeUnretainedValue().endRecord()
}
