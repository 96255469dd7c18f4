/// A polyline or polygon made of straight segments.
public struct Path: Sendable, Hashable {
    /// One step of a path.
    public enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        /// A circular arc around `center`, from angle `start` to `end` (radians, clockwise on screen
        /// because y grows downwards); joined to the current point by a straight line.
        case arc(center: Point, radius: Double, start: Double, end: Double)
        /// The same arc traced the other way, from `start` down to `end`.
        case arcNegative(center: Point, radius: Double, start: Double, end: Double)
        case close
    }

    public var elements: [Element]

    /// Creates a path from its elements.
    public init(_ elements: [Element] = []) { self.elements = elements }

    /// A straight segment from `start` to `end`.
    public static func segment(from start: Point, to end: Point) -> Path { Path([.move(start), .line(end)]) }

    /// A closed rectangle outline.
    public static func rectangle(_ rect: Rect) -> Path {
        Path([
            .move(Point(x: rect.minX, y: rect.minY)), .line(Point(x: rect.maxX, y: rect.minY)),
            .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.minX, y: rect.maxY)), .close,
        ])
    }

    /// A full circle.
    public static func circle(center: Point, radius: Double) -> Path {
        Path([.move(Point(x: center.x + radius, y: center.y)), .arc(center: center, radius: radius, start: 0, end: 2 * .pi), .close])
    }

    /// An open polyline through `points`.
    public static func polyline(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        return Path([.move(first)] + points.dropFirst().map { .line($0) })
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        if !points.isEmpty { path.elements.append(.close) }
        return path
    }

    /// The points a path passes through (arcs contribute their bounding square), for extent checks.
    public var controlPoints: [Point] {
        elements.flatMap { element -> [Point] in
            switch element {
            case let .move(point), let .line(point): return [point]
            case let .arc(center, radius, _, _), let .arcNegative(center, radius, _, _):
                return [Point(x: center.x - radius, y: center.y - radius), Point(x: center.x + radius, y: center.y + radius)]
            case .close: return []
            }
        }
    }
}

/// How a path is stroked.
public struct StrokeStyle: Sendable, Hashable {
    /// Line width in points.
    public var width: Double
    /// Alternating on/off lengths in points; empty for a solid line.
    public var dash: [Double]

    /// Creates a stroke style.
    public init(width: Double = 1, dash: [Double] = []) { self.width = width; self.dash = dash }
}

/// What a chart needs from a drawing surface. Few requirements, as in plotters: everything else
/// (rectangles, segments, string text) is built on them by the extensions below.
///
/// Text arrives as `NormalizedText`, so every backend receives NFC and a real shaper could replace
/// Cairo's simple text calls by implementing `measureText` and `drawText` alone.
public protocol DrawingBackend: AnyObject {
    /// Sets the colour used by the following fills, strokes and text.
    func setColor(_ color: Color)
    /// Fills a closed path.
    func fillPath(_ path: Path)
    /// Strokes a path.
    func strokePath(_ path: Path, style: StrokeStyle)
    /// Restricts drawing to `rect` until the matching `popClip()`.
    func pushClip(_ rect: Rect)
    /// Undoes the last `pushClip(_:)`.
    func popClip()
    /// Measures text as it would be drawn in `font`.
    func measureText(_ text: NormalizedText, font: Font) -> TextExtents
    /// Draws text with its baseline starting at `origin`.
    func drawText(_ text: NormalizedText, at origin: Point, font: Font)
    /// Fills a rectangle (a requirement with a default, so backends may do it faster).
    func fillRect(_ rect: Rect)
    /// Strokes a rectangle outline.
    func strokeRect(_ rect: Rect, style: StrokeStyle)
}

extension DrawingBackend {
    public func fillRect(_ rect: Rect) { fillPath(.rectangle(rect)) }
    public func strokeRect(_ rect: Rect, style: StrokeStyle) { strokePath(.rectangle(rect), style: style) }

    /// Measures a plain string after normalising it to NFC.
    public func measureText(_ text: String, font: Font) -> TextExtents {
        measureText(NormalizedText(text), font: font)
    }

    /// Draws a plain string after normalising it to NFC.
    public func drawText(_ text: String, at origin: Point, font: Font) {
        drawText(NormalizedText(text), at: origin, font: font)
    }
}
