import Foundation

/// The inflated bytes of one entry as an `InputStream`, for `XMLParser(stream:)`, which parses
/// block by block: the sheet is never held whole.
///
/// It also refuses a document type declaration before the root element: workbooks never have one,
/// and it is where external entities (XXE) and entity expansion (billion laughs) are declared.
final class ExtractionStream: InputStream {
    private let inflater: EntryInflater
    private var status: Stream.Status = .notOpen
    private var error: Error?
    private var prolog = PrologCheck()
    private var utf8 = UTF8Check()

    init(inflater: EntryInflater) {
        self.inflater = inflater
        super.init(data: Data())
    }

    /// Why the entry could not be read whole, once it could not (the inflater's error, or its text's).
    var failure: Error? { error }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { error }
    override var hasBytesAvailable: Bool { status == .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if error != nil { return -1 }
        let count: Int
        do {
            count = try inflater.read(buffer, maxLength: length)
        } catch {
            self.error = error
            status = .error
            return -1
        }
        if count == 0 {
            if !utf8.finish() {
                error = PrologCheck.Problem.invalidUTF8
                status = .error
                return -1
            }
            status = .atEnd
            return 0
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
