/// An open-addressing hash table from a packed figure key to its position: the duplicate check of
/// every row goes through it, so it avoids the general `Hasher` (SipHash) for a multiplicative hash.
struct FigureIndex: Sendable {
    private var keys: [UInt64]
    private var positions: [Int32]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    /// Empty slots hold this key; real keys never set the top bit.
    private static let empty = UInt64.max

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        positions = Array(repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    subscript(key: UInt64) -> Int? {
        var slot = Self.slot(key, shift)
        while true {
            let stored = keys[slot]
            if stored == key { return Int(positions[slot]) }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts `key` unless present; returns the existing position when it was.
    mutating func insert(_ key: UInt64, position: Int) -> Int? {
        if (count + 1) * 2 > keys.count { grow(to: keys.count * 2) }
        var slot = Self.slot(key, shift)
        while true {
            let stored = keys[slot]
            if stored == key { return Int(positions[slot]) }
            if stored == Self.empty {
                keys[slot] = key
                positions[slot] = Int32(truncatingIfNeeded: position)
                count += 1
                return nil
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        var size = keys.count
        while size < capacity * 2 { size <<= 1 }
        if size > keys.count { grow(to: size) }
    }

    private mutating func grow(to size: Int) {
        let oldKeys = keys, oldPositions = positions
        keys = Array(repeating: Self.empty, count: size)
        positions = Array(repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for index in oldKeys.indices where oldKeys[index] != Self.empty {
            var slot = Self.slot(oldKeys[index], shift)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            positions[slot] = oldPositions[index]
        }
    }

    /// Fibonacci hashing: the top bits of the product depend on every bit of the key.
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
