/// Font sizes that follow the canvas and shrink as rows get denser, down to a legible floor.
public struct TypeScale: Sendable, Hashable {
    /// The smallest size any label is drawn at (points).
    public var floor: Double
    /// The size of category and value labels when there is plenty of room.
    public var label: Double
    /// The chart title.
    public var title: Double
    /// The subtitle.
    public var subtitle: Double
    /// Notes, legend, footnotes and the reference label.
    public var note: Double

    /// Sizes proportional to the canvas height: at 540 pt (a 16:9 slide) the title is about 24 pt.
    public init(canvas: Size) {
        let height = canvas.height
        floor = 5
        label = Self.clamp(height * 0.027, 7, 16)
        title = Self.clamp(height * 0.044, 10, 28)
        subtitle = Self.clamp(height * 0.029, 8, 18)
        note = Self.clamp(height * 0.021, 6, 12)
    }

    /// Sizes for any page, multiplied by a theme's `factor`: the shorter of the height and three quarters
    /// of the width sets the scale, so a portrait page does not get a poster-sized title. At 960×540 pt
    /// and factor 1 this equals `init(canvas:)`.
    public init(canvas: Size, factor: Double) {
        let base = min(canvas.height, canvas.width * 0.75)
        let f = factor > 0 && factor.isFinite ? factor : 1
        floor = 5
        label = Self.clamp(base * 0.027 * f, 7, 16 * f)
        title = Self.clamp(base * 0.044 * f, 10, 28 * f)
        subtitle = Self.clamp(base * 0.029 * f, 8, 18 * f)
        note = Self.clamp(base * 0.021 * f, 6, 12 * f)
    }

    /// The label size for rows `rowPitch` points apart, given the label line height per point of
    /// font size: as large as `label`, small enough that neighbouring rows never touch, never below `floor`.
    public func labelSize(rowPitch: Double, lineHeightPerPoint: Double) -> Double {
        guard lineHeightPerPoint > 0 else { return label }
        return Self.clamp(rowPitch / lineHeightPerPoint, floor, label)
    }

    static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double { min(max(value, low), high) }
}

/// Maps values onto a horizontal pixel range; never divides by zero.
public struct LinearScale: Sendable, Hashable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>

    /// A scale whose domain covers `values` and zero; an empty or zero-width domain becomes 0…1.
    public init(covering values: [Double], range: ClosedRange<Double>) {
        let finite = values.filter(\.isFinite)
        var low = min(0, finite.min() ?? 0), high = max(0, finite.max() ?? 0)
        if high - low <= 0 { (low, high) = (0, 1) }
        domain = low...high
        self.range = range
    }

    /// The position of `value`.
    public func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        return range.lowerBound + (value - domain.lowerBound) / span * (range.upperBound - range.lowerBound)
    }
}
