import Foundation

/// Texts that many figures share (indicator ids, file names, units, sources, notes), stored once per
/// process and named by a 32-bit number, so an `Observation` holds no references: copying one costs no
/// reference counting, and a million of them are one flat block of memory.
///
/// Interning takes a lock; reading does not. Entries live in fixed chunks that never move or change
/// once written, and a number is only handed out after its entry is written, so any thread that was
/// given a number (inside an `Observation` passed to it) reads a complete entry.
/// Texts are never freed: a process sees few distinct ones (a file name, a handful of sources).
enum InternedText {
    typealias ID = UInt32

    /// The number of no text (a nil unit, source or note).
    static let none: ID = 0

    private static let chunkSize = 4096
    private static let maximumChunks = 65_536

    private nonisolated(unsafe) static let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?> = {
        let directory = UnsafeMutablePointer<UnsafeMutablePointer<String>?>.allocate(capacity: maximumChunks)
        directory.initialize(repeating: nil, count: maximumChunks)
        return directory
    }()

    private static let lock = NSLock()
    private nonisolated(unsafe) static var numbers: [String: ID] = [:]
    /// The next number to hand out; 0 is `none`.
    private nonisolated(unsafe) static var next: Int = 1

    /// The number of `text`, interning it on first use.
    static func id(_ text: String) -> ID {
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[text] { return known }
        let number = next
        precondition(number < chunkSize * maximumChunks, "more distinct texts than coopchart can keep")
        let chunk = number / chunkSize
        if chunks[chunk] == nil {
            let storage = UnsafeMutablePointer<String>.allocate(capacity: chunkSize)
            chunks[chunk] = storage
        }
        (chunks[chunk]! + number % chunkSize).initialize(to: text)
        next += 1
        numbers[text] = ID(number)
        return ID(number)
    }

    /// The number of an optional text: `none` for nil.
    static func id(_ text: String?) -> ID {
        text.map { id($0) } ?? none
    }

    /// The text of a number handed out by `id`.
    static func text(_ number: ID) -> String {
        let index = Int(number)
        return chunks[index / chunkSize]![index % chunkSize]
    }

    /// The text of a number, nil for `none`.
    static func optionalText(_ number: ID) -> String? {
        number == none ? nil : text(number)
    }
}
