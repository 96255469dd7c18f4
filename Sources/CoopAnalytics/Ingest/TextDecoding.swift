import CoopFormatting
import Foundation
/// Turns a file's bytes into UTF-8 text for the CSV reader, or says plainly why it can't.
///
/// UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM (Excel's "Unicode text") are read.
/// Windows-1258 and TCVN3 (the old ".Vn" font encoding) are recognised and refused with the way to
/// convert them; workbooks and other binary files are refused as not a text table. Nothing is ever
/// decoded into garbage.
public enum TextDecoding {
    public static func utf8Text(from bytes: [UInt8], file: String) throws -> [UInt8] {
        if bytes.isEmpty { throw FileWords.error(file: file, line: 1) { $0.emptyDataFile } }
        if bytes.starts(with: UTF8.byteOrderMark) { return try validated(Array(bytes.dropFirst(3)), file: file) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw FileWords.error(file: file, line: 1) { $0.utf32 }
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try fromUTF16(bytes.dropFirst(2), littleEndian: true, file: file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try fromUTF16(bytes.dropFirst(2), littleEndian: false, file: file) }
        if let kind = BinaryKind(recognising: bytes) {
            throw FileWords.error(file: file, line: 1) { $0.notATextTable(kind) }
        }
        return try validated(bytes, file: file)
    }

    private static func validated(_ bytes: [UInt8], file: String) throws -> [UInt8] {
        if bytes.isEmpty { throw FileWords.error(file: file, line: 1) { $0.emptyDataFile } }
        let problem = bytes.withUnsafeBufferPointer(firstProblemInHalves)
        guard let problem else { return bytes }
        let line = bytes[..<problem.offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        throw encodingError(problem.kind, sample: bytes, line: line, file: file)
    }

    /// What a text problem means for the user: binary data, a legacy Vietnamese encoding (guessed
    /// from `sample`) with the way to convert it, or text that is simply not UTF-8.
    static func encodingError(_ kind: ProblemKind, sample: [UInt8], line: Int, file: String) -> InputError {
        switch kind {
        case .control:
            return FileWords.error(file: file, line: line) { $0.binaryData }
        case .invalidUTF8:
            switch LegacyEncoding.guess(sample) {
            case .windows1258: return FileWords.error(file: file, line: line) { $0.windows1258(file) }
            case .tcvn3: return FileWords.error(file: file, line: line) { $0.tcvn3(file) }
            case .unknown: return FileWords.error(file: file, line: line) { $0.notUTF8 }
            }
        }
    }

    enum ProblemKind { case invalidUTF8, control }

    /// Whether eight bytes are all ASCII and none is a control byte other than tab, LF, FF or CR.
    /// (Lane-exact bit tricks: no carry crosses a byte once the high bits are known clear.)
    @inline(__always)
    private static func isPlainText(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        guard word & high == 0 else { return false }
        let control = ~(word &+ 0x6060_6060_6060_6060) & high
        if control == 0 { return true }
        func lanes(equalTo byte: UInt64) -> UInt64 {
            let difference = word ^ (byte &* 0x0101_0101_0101_0101)
            return ~(((difference & low) &+ low) | difference) & high
        }
        let allowed = lanes(equalTo: 0x09) | lanes(equalTo: 0x0A) | lanes(equalTo: 0x0C) | lanes(equalTo: 0x0D)
        return control & ~allowed == 0
    }

    /// `firstProblem` over a large text, its two halves checked on two cores. The halves meet at a
    /// byte that starts a character, so the first problem found is the one a single pass finds.
    static func firstProblemInHalves(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, kind: ProblemKind)? {
        var middle = bytes.count / 2
        let limit = middle + 4
        while middle < limit && middle < bytes.count && bytes[middle] & 0xC0 == 0x80 { middle += 1 }
        guard bytes.count >= 1 << 22, middle < limit, ProcessInfo.processInfo.activeProcessorCount > 1 else { return firstProblem(bytes) }
        let halves = [UnsafeBufferPointer(rebasing: bytes[..<middle]), UnsafeBufferPointer(rebasing: bytes[middle...])]
        let found = UnsafeMutableBufferPointer<(offset: Int, kind: ProblemKind)?>.allocate(capacity: 2)
        defer { found.deallocate() }
        found.initialize(repeating: nil)
        let shared = UnsafeSendable((halves, found))
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            shared.body.1[half] = firstProblem(shared.body.0[half])
        }
        if let first = found[0] { return first }
        return found[1].map { ($0.offset + middle, $0.kind) }
    }

    /// The first byte that is neither valid UTF-8 nor text (NUL and control codes other than tab, CR, LF, FF).
    static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, kind: ProblemKind)? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            // ASCII text without control bytes other than tab, LF, FF and CR (most of a CSV file),
            // eight bytes at a time, four words per step.
            while index + 32 <= count {
                let raw = UnsafeRawPointer(base + index)
                guard isPlainText(raw.loadUnaligned(as: UInt64.self)), isPlainText(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                    isPlainText(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
                    isPlainText(raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                else { break }
                index += 32
            }
            if index == count { break }
            if index + 8 <= count, isPlainText(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { return (index, .control) }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: return (index, .invalidUTF8)
            }
            guard index + length <= count else { return (index, .invalidUTF8) }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return (index, .invalidUTF8) }
                scalar = (scalar << 6) | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return (index, .invalidUTF8) }
            index += length
        }
        return nil
    }

    private static func fromUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool, file: String) throws -> [UInt8] {
        guard body.count % 2 == 0 else {
            // The stray byte is at the very end: report the file's last line.
            let newline: (UInt8, UInt8) = littleEndian ? (0x0A, 0x00) : (0x00, 0x0A)
            var line = 1
            var index = body.startIndex
            while index + 1 < body.endIndex {
                if (body[index], body[index + 1]) == newline { line += 1 }
                index += 2
            }
            throw FileWords.error(file: file, line: line) { $0.utf16OddLength }
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1
        let hadError = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { unit in
            if unit == 0x0A { line += 1 }
            out.append(unit)
        }
        if hadError {
            throw FileWords.error(file: file, line: line) { $0.utf16BrokenPair }
        }
        return try validated(out, file: file)
    }
}

/// Files people pass by mistake, recognised by their first bytes.
enum BinaryKind: Sendable {
    case zippedWorkbook, legacyWorkbook, pdf, utf16WithoutBOM

    init?(recognising bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { self = .zippedWorkbook; return }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { self = .legacyWorkbook; return }
        if bytes.starts(with: Array("%PDF".utf8)) { self = .pdf; return }
        // UTF-16 without a byte-order mark: every other byte of ASCII text is NUL.
        let head = Array(bytes.prefix(64))
        if head.count >= 8 {
            let pairs = head.count / 2
            let evenZeros = (0..<pairs).filter { head[2 * $0] == 0 }.count
            let oddZeros = (0..<pairs).filter { head[2 * $0 + 1] == 0 }.count
            if (evenZeros == 0 && oddZeros * 2 >= pairs) || (oddZeros == 0 && evenZeros * 2 >= pairs) {
                self = .utf16WithoutBOM
                return
            }
        }
        return nil
    }
}
