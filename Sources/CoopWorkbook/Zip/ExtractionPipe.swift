import Foundation

/// Inflated blocks on their way from the inflating thread to the reading one: at most a few at a
/// time, so memory stays flat however large the entry is.
final class ExtractionPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Data] = []
    private var done = false
    private var exited = false
    private var cancelled = false
    private(set) var failure: Error?
    private let limit = 8
    /// How long the reader waits for a block before calling the entry damaged. ZIPFoundation 0.9.20
    /// spins forever on a deflate stream that ends before its last block (a crafted archive); a real
    /// block takes microseconds to inflate.
    static let stallSeconds: TimeInterval = 5

    func put(_ chunk: Data) throws {
        condition.lock(); defer { condition.unlock() }
        while ready.count >= limit && !cancelled { condition.wait() }
        if cancelled { throw ExtractionFailure.cancelled }
        ready.append(chunk)
        condition.broadcast()
    }

    func finish(_ error: Error?) {
        condition.lock(); defer { condition.unlock() }
        if failure == nil { failure = error }
        done = true
        exited = true
        condition.broadcast()
    }

    /// The next block; nil at the end (or after a failure, which `failure` then holds).
    func take() -> Data? {
        condition.lock(); defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(Self.stallSeconds)
        while ready.isEmpty && !done {
            if !condition.wait(until: deadline) && ready.isEmpty && !done {
                failure = ExtractionFailure.stalled
                cancelled = true
                return nil
            }
        }
        if ready.isEmpty { return nil }
        condition.broadcast()
        return ready.removeFirst()
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }

    /// Waits for the inflating thread to stop, unless it stalled (then it is left behind: it holds
    /// its own references and touches nothing of the reader's).
    func waitForProducer() {
        condition.lock(); defer { condition.unlock() }
        if case .stalled? = failure as? ExtractionFailure { return }
        while !exited { condition.wait() }
    }
}

/// The inflated bytes of one entry as an `InputStream`, for `XMLParser(stream:)`, which parses
/// block by block: the sheet is never held whole.
///
/// It also refuses a document type declaration before the root element: workbooks never have one,
/// and it is where external entities (XXE) and entity expansion (billion laughs) are declared.
final class ExtractionStream: InputStream {
    private let pipe: ExtractionPipe
    private var current = Data()
    private var offset = 0
    private var status: Stream.Status = .notOpen
    private var error: Error?
    private var prolog = PrologCheck()

    init(pipe: ExtractionPipe) {
        self.pipe = pipe
        super.init(data: Data())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { error }
    override var hasBytesAvailable: Bool { status == .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if error != nil { return -1 }
        while offset >= current.count {
            guard let next = pipe.take() else {
                if let failure = pipe.failure {
                    error = failure
                    status = .error
                    return -1
                }
                status = .atEnd
                return 0
            }
            current = next
            offset = 0
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { raw in
            buffer.update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: count)
        }
        if !prolog.finished, let problem = prolog.check(UnsafeBufferPointer(start: buffer, count: count)) {
            error = problem
            status = .error
            return -1
        }
        offset += count
        return count
    }
}

/// Looks at the bytes before an XML document's root element for a document type declaration.
/// A sniff of the prolog only (`<?…?>` and comments are passed over), not a parser: the document is
/// parsed by Foundation's XMLParser.
struct PrologCheck {
    private(set) var finished = false
    private var previous: [UInt8] = []

    enum Problem: Error { case documentType, utf16 }

    mutating func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        // Enough of the prolog for any real workbook part; a declaration further on is refused too.
        var text = previous
        text.append(contentsOf: bytes.prefix(4096))
        if text.starts(with: [0xFF, 0xFE]) || text.starts(with: [0xFE, 0xFF]) { finished = true; return .utf16 }
        var index = 0
        var inComment = false, inInstruction = false
        while index < text.count {
            if inComment {
                if text[index...].starts(with: Array("-->".utf8)) { inComment = false; index += 3 } else { index += 1 }
                continue
            }
            if inInstruction {
                if text[index...].starts(with: Array("?>".utf8)) { inInstruction = false; index += 2 } else { index += 1 }
                continue
            }
            if text[index] == 0x3C {  // "<"
                guard index + 1 < text.count else { break }
                let next = text[index + 1]
                if next == 0x3F { inInstruction = true; index += 2; continue }
                if next == 0x21 {  // "<!"
                    guard index + 3 < text.count else { break }
                    if text[index + 2] == 0x2D && text[index + 3] == 0x2D { inComment = true; index += 4; continue }
                    finished = true
                    return .documentType
                }
                finished = true
                return nil
            }
            index += 1
        }
        if text.count > 65_536 { finished = true; return .documentType }
        previous = text
        return nil
    }
}
