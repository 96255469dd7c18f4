import Foundation
import Testing
@testable import CoopCharts

/// Douglas–Peucker from one measurement of each point's detail: over generated lines and rings, what is
/// kept at a tolerance keeps every point left out within that tolerance of the line drawn, keeps the ends
/// and a ring's shape, and grows as the tolerance shrinks.
@Suite struct LineSimplificationTests {
    /// A small deterministic generator (SplitMix64), so a failure names a line that can be made again.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A wandering line of `count` points; closed back to its start when `closed`.
    static func line(seed: UInt64, count: Int, closed: Bool) -> [MapPoint] {
        var random = Generator(state: seed)
        var points: [MapPoint] = []
        if closed {
            // A star-shaped ring: radii varying around a centre.
            for k in 0..<count {
                let angle = Double(k) / Double(count) * 2 * .pi
                let radius = 1 + Double.random(in: -0.4...0.4, using: &random)
                points.append(MapPoint(x: radius * cos(angle), y: radius * sin(angle)))
            }
            points.append(points[0])
        } else {
            var x = 0.0, y = 0.0
            for _ in 0..<count {
                points.append(MapPoint(x: x, y: y))
                x += Double.random(in: 0...0.1, using: &random)
                y += Double.random(in: -0.1...0.1, using: &random)
            }
        }
        return points
    }

    static func segmentDistance(_ p: MapPoint, _ a: MapPoint, _ b: MapPoint) -> Double {
        PageGeometry.squaredSegmentDistance(Point(x: p.x, y: p.y), Point(x: a.x, y: a.y), Point(x: b.x, y: b.y)).squareRoot()
    }

    @Test("every point left out lies within the tolerance of the line kept; ends and a ring's shape stay", arguments: 0..<40)
    func keptLineStaysWithinTolerance(seed: Int) throws {
        let closed = seed.isMultiple(of: 2)
        let line = Self.line(seed: UInt64(seed), count: 3 + seed * 37 % 400, closed: closed)
        let detail = LineSimplification.detail(of: line)
        #expect(detail.count == line.count)
        var previous = -1
        for tolerance in [0.0, 0.001, 0.01, 0.05, 0.2, 1, 10] {
            let keptIndices = line.indices.filter { tolerance == 0 || detail[$0] > tolerance }
            #expect(LineSimplification.kept(line, detail: detail, tolerance: tolerance) == keptIndices.map { line[$0] })
            #expect(keptIndices.first == 0 && keptIndices.last == line.count - 1, "the ends stay")
            if closed { #expect(keptIndices.count >= 4, "a ring keeps three points and its closing one") }
            // Each point left out is within the tolerance of the kept segment that spans it.
            for (a, b) in zip(keptIndices, keptIndices.dropFirst()) {
                for i in (a + 1)..<b {
                    #expect(Self.segmentDistance(line[i], line[a], line[b]) <= tolerance + 1e-12, "seed \(seed), tolerance \(tolerance), point \(i)")
                }
            }
            // A larger tolerance keeps a subset of what a smaller one keeps.
            if previous >= 0 { #expect(keptIndices.count <= previous) }
            previous = keptIndices.count
        }
        #expect(LineSimplification.kept(line, detail: detail, tolerance: 0) == line, "no tolerance keeps every point")
    }

    @Test("a straight line keeps its two ends; a line of two points or fewer is kept whole")
    func degenerateLines() {
        let straight = (0...20).map { MapPoint(x: Double($0), y: 2 * Double($0)) }
        #expect(LineSimplification.simplified(straight, tolerance: 1e-9) == [straight[0], straight[20]])
        let short = [MapPoint(x: 0, y: 0), MapPoint(x: 1, y: 1)]
        #expect(LineSimplification.simplified(short, tolerance: 5) == short)
        #expect(LineSimplification.simplified([], tolerance: 5) == [])
        // Detail that does not match the line (none measured, or another line's) keeps every point.
        #expect(LineSimplification.kept(straight, detail: [1, 2, 3], tolerance: 0.5) == straight)
        let area = MapChart.Area(unit: 0, polygons: [[straight], [short]], detail: [[LineSimplification.detail(of: straight)]])
        #expect(area.polygons(tolerance: 1) == area.polygons, "a polygon without its detail is not dropped")
    }
}
