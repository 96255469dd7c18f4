/// Lines of the map's plane with the points a reader cannot see left out (Douglas–Peucker), at any
/// tolerance from one pass. `detail(of:)` gives each point the largest tolerance at which it still counts:
/// the distance it would leave between the line and its simplification, capped by the point that split its
/// span, so keeping the points whose detail exceeds a tolerance is exactly Douglas–Peucker at that
/// tolerance. The outlines are measured once per process and every map keeps the points that matter at
/// its own scale (a whole-country slide far fewer than a zoomed cluster).
///
/// The ends of a line always stay, so lines that meet at their ends (the shared arcs of a topology, whose
/// two sides are filled from the same points) still meet; a closed line keeps at least three points besides
/// its closing one, so a small island stays a speck rather than vanishing.
public enum LineSimplification {
    /// Per point, the tolerance above which it is left out; infinity for the points always kept.
    public static func detail(of line: [MapPoint]) -> [Double] {
        guard line.count > 2 else { return [Double](repeating: .infinity, count: line.count) }
        // The page's geometry measures distances; the plane's points are read as its points.
        let points = line.map { Point(x: $0.x, y: $0.y) }
        let distance = { (i: Int, a: Int, b: Int) in PageGeometry.squaredSegmentDistance(points[i], points[a], points[b]) }
        let last = points.count - 1
        var detail = [Double](repeating: 0, count: points.count)
        detail[0] = .infinity
        detail[last] = .infinity
        var spans: [(start: Int, end: Int, cap: Double)] = []
        if line[0] == line[last] {
            // A ring: the point farthest from its start and, on each side of it, the point farthest from the
            // chord always stay.
            let far = (1..<last).max { distance($0, 0, 0) < distance($1, 0, 0) }!
            detail[far] = .infinity
            for (a, b) in [(0, far), (far, last)] where b - a > 1 {
                let m = ((a + 1)..<b).max { distance($0, a, b) < distance($1, a, b) }!
                detail[m] = .infinity
                spans += [(a, m, .infinity), (m, b, .infinity)]
            }
        } else {
            spans = [(0, last, .infinity)]
        }
        while let (a, b, cap) = spans.popLast() {
            guard b - a > 1 else { continue }
            var farthest = a + 1, largest = -1.0
            for i in (a + 1)..<b {
                let d = distance(i, a, b)
                if d > largest { largest = d; farthest = i }
            }
            let own = min(largest.squareRoot(), cap)
            detail[farthest] = own
            spans += [(a, farthest, own), (farthest, b, own)]
        }
        return detail
    }

    /// The points of `line` whose detail exceeds `tolerance`; all of them when `detail` is not one value per
    /// point (none measured), so a line is never cut short by a mismatch.
    public static func kept(_ line: [MapPoint], detail: [Double], tolerance: Double) -> [MapPoint] {
        guard detail.count == line.count, tolerance > 0 else { return line }
        var points: [MapPoint] = []
        points.reserveCapacity(line.count / 2)
        for index in line.indices where detail[index] > tolerance { points.append(line[index]) }
        return points
    }

    /// Douglas–Peucker at `tolerance`: the points of `line` that keep it within `tolerance` of every point.
    public static func simplified(_ line: [MapPoint], tolerance: Double) -> [MapPoint] {
        kept(line, detail: detail(of: line), tolerance: tolerance)
    }
}
