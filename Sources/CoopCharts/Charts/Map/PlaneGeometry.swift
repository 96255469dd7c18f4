import Foundation

/// A point of a map's plane: `x` grows to the east and `y` to the north, in any unit as long as both axes
/// share it (projected metres, or degrees of a projection the caller chose). The chart fits the plane to
/// the page without distorting it.
public struct MapPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    /// Creates a point of the plane.
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A rectangle of the map's plane.
public struct MapExtent: Sendable, Hashable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    /// The extent of `points`; nil for none.
    public init?(_ points: some Sequence<MapPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var extent = MapExtent(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        while let point = iterator.next() { extent.include(point) }
        self = extent
    }

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    mutating func include(_ point: MapPoint) {
        minX = min(minX, point.x); maxX = max(maxX, point.x)
        minY = min(minY, point.y); maxY = max(maxY, point.y)
    }

    func union(_ other: MapExtent) -> MapExtent {
        MapExtent(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// The extent grown by `fraction` of its larger side on every side.
    func padded(by fraction: Double) -> MapExtent {
        let pad = max(width, height) * fraction
        return MapExtent(minX: minX - pad, minY: minY - pad, maxX: maxX + pad, maxY: maxY + pad)
    }
}

/// How the plane lands on the page: a uniform scale, north up.
struct PlaneToPage {
    var extent: MapExtent
    /// Page points per plane unit.
    var scale: Double
    /// Where the extent's north-west corner lands.
    var origin: Point

    /// The largest placement of `extent` inside `box`, centred in it (or set against its top left when `leading`).
    init(fitting extent: MapExtent, into box: Rect, leading: Bool = false) {
        self.extent = extent
        let sx = extent.width > 0 ? box.width / extent.width : .infinity
        let sy = extent.height > 0 ? box.height / extent.height : .infinity
        var s = min(sx, sy)
        if !s.isFinite || s <= 0 { s = 1 }
        scale = s
        let drawnWidth = extent.width * s, drawnHeight = extent.height * s
        // Against the top (and the left when `leading`): what is left over gathers in one place, for a legend or a list.
        origin = Point(x: leading ? box.minX : box.minX + (box.width - drawnWidth) / 2, y: leading ? box.minY : box.minY + (box.height - drawnHeight) / 2)
    }

    /// The scale at which `extent` fills `box`.
    static func scale(of extent: MapExtent, in box: Rect) -> Double {
        let sx = extent.width > 0 ? box.width / extent.width : .infinity
        let sy = extent.height > 0 ? box.height / extent.height : .infinity
        let s = min(sx, sy)
        return s.isFinite ? s : 1
    }

    func page(_ point: MapPoint) -> Point {
        Point(x: origin.x + (point.x - extent.minX) * scale, y: origin.y + (extent.maxY - point.y) * scale)
    }

    /// The rectangle the extent covers on the page.
    var box: Rect { Rect(x: origin.x, y: origin.y, width: extent.width * scale, height: extent.height * scale) }
}

/// Planar geometry on page points: containment, a label's best point, clipping, hatching inside a shape.
enum PageGeometry {
    /// Whether `point` lies inside the rings (even–odd: a hole's ring takes it out again).
    static func contains(_ rings: [[Point]], _ point: Point) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i], b = ring[j]
                if (a.y > point.y) != (b.y > point.y) {
                    let x = a.x + (point.y - a.y) / (b.y - a.y) * (b.x - a.x)
                    if point.x < x { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }

    /// The signed distance from `point` to the rings' edges: positive inside, negative outside.
    static func signedDistance(_ rings: [[Point]], _ point: Point) -> Double {
        // Squared distances while searching, one square root at the end: this runs for every cell of a label search.
        var best = Double.infinity
        for ring in rings where ring.count > 1 {
            var j = ring.count - 1
            for i in ring.indices {
                best = min(best, squaredSegmentDistance(point, ring[j], ring[i]))
                j = i
            }
        }
        return contains(rings, point) ? best.squareRoot() : -best.squareRoot()
    }

    static func squaredSegmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        var t = length > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length : 0
        t = min(max(t, 0), 1)
        let ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy)
        return ex * ex + ey * ey
    }

    static func bounds(_ rings: [[Point]]) -> Rect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for ring in rings {
            for p in ring {
                minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
        }
        guard minX <= maxX, minY <= maxY else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The area enclosed by a ring (absolute, in square points).
    static func area(_ ring: [Point]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        var j = ring.count - 1
        for i in ring.indices {
            sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y)
            j = i
        }
        return abs(sum) / 2
    }

    /// The point of the polygon farthest from its edges (its "pole of inaccessibility"), where a label has
    /// the most room: a coarse-to-fine search over square cells, as in Mapbox's polylabel. `precision` in points.
    static func poleOfInaccessibility(_ rings: [[Point]], precision: Double = 0.5) -> (point: Point, distance: Double)? {
        guard let box = bounds(rings), box.width > 0 || box.height > 0 else { return nil }
        struct Cell {
            var center: Point
            var half: Double
            var distance: Double
            var potential: Double { distance + half * 2.squareRoot() }
        }
        func cell(_ center: Point, _ half: Double) -> Cell { Cell(center: center, half: half, distance: signedDistance(rings, center)) }
        let size = max(box.width, box.height)
        var half = size / 2
        var queue: [Cell] = []
        // Start from cells covering the box, at most 16 a side, and from the box's centre.
        let start = min(box.width, box.height) > 0 ? min(box.width, box.height) : size
        half = max(start / 2, size / 32)
        var y = box.minY
        while y < box.maxY {
            var x = box.minX
            while x < box.maxX {
                queue.append(cell(Point(x: x + half, y: y + half), half))
                x += half * 2
            }
            y += half * 2
        }
        var best = cell(Point(x: box.minX + box.width / 2, y: box.minY + box.height / 2), 0)
        for candidate in queue where candidate.distance > best.distance { best = candidate }
        var steps = 0
        while !queue.isEmpty && steps < 1500 {
            steps += 1
            // Take the most promising cell.
            var pick = 0
            for index in queue.indices where queue[index].potential > queue[pick].potential { pick = index }
            let current = queue.remove(at: pick)
            if current.distance > best.distance { best = current }
            if current.potential - best.distance <= precision { continue }
            let h = current.half / 2
            for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
                queue.append(cell(Point(x: current.center.x + dx, y: current.center.y + dy), h))
            }
        }
        return (best.center, best.distance)
    }

    /// A polygon clipped to `rect` (Sutherland–Hodgman): fine for filling, the seams along the edge are the rectangle's.
    static func clip(_ ring: [Point], to rect: Rect) -> [Point] {
        var output = ring
        let edges: [(Point) -> Bool] = [{ $0.x >= rect.minX }, { $0.x <= rect.maxX }, { $0.y >= rect.minY }, { $0.y <= rect.maxY }]
        let crossings: [(Point, Point) -> Point] = [
            { a, b in Point(x: rect.minX, y: a.y + (b.y - a.y) * (rect.minX - a.x) / (b.x - a.x)) },
            { a, b in Point(x: rect.maxX, y: a.y + (b.y - a.y) * (rect.maxX - a.x) / (b.x - a.x)) },
            { a, b in Point(x: a.x + (b.x - a.x) * (rect.minY - a.y) / (b.y - a.y), y: rect.minY) },
            { a, b in Point(x: a.x + (b.x - a.x) * (rect.maxY - a.y) / (b.y - a.y), y: rect.maxY) },
        ]
        for (inside, cross) in zip(edges, crossings) {
            guard !output.isEmpty else { break }
            let input = output
            output = []
            var previous = input[input.count - 1]
            for current in input {
                if inside(current) {
                    if !inside(previous) { output.append(cross(previous, current)) }
                    output.append(current)
                } else if inside(previous) {
                    output.append(cross(previous, current))
                }
                previous = current
            }
        }
        return output
    }

    /// The parts of a polyline inside `rect` (Liang–Barsky on each segment, consecutive pieces joined).
    static func clip(polyline: [Point], to rect: Rect) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        for index in polyline.indices.dropFirst() {
            let a = polyline[index - 1], b = polyline[index]
            guard let (p, q) = clipSegment(a, b, rect) else {
                if current.count > 1 { pieces.append(current) }
                current = []
                continue
            }
            if current.isEmpty || current.last != p {
                if current.count > 1 { pieces.append(current) }
                current = [p]
            }
            current.append(q)
            if q != b {
                pieces.append(current)
                current = []
            }
        }
        if current.count > 1 { pieces.append(current) }
        return pieces
    }

    static func clipSegment(_ a: Point, _ b: Point, _ rect: Rect) -> (Point, Point)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil } else if r > t0 { t0 = r } } else { if r < t0 { return nil } else if r < t1 { t1 = r } }
            }
        }
        let p = t0 == 0 ? a : Point(x: a.x + t0 * dx, y: a.y + t0 * dy)
        let q = t1 == 1 ? b : Point(x: a.x + t1 * dx, y: a.y + t1 * dy)
        return (p, q)
    }

    /// The direction of hatching lines.
    enum HatchDirection { case rising, horizontal }

    /// Parallel lines `spacing` apart (at 45° rising to the right, or level) inside the rings, computed as
    /// segments so every backend draws the same hatching without clipping paths.
    static func hatch(_ rings: [[Point]], spacing: Double, direction: HatchDirection = .rising) -> [(Point, Point)] {
        guard let box = bounds(rings), spacing > 0 else { return [] }
        let rising = direction == .rising
        // Lines u = const, where u = x + y (rising at 45°) or y (level); crossings are found along x.
        func u(_ p: Point) -> Double { rising ? p.x + p.y : p.y }
        let corners = [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.minX, y: box.maxY), Point(x: box.maxX, y: box.maxY)]
        let low = corners.map(u).min()!, high = corners.map(u).max()!
        let step = rising ? spacing * 2.squareRoot() : spacing
        var segments: [(Point, Point)] = []
        var c = (low / step).rounded(.down) * step + step / 2
        while c < high {
            // Crossings of the line u = c with every edge, as x positions.
            var xs: [Double] = []
            for ring in rings where ring.count > 2 {
                var j = ring.count - 1
                for i in ring.indices {
                    let a = ring[j], b = ring[i]
                    let ua = u(a) - c, ub = u(b) - c
                    if (ua > 0) != (ub > 0) {
                        let t = ua / (ua - ub)
                        xs.append(a.x + t * (b.x - a.x))
                    }
                    j = i
                }
            }
            xs.sort()
            var k = 0
            while k + 1 < xs.count {
                let x0 = xs[k], x1 = xs[k + 1]
                let y0 = rising ? c - x0 : c, y1 = rising ? c - x1 : c
                segments.append((Point(x: x0, y: y0), Point(x: x1, y: y1)))
                k += 2
            }
            c += step
        }
        return segments
    }
}
