/// Records every drawing operation in canvas coordinates, so tests can check layout (order, overlap,
/// containment) without comparing images. Text is measured by real Cairo, so boxes are realistic.
public final class RecordingBackend: DrawingBackend {
    /// One recorded operation.
    public enum Operation: Sendable, Hashable {
        case fillRect(Rect, Color)
        case strokeRect(Rect, Color, StrokeStyle)
        case fillPath(Path, Color)
        case strokePath(Path, Color, StrokeStyle)
        case pushClip(Rect)
        case popClip
        case text(RecordedText)
    }

    /// A piece of text as drawn: its string, font, colour, baseline origin and covered box.
    public struct RecordedText: Sendable, Hashable {
        public var text: String
        public var font: Font
        public var color: Color
        public var origin: Point
        public var box: Rect
    }

    /// Everything drawn so far, in order.
    public private(set) var operations: [Operation] = []
    private var color = Color.black
    private let measurer: CairoBackend

    /// Creates an empty recording; throws only if Cairo cannot create its 1×1 measuring surface.
    public init() throws(CairoError) { measurer = try CairoBackend.measuring() }

    /// A recording measured with the faces a replaying backend will draw (`FontAudit.replacements()`).
    init(replacements: [FontFamily: String]) throws(CairoError) {
        measurer = try CairoBackend.measuring(replacements: replacements)
    }

    /// Every text drawn, in order.
    public var texts: [RecordedText] {
        operations.compactMap { if case let .text(text) = $0 { return text } else { return nil } }
    }

    /// Every filled rectangle with its colour, in order.
    public var filledRects: [(rect: Rect, color: Color)] {
        operations.compactMap { if case let .fillRect(rect, color) = $0 { return (rect, color) } else { return nil } }
    }

    /// Every stroked path with its colour and style, in order.
    public var strokedPaths: [(path: Path, color: Color, style: StrokeStyle)] {
        operations.compactMap {
            if case let .strokePath(path, color, style) = $0 { return (path, color, style) } else { return nil }
        }
    }

    public func setColor(_ color: Color) { self.color = color }
    public func fillRect(_ rect: Rect) { operations.append(.fillRect(rect, color)) }
    public func strokeRect(_ rect: Rect, style: StrokeStyle) { operations.append(.strokeRect(rect, color, style)) }
    public func fillPath(_ path: Path) { operations.append(.fillPath(path, color)) }
    public func strokePath(_ path: Path, style: StrokeStyle) { operations.append(.strokePath(path, color, style)) }
    public func pushClip(_ rect: Rect) { operations.append(.pushClip(rect)) }
    public func popClip() { operations.append(.popClip) }

    public func measureText(_ text: NormalizedText, font: Font) -> TextExtents {
        measurer.measureText(text, font: font)
    }

    public func drawText(_ text: NormalizedText, at origin: Point, font: Font) {
        let extents = measurer.measureText(text, font: font)
        operations.append(
            .text(
                RecordedText(
                    text: text.string, font: font, color: color, origin: origin,
                    box: extents.box(at: origin))))
    }
}
