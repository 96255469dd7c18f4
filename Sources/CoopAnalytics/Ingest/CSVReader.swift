import CCSV
import Foundation
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
/// The text goes to libcsv in large blocks. Line numbers are counted from what libcsv reports:
/// every unquoted line end (`CSV_REPALL_NL`, so blank lines count too) and the line breaks inside
/// quoted fields.
///
/// With `parallel`, libcsv runs on a second thread and hands over a block's records at a time while
/// the caller's thread consumes the previous block's: records still arrive in file order, on the
/// caller's thread, and a parse error is raised only after every record before it was consumed, so
/// the first bad line is the one reported, as in the sequential run.
public enum CSVReader {
    /// Below this size a second thread costs more than it saves.
    static let parallelThreshold = 1 << 20

    public static func read(
        _ text: [UInt8], delimiter: UInt8, file: String, parallel: Bool = false,
        onRecord: (CSVRecord) throws -> Void
    ) throws {
        try text.withUnsafeBufferPointer { buffer in
            let pipelined = parallel && buffer.count >= parallelThreshold && ProcessInfo.processInfo.activeProcessorCount > 1
            let block = pipelined ? 1 << 18 : 1 << 20
            var offset = 0
            try read(
                blocks: {
                    guard offset < buffer.count, let base = buffer.baseAddress else { return nil }
                    let length = min(block, buffer.count - offset)
                    defer { offset += length }
                    return UnsafeBufferPointer(start: base + offset, count: length)
                }, delimiter: delimiter, file: file, parallel: pipelined, onRecord: onRecord)
        }
    }

    /// Reads text handed over block by block (each block valid until the next call), for readers
    /// that stream a file instead of holding it. `nextBlock` runs on the parsing thread.
    static func read(
        blocks nextBlock: () throws -> UnsafeBufferPointer<UInt8>?, delimiter: UInt8, file: String, parallel: Bool,
        onRecord: (CSVRecord) throws -> Void
    ) throws {
        if !parallel {
            try withoutActuallyEscaping(onRecord) { onRecord in
                var parse = try Parse(delimiter: delimiter, file: file, onRecord: onRecord)
                defer { parse.release() }
                while let block = try nextBlock() {
                    try parse.feed(block)
                    if let error = parse.collector.pointee.failure { throw error }
                }
                try parse.finish()
                if let error = parse.collector.pointee.failure { throw error }
            }
            return
        }
        try withoutActuallyEscaping(nextBlock) { nextBlock in
            // The parsing thread reaches the block source through a pointer, so it holds no reference
            // to it once it has exited (the source must not outlive this call).
            var source = nextBlock
            try withUnsafeMutablePointer(to: &source) { pointer in
                let handoff = Handoff()
                let shared = UnsafeSendable(pointer)
                let thread = Thread {
                    produce(from: shared.body, into: handoff, delimiter: delimiter, file: file)
                    handoff.exited()
                }
                thread.stackSize = 1 << 20
                thread.start()
                do {
                    while let batch = handoff.take() {
                        defer { handoff.recycle(batch) }
                        try batch.forEachRecord(onRecord)
                    }
                    handoff.waitForProducer()
                } catch {
                    handoff.cancel()
                    handoff.waitForProducer()
                    throw error
                }
                if let error = handoff.failure { throw error }
            }
        }
    }

    /// The parsing thread: feeds every block to libcsv and hands over each block's records.
    private static func produce(
        from source: UnsafeMutablePointer<() throws -> UnsafeBufferPointer<UInt8>?>, into handoff: Handoff,
        delimiter: UInt8, file: String
    ) {
        var parse: Parse
        do {
            parse = try Parse(delimiter: delimiter, file: file, onRecord: nil)
        } catch {
            handoff.finish(error)
            return
        }
        defer { parse.release() }
        do {
            while !handoff.isCancelled, let block = try source.pointee() {
                try parse.feed(block)
                handoff.put(parse.collector.pointee.takeBatch(replacement: handoff.recycled()))
            }
            if !handoff.isCancelled {
                try parse.finish()
                handoff.put(parse.collector.pointee.takeBatch(replacement: handoff.recycled()))
            }
            handoff.finish(nil)
        } catch {
            // Records parsed before the error still go first, so an earlier bad row wins.
            handoff.put(parse.collector.pointee.takeBatch(replacement: handoff.recycled()))
            handoff.finish(error)
        }
    }

    /// Guesses the delimiter: the most frequent of comma, tab and semicolon on the first line, when that
    /// line has at least two (a header names three columns or more). A first line with fewer is a title
    /// row as offices write them ("BÁO CÁO SỐ LIỆU … NĂM 2017" above a `;`-separated table from Excel with
    /// Vietnamese settings), so the line with the most delimiters among the first 60 decides.
    public static func detectDelimiter(_ text: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [0x2C, 0x09, 0x3B]
        var best: (count: Int, delimiter: UInt8) = (0, 0x2C)
        var counts: [UInt8: Int] = [0x2C: 0, 0x09: 0, 0x3B: 0]
        var inQuotes = false
        var line = 0
        func endLine() -> Bool {
            // Comma wins a tie, then tab.
            for delimiter in candidates where counts[delimiter]! > best.count { best = (counts[delimiter]!, delimiter) }
            counts = [0x2C: 0, 0x09: 0, 0x3B: 0]
            line += 1
            return (line == 1 && best.count >= 2) || line >= 60
        }
        for byte in text {
            if byte == 0x22 { inQuotes.toggle(); continue }
            if !inQuotes && byte == 0x0A {
                if endLine() { return best.delimiter }
                continue
            }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        _ = endLine()
        return best.delimiter
    }

    fileprivate static func parseError(_ parser: csv_parser, file: String, line: Int, recordLine: Int) -> InputError {
        var parser = parser
        let code = csv_error(&parser)
        if code == CSV_EPARSE {
            let quoteOpen = parser.quoted != 0
            return FileWords.error(file: file, line: quoteOpen ? recordLine : line) { quoteOpen ? $0.unterminatedQuote : $0.strayQuote }
        }
        return FileWords.error(file: file, line: line) { $0.parserFailed(String(cString: csv_strerror(code))) }
    }
}

/// One libcsv parser and the collector its callbacks fill, fed block by block.
private struct Parse {
    var parser = csv_parser()
    let collector: UnsafeMutablePointer<RecordCollector>
    let file: String
    /// Line breaks in the blocks fed so far, for the line of a parse error.
    var linesBefore = 0

    init(delimiter: UInt8, file: String, onRecord: ((CSVRecord) throws -> Void)?) throws {
        self.file = file
        collector = .allocate(capacity: 1)
        collector.initialize(to: RecordCollector(onRecord: onRecord))
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)) == 0 else {
            collector.pointee.release()
            collector.deinitialize(count: 1)
            collector.deallocate()
            throw FileWords.error(file: file) { $0.parserCouldNotStart }
        }
        csv_set_delim(&parser, delimiter)
        // libcsv's own space test (space or tab, never the delimiter) trims unquoted fields; a custom
        // test would cost a call per byte.
    }

    func release() {
        var parser = parser
        csv_free(&parser)
        collector.pointee.release()
        collector.deinitialize(count: 1)
        collector.deallocate()
    }

    mutating func feed(_ block: UnsafeBufferPointer<UInt8>) throws {
        guard let base = block.baseAddress, !block.isEmpty else { return }
        // Only a quoted field holds a line break: a block without quotes, entered outside quotes, needs no search.
        collector.pointee.mayHoldLineBreaks = parser.quoted != 0 || memchr(base, 0x22, block.count) != nil
        let fed = csv_parse(&parser, base, block.count, fieldEnded, recordEnded, collector)
        if collector.pointee.failure != nil { return }
        if fed != block.count {
            let line = linesBefore + 1 + newlines(UnsafeBufferPointer(rebasing: block[..<fed]))
            throw CSVReader.parseError(parser, file: file, line: line, recordLine: collector.pointee.line)
        }
        linesBefore += newlines(block)
    }

    mutating func finish() throws {
        if csv_fini(&parser, fieldEnded, recordEnded, collector) != 0 {
            throw CSVReader.parseError(parser, file: file, line: collector.pointee.line, recordLine: collector.pointee.line)
        }
    }
}

/// Counts line feeds eight bytes at a time.
func newlines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var count = 0, index = 0
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    while index + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
        // A zero byte of `word` is a line feed; this sets exactly their high bits.
        let zero = ~(((word & ~high) &+ ~high) | word) & high
        count += zero.nonzeroBitCount
        index += 8
    }
    while index < bytes.count {
        if base[index] == 0x0A { count += 1 }
        index += 1
    }
    return count
}

/// Complete records parsed on one thread for another: their fields' bytes, each field's end
/// (relative to its record's first byte), and each record's line and place.
struct RecordBatch {
    var bytes: UnsafeMutablePointer<UInt8>
    var byteCapacity = 1 << 16
    var used = 0
    var ends: UnsafeMutablePointer<Int>
    var endCapacity = 1 << 12
    var endCount = 0
    var records: [(line: Int, byteStart: Int, endStart: Int, fields: Int)] = []

    init() {
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
    }

    func release() {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Hands each record to `body`, in order.
    func forEachRecord(_ body: (CSVRecord) throws -> Void) rethrows {
        try records.withUnsafeBufferPointer { records in
            for index in records.indices {
                let entry = records[index]
                let length = (index + 1 < records.count ? records[index + 1].byteStart : used) - entry.byteStart
                try body(
                    CSVRecord(
                        line: entry.line, bytes: UnsafeBufferPointer(start: bytes + entry.byteStart, count: length),
                        ends: UnsafeBufferPointer(start: ends + entry.endStart, count: entry.fields)))
            }
        }
    }

    mutating func reserve(bytes extra: Int) {
        guard used + extra > byteCapacity else { return }
        var capacity = byteCapacity * 2
        while used + extra > capacity { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: used)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    /// Room for `count` ends in an empty batch.
    mutating func reserveEnds(_ count: Int) {
        guard count > endCapacity else { return }
        var capacity = endCapacity
        while capacity < count { capacity *= 2 }
        ends.deallocate()
        ends = .allocate(capacity: capacity)
        endCapacity = capacity
    }

    mutating func reserveEnd() {
        guard endCount == endCapacity else { return }
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
        grown.update(from: ends, count: endCount)
        ends.deallocate()
        ends = grown
        endCapacity *= 2
    }
}

/// Collects libcsv's field callbacks into records: handed to `onRecord` one at a time (sequential),
/// or gathered into a batch for the consuming thread (parallel).
/// Kept behind a raw pointer (not a class) so the callbacks pay no reference counting or exclusivity checks.
private struct RecordCollector {
    let onRecord: ((CSVRecord) throws -> Void)?
    var batch = RecordBatch()
    /// Where the record being collected starts in `batch`.
    var recordByteStart = 0
    var recordEndStart = 0
    var fields = 0
    /// The line the next record starts on.
    var line = 1
    var breaksInRecord = 0
    var afterCarriageReturn = false
    var failure: Error?
    var mayHoldLineBreaks = true

    init(onRecord: ((CSVRecord) throws -> Void)?) {
        self.onRecord = onRecord
    }

    func release() { batch.release() }

    mutating func appendField(_ pointer: UnsafeRawPointer?, _ length: Int) {
        if batch.used + length > batch.byteCapacity { batch.reserve(bytes: length) }
        if batch.endCount == batch.endCapacity { batch.reserveEnd() }
        if let pointer, length > 0 {
            let start = batch.bytes + batch.used
            start.update(from: pointer.assumingMemoryBound(to: UInt8.self), count: length)
            // Line breaks inside a quoted field move the next record's line on.
            if mayHoldLineBreaks {
                if length < 32 {
                    for index in 0..<length where start[index] == 0x0A { breaksInRecord += 1 }
                } else if memchr(start, 0x0A, length) != nil {
                    breaksInRecord += newlines(UnsafeBufferPointer(start: start, count: length))
                }
            }
            batch.used += length
        }
        batch.ends[batch.endCount] = batch.used - recordByteStart
        batch.endCount += 1
        fields += 1
    }

    mutating func endRecord(_ terminator: Int32) {
        if fields > 0, failure == nil {
            if let onRecord {
                let record = CSVRecord(
                    line: line, bytes: UnsafeBufferPointer(start: batch.bytes, count: batch.used),
                    ends: UnsafeBufferPointer(start: batch.ends, count: fields))
                do { try onRecord(record) } catch { failure = error }
            } else {
                batch.records.append((line, recordByteStart, recordEndStart, fields))
            }
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
        if onRecord != nil {
            batch.used = 0
            batch.endCount = 0
        } else if fields == 0 {
            // An empty row (the LF of a CRLF, a blank line) leaves nothing behind.
            batch.used = recordByteStart
            batch.endCount = recordEndStart
        }
        recordByteStart = batch.used
        recordEndStart = batch.endCount
        fields = 0
    }

    /// Hands over the complete records gathered so far; the record still being parsed moves to `replacement`.
    mutating func takeBatch(replacement: RecordBatch) -> RecordBatch {
        var next = replacement
        next.used = 0
        next.endCount = 0
        next.records.removeAll(keepingCapacity: true)
        let partialBytes = batch.used - recordByteStart
        let partialEnds = batch.endCount - recordEndStart
        next.reserve(bytes: partialBytes)
        next.reserveEnds(partialEnds)
        next.bytes.update(from: batch.bytes + recordByteStart, count: partialBytes)
        next.ends.update(from: batch.ends + recordEndStart, count: partialEnds)
        next.used = partialBytes
        next.endCount = partialEnds
        var full = batch
        full.used = recordByteStart
        full.endCount = recordEndStart
        batch = next
        recordByteStart = 0
        recordEndStart = 0
        return full
    }
}

private func fieldEnded(_ field: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: RecordCollector.self).pointee.appendField(field, length)
}

private func recordEnded(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: RecordCollector.self).pointee.endRecord(terminator)
}

/// The parsing thread's batches on their way to the consuming thread, at most a few at a time so
/// memory stays bounded when the consumer is the slower of the two.
private final class Handoff: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [UnsafeSendable<RecordBatch>] = []
    private var spare: [RecordBatch] = []
    private var done = false
    private var producerExited = false
    private var cancelled = false
    private(set) var failure: Error?
    private let limit = 4

    var isCancelled: Bool {
        condition.lock(); defer { condition.unlock() }
        return cancelled
    }

    func put(_ batch: RecordBatch) {
        condition.lock(); defer { condition.unlock() }
        while ready.count >= limit && !cancelled { condition.wait() }
        if cancelled { spare.append(batch); return }
        ready.append(UnsafeSendable(batch))
        condition.broadcast()
    }

    func recycled() -> RecordBatch {
        condition.lock(); defer { condition.unlock() }
        return spare.popLast() ?? RecordBatch()
    }

    /// The next batch in order; nil once the producer has finished and everything was taken.
    func take() -> RecordBatch? {
        condition.lock(); defer { condition.unlock() }
        while ready.isEmpty && !done { condition.wait() }
        if ready.isEmpty { return nil }
        condition.broadcast()
        return ready.removeFirst().body
    }

    func recycle(_ batch: RecordBatch) {
        condition.lock(); defer { condition.unlock() }
        spare.append(batch)
    }

    func finish(_ error: Error?) {
        condition.lock(); defer { condition.unlock() }
        failure = error
        done = true
        condition.broadcast()
    }

    /// The parsing thread has released everything and holds no reference to the block source.
    func exited() {
        condition.lock(); defer { condition.unlock() }
        done = true
        producerExited = true
        condition.broadcast()
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }

    func waitForProducer() {
        condition.lock(); defer { condition.unlock() }
        while !producerExited { condition.wait() }
    }

    deinit {
        for batch in spare { batch.release() }
        for batch in ready { batch.body.release() }
    }
}

/// A value carried to another thread by hand: the handoff's lock orders every access.
struct UnsafeSendable<Body>: @unchecked Sendable {
    let body: Body
    init(_ body: Body) { self.body = body }
}
