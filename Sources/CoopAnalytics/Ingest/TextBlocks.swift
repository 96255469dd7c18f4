import CoopFormatting

/// A text file handed to the CSV reader block by block, so that memory stays flat however large the
/// file is: UTF-8 (a byte-order mark is skipped) is checked block by block, a character cut by a
/// block's end waits for the next block, and the first problem gets the same message, at the same
/// line, as `TextDecoding` gives for a whole file. UTF-16 files (Excel's "Unicode text") are
/// converted whole, as `TextDecoding` does: they are rare and small.
final class TextBlocks {
    private let file: FileBytes
    private let path: String
    private let blockSize: Int
    /// One block plus room for a character carried over from the previous one.
    private let storage: UnsafeMutablePointer<UInt8>
    private var start = 0
    private var count = 0
    /// Bytes of a character cut by the end of the previous block (at most 3).
    private var carried: [UInt8] = []
    /// A whole converted UTF-16 file, handed over in one piece.
    private var converted: [UInt8]?
    private var linesBefore = 0
    /// The last read reached the end of the file: nothing more can complete a cut character.
    private var atEnd = false
    private var begun = false
    /// The first block (read early by `head`) has been handed out.
    private var handedFirst = false
    private var finished = false

    /// Opens `path` (also the name errors give).
    init(path: String, blockSize: Int = 1 << 20) throws {
        self.path = path
        self.blockSize = blockSize
        do {
            file = try FileBytes(path: path)
        } catch {
            throw FileWords.error(file: path) { $0.cannotReadCSV(FileWords.Unreadable(path: path)) }
        }
        storage = .allocate(capacity: blockSize + 4)
    }

    deinit { storage.deallocate() }

    /// The first block's text, for detecting the delimiter before parsing starts.
    func head() throws -> [UInt8] {
        try begin()
        if let converted { return Array(converted.prefix(blockSize)) }
        return Array(UnsafeBufferPointer(start: storage + start, count: count))
    }

    /// The next block of checked UTF-8, or nil at the end. Valid until the next call.
    func next() throws -> UnsafeBufferPointer<UInt8>? {
        if finished { return nil }
        if !handedFirst {
            try begin()
            handedFirst = true
        } else if converted == nil {
            try readBlock()
        }
        if let converted {
            finished = true
            return converted.withUnsafeBufferPointer { $0.isEmpty ? nil : $0 }
        }
        if count == 0 {
            finished = true
            return nil
        }
        return UnsafeBufferPointer(start: storage + start, count: count)
    }

    private func begin() throws {
        guard !begun else { return }
        begun = true
        try fill()
        if count == 0 {
            throw FileWords.error(file: path, line: 1) { $0.emptyFile }
        }
        let first = Array(UnsafeBufferPointer(start: storage, count: min(count, 64)))
        if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) {
            var whole = Array(UnsafeBufferPointer(start: storage, count: count))
            while try fill() > 0 { whole.append(contentsOf: UnsafeBufferPointer(start: storage, count: count)) }
            converted = try TextDecoding.utf8Text(from: whole, file: path)
            return
        }
        if let kind = BinaryKind(recognising: first) {
            throw FileWords.error(file: path, line: 1) { $0.notATextTable(kind) }
        }
        if first.starts(with: UTF8.byteOrderMark) {
            start = 3
            count -= 3
        }
        try check()
    }

    private func readBlock() throws {
        linesBefore += newlines(UnsafeBufferPointer(start: storage + start, count: count))
        try fill()
        if count > 0 { try check() }
    }

    /// Puts the carried bytes, then the next block, in the storage; returns how many bytes were read.
    @discardableResult
    private func fill() throws -> Int {
        for (index, byte) in carried.enumerated() { storage[index] = byte }
        let kept = carried.count
        carried.removeAll(keepingCapacity: true)
        let got: Int
        do { got = try file.read(into: storage + kept, count: blockSize) } catch {
            throw FileWords.error(file: path) { $0.readingFailed(error) }
        }
        start = 0
        count = kept + got
        atEnd = got == 0
        return got
    }

    /// Checks the block, keeping back a character its end cuts (the next block completes it).
    private func check() throws {
        let block = UnsafeBufferPointer(start: storage + start, count: count)
        var end = block.count
        var back = 0
        while back < 3 && end > 0 && block[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if !atEnd && end > 0 && block[end - 1] >= 0xC0 {
            let lead = block[end - 1]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if back + 1 < length {
                carried = Array(block[(end - 1)...])
                count -= back + 1
            }
        }
        let checked = UnsafeBufferPointer(start: storage + start, count: count)
        if let problem = TextDecoding.firstProblem(checked) {
            let line = linesBefore + 1 + newlines(UnsafeBufferPointer(rebasing: checked[..<problem.offset]))
            throw TextDecoding.encodingError(problem.kind, sample: Array(checked), line: line, file: path)
        }
    }
}
