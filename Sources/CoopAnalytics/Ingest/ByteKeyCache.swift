#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table keyed by byte sequences, so that the reader resolves a province, an indicator or a
/// period once per distinct spelling instead of building a `String` for every field of every row.
///
/// Keys live in one flat arena; lookups hash the bytes in place, eight at a time, and compare with
/// `memcmp`, so a hit allocates nothing.
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
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return arena.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + start, base, key.count) == 0 }
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

    /// A multiplicative hash over eight-byte words (the keys are short cells, not adversarial input:
    /// a collision only costs a comparison).
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: key.count) &* multiplier
        guard let base = key.baseAddress else { return hash }
        var index = 0
        while index + 8 <= key.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        if index < key.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while index < key.count {
                word |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
        }
        return hash ^ (hash >> 32)
    }
}
