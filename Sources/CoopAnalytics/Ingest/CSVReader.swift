import CCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One CSV record, valid only inside the callback that receives it: fields are byte slices of a
/// buffer that is reused for the next record, so the hot path builds no `String` it does not need.
public struct CSVRecord {
    /// The line of the file on which this record starts (1-based).
    public let line: Int
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let ends: UnsafeBufferPointer<Int>

    public var count: Int { ends.count }

    /// The raw bytes of field `index` (UTF-8).
    public func withField<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(field(index))
    }

    /// Field `index` as text (NFC is applied by the callers that store labels).
    public func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    public var strings: [String] { (0..<count).map(string) }

    /// The raw bytes of field `index`, valid only inside the record's callback.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    /// Whether every field is empty (a blank row such as ",,,").
    var isBlank: Bool { ends.isEmpty || ends[ends.count - 1] == 0 }
}

/// Reads delimited text with libcsv (Debian's maintained C parser) in strict mode and hands each
/// record, with the line it starts on, to a consumer.
///
/// The whole text goes to libcsv in large blocks. Line numbers are counted from what libcsv reports:
/// every unquoted line end (`CSV_REPALL_NL`, so blank lines count too) and the line breaks inside
/// quoted fields.
public enum CSVReader {
    public static func read(
        _ text: [UInt8], delimiter: UInt8, file: String,
        onRecord: (CSVRecord) throws -> Void
    ) throws {
        var parser = csv_parser()
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)) == 0 else {
            throw InputError(file: file, message: "the CSV parser could not start (out of memory)")
        }
        defer { csv_free(&parser) }
        csv_set_delim(&parser, delimiter)
        // libcsv's own space test (space or tab, never the delimiter) trims unquoted fields; a custom
        // test would cost a call per byte.

        try withoutActuallyEscaping(onRecord) { onRecord in
            let state = UnsafeMutablePointer<RecordCollector>.allocate(capacity: 1)
            state.initialize(to: RecordCollector(onRecord: onRecord))
            defer {
                state.pointee.release()
                state.deinitialize(count: 1)
                state.deallocate()
            }
            try text.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let block = 1 << 20
                var offset = 0
                while offset < buffer.count {
                    let length = min(block, buffer.count - offset)
                    let fed = csv_parse(&parser, base + offset, length, fieldEnded, recordEnded, state)
                    if let error = state.pointee.failure { throw error }
                    if fed != length {
                        let position = offset + fed
                        let line = buffer[..<position].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                        throw parseError(parser, file: file, line: line, recordLine: state.pointee.line)
                    }
                    offset += length
                }
                if csv_fini(&parser, fieldEnded, recordEnded, state) != 0 {
                    throw parseError(parser, file: file, line: state.pointee.line, recordLine: state.pointee.line)
                }
                if let error = state.pointee.failure { throw error }
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

    private static func parseError(_ parser: csv_parser, file: String, line: Int, recordLine: Int) -> InputError {
        var parser = parser
        let code = csv_error(&parser)
        if code == CSV_EPARSE {
            let quoteOpen = parser.quoted != 0
            let message = quoteOpen
                ? "unterminated quoted field: a field opened with \" is not closed before the end of the file; close it with \" (write \"\" for a quote inside a field)"
                : "malformed quotes: a field contains a stray \" character; quote the whole field and write \"\" for a quote inside it"
            return InputError(file: file, line: quoteOpen ? recordLine : line, message: message)
        }
        return InputError(file: file, line: line, message: "the CSV parser failed: \(String(cString: csv_strerror(code)))")
    }
}

/// Collects libcsv's field callbacks into one record's buffer and hands it on at the record's end.
/// Kept behind a raw pointer (not a class) so the callbacks pay no reference counting or exclusivity checks.
private struct RecordCollector {
    let onRecord: (CSVRecord) throws -> Void
    var bytes: UnsafeMutablePointer<UInt8>
    var byteCapacity = 256
    var used = 0
    var ends: UnsafeMutablePointer<Int>
    var endCapacity = 32
    var fields = 0
    /// The line the next record starts on.
    var line = 1
    var breaksInRecord = 0
    var afterCarriageReturn = false
    var failure: Error?

    init(onRecord: @escaping (CSVRecord) throws -> Void) {
        self.onRecord = onRecord
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
    }

    func release() {
        bytes.deallocate()
        ends.deallocate()
    }

    mutating func appendField(_ pointer: UnsafeRawPointer?, _ length: Int) {
        if used + length > byteCapacity {
            var capacity = byteCapacity * 2
            while used + length > capacity { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: bytes, count: used)
            bytes.deallocate()
            bytes = grown
            byteCapacity = capacity
        }
        if fields == endCapacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
            grown.update(from: ends, count: fields)
            ends.deallocate()
            ends = grown
            endCapacity *= 2
        }
        if let pointer, length > 0 {
            (bytes + used).update(from: pointer.assumingMemoryBound(to: UInt8.self), count: length)
            // Line breaks inside a quoted field move the next record's line on.
            if length < 32 {
                for index in used..<(used + length) where bytes[index] == 0x0A { breaksInRecord += 1 }
            } else {
                var search = UnsafeRawPointer(bytes + used)
                var remaining = length
                while remaining > 0, let found = memchr(search, 0x0A, remaining) {
                    breaksInRecord += 1
                    let skipped = UnsafeRawPointer(found) - search + 1
                    search = UnsafeRawPointer(found) + 1
                    remaining -= skipped
                }
            }
            used += length
        }
        ends[fields] = used
        fields += 1
    }

    mutating func endRecord(_ terminator: Int32) {
        if fields > 0, failure == nil {
            let record = CSVRecord(line: line, bytes: UnsafeBufferPointer(start: bytes, count: used),
                                   ends: UnsafeBufferPointer(start: ends, count: fields))
            do { try onRecord(record) } catch { failure = error }
        }
        line += breaksInRecord
        // CRLF ends a line once: the LF after a CR arrives as an empty row of its own.
        if terminator == 0x0D {
            line += 1
        } else if terminator == 0x0A && !(fields == 0 && afterCarriageReturn) {
            line += 1
        }
        afterCarriageReturn = terminator == 0x0D
        breaksInRecord = 0
        used = 0
        fields = 0
    }
}

private func fieldEnded(_ field: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: RecordCollector.self).pointee.appendField(field, length)
}

private func recordEnded(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: RecordCollector.self).pointee.endRecord(terminator)
}
