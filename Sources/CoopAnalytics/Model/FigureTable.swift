/// Where each figure sits, by (province, period, indicator): a small hash from (period, indicator)
/// to a block with one slot per registry entry. Rows of a file usually share their period and
/// indicator with their neighbours, so most lookups touch one block already in cache.
struct FigureTable: Sendable {
    private var groups = FigureIndex()
    private var slots: [Int32] = []
    private let width: Int
    private var lastGroup = UInt64.max
    private var lastBlock = 0

    init(provinces: Int) { width = max(1, provinces) }

    /// The position stored for the figure, or nil.
    func position(province: Int, group: UInt64) -> Int? {
        guard province >= 0, province < width, let block = groups[group] else { return nil }
        let stored = slots[block * width + province]
        return stored < 0 ? nil : Int(stored)
    }

    /// Stores `position` unless the figure is there already; returns the existing position when it is.
    mutating func insert(province: Int, group: UInt64, position: Int) -> Int? {
        let block: Int
        if group == lastGroup {
            block = lastBlock
        } else {
            let next = slots.count / width
            if let existing = groups.insert(group, position: next) {
                block = existing
            } else {
                block = next
                slots.append(contentsOf: repeatElement(-1, count: width))
            }
            lastGroup = group
            lastBlock = block
        }
        let slot = block * width + province
        let stored = slots[slot]
        if stored >= 0 { return Int(stored) }
        slots[slot] = Int32(truncatingIfNeeded: position)
        return nil
    }
}
