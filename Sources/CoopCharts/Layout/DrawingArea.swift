/// Where a chart draws: a backend, the rectangle it may use, and the font family for its text.
public struct DrawingArea {
    /// The surface drawn on.
    public var backend: any DrawingBackend
    /// The part of the canvas the chart owns, in canvas coordinates.
    public var bounds: Rect
    /// The family every label uses (bold titles take the bold face of the same family).
    public var fontFamily: FontFamily

    /// Creates an area covering `bounds` of `backend`.
    public init(backend: any DrawingBackend, bounds: Rect, fontFamily: FontFamily = .default) {
        self.backend = backend
        self.bounds = bounds
        self.fontFamily = fontFamily
    }

    /// The same area with `margin` points removed on every side.
    public func inset(by margin: Double) -> DrawingArea {
        DrawingArea(backend: backend, bounds: bounds.inset(by: margin), fontFamily: fontFamily)
    }
}
