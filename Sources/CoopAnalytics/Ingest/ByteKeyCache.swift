/// A hash table keyed by byte sequences, so that the reader resolves a province, an indicator or a
/// period once per distinct spelling instead of building a `String` for every field of every row.
///
/// Keys live in one flat arena; lookups hash the bytes in place (FNV-1a) and compare with `memcmp`-like
/// loops, so a hit allocates nothing.
struct ByteKeyCache<Value> {
    private var arena: [UInt8] = []
    private var slots: [Int32]
    private var entries: [(hash: UInt64, start: Int, count: Int)] = []
    private var values: [Value] = []
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { entries.count }

    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entryIndex = Int(slots[slot])
            if entryIndex < 0 { return nil }
            let entry = entries[entryIndex]
            if entry.hash == hash && entry.count == key.count && matches(entry.start, key) { return values[entryIndex] }
            slot = (slot + 1) & mask
        }
    }

    /// Looks up the key made of `first`, a 0x1F separator and `second`, without building it.
    func value(for first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.finish(Self.fold(Self.fold(Self.fold(Self.seed, first), 0x1F), second))
        let length = first.count + 1 + second.count
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entryIndex = Int(slots[slot])
            if entryIndex < 0 { return nil }
            let entry = entries[entryIndex]
            if entry.hash == hash && entry.count == length && arena.withUnsafeBufferPointer({ stored in
                var index = entry.start
                for byte in first { if stored[index] != byte { return false }; index += 1 }
                if stored[index] != 0x1F { return false }
                index += 1
                for byte in second { if stored[index] != byte { return false }; index += 1 }
                return true
            }) { return values[entryIndex] }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash && entry.count == key.count && matches(entry.start, key) {
                values[Int(slots[slot])] = value
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(entries.count)
        entries.append((hash, arena.count, key.count))
        values.append(value)
        arena.append(contentsOf: key)
    }

    private func matches(_ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            var index = 0
            while index < key.count {
                if stored[start + index] != key[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    private static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 { finish(fold(seed, key)) }

    private static func fold(_ start: UInt64, _ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = start
        for byte in key {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func fold(_ start: UInt64, _ byte: UInt8) -> UInt64 {
        (start ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    private static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }
}
