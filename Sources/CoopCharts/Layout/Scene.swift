/// What a chart has decided to draw, in order: computed once by a layout, replayed on any backend.
public struct Scene: Sendable {
    /// One visible mark.
    public enum Mark: Sendable {
        case rect(Rect, Color)
        case line(from: Point, to: Point, Color, StrokeStyle)
        case text(NormalizedText, at: Point, Font, Color)
        /// A filled path (polygons, wedges, markers).
        case fill(Path, Color)
        /// A stroked path (polylines, outlines, hatching).
        case stroke(Path, Color, StrokeStyle)
    }

    /// The marks in drawing order (later marks on top).
    public private(set) var marks: [Mark] = []

    /// An empty scene.
    public init() {}

    mutating func add(_ mark: Mark) { marks.append(mark) }

    mutating func append(contentsOf other: Scene) { marks.append(contentsOf: other.marks) }

    /// Draws every mark on `backend`.
    public func render(on backend: some DrawingBackend) {
        for mark in marks {
            switch mark {
            case let .rect(rect, color):
                backend.setColor(color)
                backend.fillRect(rect)
            case let .line(start, end, color, style):
                backend.setColor(color)
                backend.strokePath(.segment(from: start, to: end), style: style)
            case let .text(text, origin, font, color):
                backend.setColor(color)
                backend.drawText(text, at: origin, font: font)
            case let .fill(path, color):
                backend.setColor(color)
                backend.fillPath(path)
            case let .stroke(path, color, style):
                backend.setColor(color)
                backend.strokePath(path, style: style)
            }
        }
    }
}
