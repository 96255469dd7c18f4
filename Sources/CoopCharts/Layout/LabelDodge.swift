/// Moves labels apart along one axis (line end labels, bump chart names): keeps as many as fit,
/// choosing by priority (the extremes first), then pushes overlapping neighbours apart within bounds.
enum LabelDodge {
    /// Positions (centre) for the kept labels, keyed by their index in `targets`.
    static func place(targets: [Double], priorities: [Double], height: Double, low: Double, high: Double) -> [Int: Double] {
        guard height > 0, high > low, !targets.isEmpty else { return [:] }
        let capacity = max(0, Int((high - low) / height))
        let kept = targets.indices.sorted { (priorities[$0], -$0) > (priorities[$1], -$1) }.prefix(capacity)
        var order = kept.sorted { (targets[$0], $0) < (targets[$1], $1) }
        guard !order.isEmpty else { return [:] }
        var positions = order.map { min(max(targets[$0], low + height / 2), high - height / 2) }
        for _ in 0..<3 {
            for i in 1..<max(positions.count, 1) where i < positions.count { positions[i] = max(positions[i], positions[i - 1] + height) }
            positions[positions.count - 1] = min(positions[positions.count - 1], high - height / 2)
            for i in Swift.stride(from: positions.count - 2, through: 0, by: -1) { positions[i] = min(positions[i], positions[i + 1] - height) }
            positions[0] = max(positions[0], low + height / 2)
        }
        var result: [Int: Double] = [:]
        order = Array(order)
        for (slot, index) in order.enumerated() { result[index] = positions[slot] }
        return result
    }

    /// Priority by distance from the median: the highest and lowest labels survive first.
    static func extremesFirst(_ values: [Double]) -> [Double] {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return [] }
        let median = sorted[sorted.count / 2]
        return values.map { abs($0 - median) }
    }
}
