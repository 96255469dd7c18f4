import Foundation

/// Inflated blocks on their way from the inflating thread to the reading one: at most a few at a
/// time, so memory stays flat however large the entry is.
final class ExtractionPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Data] = []
    private var done = false
    private var exited = false
    private var cancelled = false
    private var storedFailure: Error?
    private let limit = 8

    /// Why inflating failed (or stalled), once it has.
    var failure: Error? {
        condition.lock(); defer { condition.unlock() }
        return storedFailure
    }

    /// Whether the inflating thread is known to be stuck (and is left behind).
    var stalled: Bool {
        condition.lock(); defer { condition.unlock() }
        if case .stalled? = storedFailure as? ExtractionFailure { return true }
        return false
    }
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
        if storedFailure == nil { storedFailure = error }
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
                storedFailure = ExtractionFailure.stalled
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
        if case .stalled? = storedFailure as? ExtractionFailure { return }
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
    private var utf8 = UTF8Check()

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
                if !utf8.finish() {
                    error = PrologCheck.Problem.invalidUTF8
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
        // Workbook parts are UTF-8; XMLParser's callbacks trap on names that are not, so such bytes
        // never reach it.
        if !utf8.check(UnsafeBufferPointer(start: buffer, count: count)) {
            error = PrologCheck.Problem.invalidUTF8
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

    enum Problem: Error { case documentType, utf16, invalidUTF8 }

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

/// Checks that bytes handed over block by block are UTF-8, a character cut by a block's end completed
/// by the next block. ASCII, most of a sheet, is passed over eight bytes at a time.
struct UTF8Check {
    /// Continuation bytes still expected from the next block.
    private var pending = 0
    /// The lead byte and first continuations of a cut character (for the overlong and surrogate checks).
    private var partial: [UInt8] = []

    mutating func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        while pending > 0 && index < count {
            guard base[index] & 0xC0 == 0x80 else { return false }
            partial.append(base[index])
            pending -= 1
            index += 1
            if pending == 0 {
                guard Self.valid(partial) else { return false }
                partial.removeAll(keepingCapacity: true)
            }
        }
        while index < count {
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            if index >= count { break }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            if index + length > count {
                partial = Array(UnsafeBufferPointer(rebasing: bytes[index...]))
                guard partial.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return false }
                pending = length - partial.count
                return true
            }
            guard Self.valid(Array(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))) else { return false }
            index += length
        }
        return true
    }

    /// Whether the text ended on a whole character.
    func finish() -> Bool { pending == 0 }

    private static func valid(_ sequence: [UInt8]) -> Bool {
        guard sequence.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return false }
        switch sequence[0] {
        case 0xE0: return sequence[1] >= 0xA0
        case 0xED: return sequence[1] < 0xA0
        case 0xF0: return sequence[1] >= 0x90
        case 0xF4: return sequence[1] < 0x90
        default: return true
        }
    }
}
