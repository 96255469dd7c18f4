/// Anything that can draw itself into an area; chart kinds plug into `ChartRenderer` through this.
public protocol Chart: Sendable {
    /// The title, also written into document metadata (PDF title).
    var title: String { get }
    /// Draws the chart inside `area.bounds`.
    func draw(in area: DrawingArea)
}

extension Chart {
    /// Draws the chart on a whole canvas of `size`, e.g. onto a `RecordingBackend` in tests.
    public func draw(on backend: some DrawingBackend, size: Size, fontFamily: FontFamily = .default) {
        draw(in: DrawingArea(backend: backend, bounds: Rect(size: size), fontFamily: fontFamily))
    }
}
