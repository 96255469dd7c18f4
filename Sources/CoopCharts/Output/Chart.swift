/// Anything that can draw itself into an area; chart kinds plug into `ChartRenderer` through this.
public protocol Chart: Sendable {
    /// The title, also written into document metadata (PDF title).
    var title: String { get }
    /// Draws the chart inside `area.bounds`.
    func draw(in area: DrawingArea)
    /// The texts the chart promises to draw whole (every unit's name and value label): a drawing that
    /// leaves one out is incomplete, and `ChartCompleteness` says which.
    var requiredLabels: [String] { get }
    /// The same promise where a label may take one of several forms (a tile's name or its short form):
    /// each entry is satisfied by any one of its texts drawn whole.
    var requiredLabelChoices: [[String]] { get }
}

extension Chart {
    public var requiredLabels: [String] { [] }
    public var requiredLabelChoices: [[String]] { requiredLabels.map { [$0] } }

    /// Draws the chart on a whole canvas of `size`, e.g. onto a `RecordingBackend` in tests.
    public func draw(on backend: some DrawingBackend, size: Size, fontFamily: FontFamily = .default) {
        draw(in: DrawingArea(backend: backend, bounds: Rect(size: size), fontFamily: fontFamily))
    }
}
