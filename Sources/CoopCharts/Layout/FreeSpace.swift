/// Which parts of a rectangle are taken (land drawn on a map, a legend, a list), on a grid of small square
/// cells, so a layout can find room for a block where nothing is drawn yet: a map's legend in the sea, its
/// list beside the land. A summed-area table answers "is this block free?" in constant time.
struct FreeSpace {
    let area: Rect
    let cell: Double
    let columns: Int
    let rows: Int
    private var taken: [Bool]
    private var sums: [Int] = []
    private var sumsAreCurrent = false

    /// A grid over `area` with cells about `cell` points a side (at most about 40.000 cells: the table of sums is
    /// rebuilt after each block taken, so its size is paid once per block).
    init(area: Rect, cell: Double) {
        self.area = area
        let size = max(cell, (area.width * area.height / 40_000).squareRoot(), 0.5)
        self.cell = size
        columns = max(1, Int((area.width / size).rounded(.up)))
        rows = max(1, Int((area.height / size).rounded(.up)))
        taken = Array(repeating: false, count: columns * rows)
    }

    private func column(_ x: Double) -> Int { min(columns - 1, max(0, Int(((x - area.minX) / cell).rounded(.down)))) }
    private func row(_ y: Double) -> Int { min(rows - 1, max(0, Int(((y - area.minY) / cell).rounded(.down)))) }

    /// Marks every cell that `rect` touches as taken (grown by `margin` points).
    mutating func take(_ rect: Rect, margin: Double = 0) {
        let r = Rect(x: rect.minX - margin, y: rect.minY - margin, width: rect.width + 2 * margin, height: rect.height + 2 * margin)
        guard r.maxX >= area.minX, r.minX <= area.maxX, r.maxY >= area.minY, r.minY <= area.maxY else { return }
        for j in row(r.minY)...row(r.maxY) {
            for i in column(r.minX)...column(r.maxX) { taken[j * columns + i] = true }
        }
        sumsAreCurrent = false
    }

    /// Marks the cells inside `rings` (even–odd) and those its edges cross.
    mutating func take(rings: [[Point]], margin: Double = 0) {
        guard let box = PageGeometry.bounds(rings) else { return }
        if box.width < cell * 2 || box.height < cell * 2 {
            take(box, margin: margin)
            return
        }
        // Cells whose centre is inside.
        let firstRow = row(box.minY), lastRow = row(box.maxY)
        for j in firstRow...lastRow {
            let y = area.minY + (Double(j) + 0.5) * cell
            var xs: [Double] = []
            for ring in rings where ring.count > 2 {
                var k = ring.count - 1
                for i in ring.indices {
                    let a = ring[k], b = ring[i]
                    if (a.y > y) != (b.y > y) { xs.append(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x)) }
                    k = i
                }
            }
            xs.sort()
            var index = 0
            while index + 1 < xs.count {
                let from = column(xs[index] - margin), to = column(xs[index + 1] + margin)
                if from <= to { for i in from...to { taken[j * columns + i] = true } }
                index += 2
            }
        }
        // Cells the outline passes through, so thin shapes are not missed between cell centres.
        for ring in rings {
            for p in ring { take(Rect(x: p.x, y: p.y, width: 0, height: 0), margin: margin) }
        }
        sumsAreCurrent = false
    }

    private mutating func updateSums() {
        guard !sumsAreCurrent else { return }
        let width = columns + 1
        sums = Array(repeating: 0, count: width * (rows + 1))
        for j in 0..<rows {
            var rowSum = 0
            for i in 0..<columns {
                rowSum += taken[j * columns + i] ? 1 : 0
                sums[(j + 1) * width + i + 1] = sums[j * width + i + 1] + rowSum
            }
        }
        sumsAreCurrent = true
    }

    /// Taken cells in columns `i0..<i1`, rows `j0..<j1`.
    private func count(_ i0: Int, _ j0: Int, _ i1: Int, _ j1: Int) -> Int {
        let width = columns + 1
        return sums[j1 * width + i1] - sums[j0 * width + i1] - sums[j1 * width + i0] + sums[j0 * width + i0]
    }

    /// Whether `rect` lies inside the area and touches no taken cell.
    mutating func isFree(_ rect: Rect) -> Bool {
        guard area.contains(rect, tolerance: 0.01) else { return false }
        updateSums()
        let i0 = column(rect.minX), j0 = row(rect.minY)
        let i1 = min(columns, column(rect.maxX - 0.001) + 1), j1 = min(rows, row(rect.maxY - 0.001) + 1)
        guard i1 > i0, j1 > j0 else { return true }
        return count(i0, j0, i1, j1) == 0
    }

    /// A free place for a block of `size`, inside `within` (default: the whole area), the one nearest
    /// `preferred` (a point the block's nearest corner or edge should come close to); nil when there is none.
    mutating func place(_ size: Size, near preferred: Point, within: Rect? = nil) -> Rect? {
        let bounds = within.map { $0.intersection(area) ?? Rect(x: 0, y: 0, width: 0, height: 0) } ?? area
        guard size.width <= bounds.width + 0.01, size.height <= bounds.height + 0.01 else { return nil }
        updateSums()
        var best: (rect: Rect, distance: Double)?
        // Candidate positions: every cell edge, plus flush against the far sides of the bounds.
        var xs = Array(stride(from: bounds.minX, through: bounds.maxX - size.width, by: cell))
        xs.append(bounds.maxX - size.width)
        var ys = Array(stride(from: bounds.minY, through: bounds.maxY - size.height, by: cell))
        ys.append(bounds.maxY - size.height)
        for y in ys {
            for x in xs {
                let rect = Rect(x: x, y: y, width: size.width, height: size.height)
                let dx = max(rect.minX - preferred.x, 0, preferred.x - rect.maxX)
                let dy = max(rect.minY - preferred.y, 0, preferred.y - rect.maxY)
                let distance = dx * dx + dy * dy
                if let best, best.distance <= distance { continue }
                if isFree(rect) { best = (rect, distance) }
            }
        }
        return best?.rect
    }
}
