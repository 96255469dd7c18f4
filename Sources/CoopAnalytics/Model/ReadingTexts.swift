/// The texts of one reading (indicator ids, file names, units, sources, notes), each kept once and named
/// by a 32-bit number, so an `Observation` holds numbers rather than strings: a million figures share a
/// handful of texts. A table belongs to what was read with it: every observation holds a reference to
/// its table, so the texts go when the last figure of that reading goes (a server that reads uploads for
/// weeks keeps no text of a dataset it has dropped).
///
/// A table is written only by the reading that made it, before any of its observations is handed on;
/// after that it is only read, from any thread, which is why it needs no lock.
public final class ReadingTexts: @unchecked Sendable {
    public typealias ID = UInt32

    /// The number of no text (a nil unit, source or note).
    public static let none: ID = 0

    private var texts: [String] = [""]
    private var numbers: [String: ID] = [:]
    /// The UTF-8 bytes of every text kept, for a memory budget.
    public private(set) var byteCount = 0

    public init() {}

    /// The number of `text`, keeping it on first use. Only the table's reading calls this.
    public func id(_ text: String) -> ID {
        if let known = numbers[text] { return known }
        let number = ID(texts.count)
        texts.append(text)
        numbers[text] = number
        // The text itself, and the table's two references to it (array slot, dictionary entry).
        byteCount += text.utf8.count + 48
        return number
    }

    /// The number of an optional text: `none` for nil.
    public func id(_ text: String?) -> ID {
        text.map { id($0) } ?? Self.none
    }

    /// The text of a number handed out by `id`.
    public func text(_ number: ID) -> String { texts[Int(number)] }

    /// The text of a number, nil for `none`.
    public func optionalText(_ number: ID) -> String? {
        number == Self.none ? nil : texts[Int(number)]
    }

    /// How many texts the table keeps.
    public var count: Int { texts.count - 1 }
}

/// The reader's name for the table of its texts.
typealias InternedText = ReadingTexts
