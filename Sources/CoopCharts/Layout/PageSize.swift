/// Canvas sizes people ask for by name, in points (1/72 inch).
public enum PageSize: String, Sendable, CaseIterable {
    /// A 16:9 slide, 960×540 pt (1920×1080 px at the default scale).
    case slide
    /// A4 portrait, 210×297 mm.
    case a4
    /// A4 landscape, 297×210 mm.
    case a4Landscape = "a4-landscape"
    /// A5 portrait, 148×210 mm.
    case a5
    /// One column of a two-column journal page: 85 mm wide, 4:3.
    case column

    /// The size in points.
    public var size: Size {
        switch self {
        case .slide: return Size(width: 960, height: 540)
        case .a4: return Size(width: Length.millimetres(210).points, height: Length.millimetres(297).points)
        case .a4Landscape: return Size(width: Length.millimetres(297).points, height: Length.millimetres(210).points)
        case .a5: return Size(width: Length.millimetres(148).points, height: Length.millimetres(210).points)
        case .column: return Size(width: Length.millimetres(85).points, height: Length.millimetres(85 * 0.75).points)
        }
    }
}

/// A length with its unit, as written on a command line: "180mm", "960pt", "1920px".
public enum Length: Sendable, Hashable {
    case points(Double)
    case millimetres(Double)
    /// Pixels are converted through the PNG resolution: at 144 dpi, 1920 px is 960 pt.
    case pixels(Double)

    /// The length in points; pixels at `dpi` (default 144, the default PNG scale of 2).
    public func points(dpi: Double = 144) -> Double {
        switch self {
        case let .points(value): return value
        case let .millimetres(value): return value / 25.4 * 72
        case let .pixels(value): return value * 72 / dpi
        }
    }

    /// The length in points at the default resolution.
    public var points: Double { points() }

    /// Parses "180mm", "960pt", "1920px" or a bare number (points); nil for anything else or a non-positive value.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces.lowercased()
        let units: [(String, (Double) -> Length)] = [("mm", Length.millimetres), ("pt", Length.points), ("px", Length.pixels)]
        for (suffix, make) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count).trimmingSpaces), value > 0, value.isFinite else { return nil }
            self = make(value)
            return
        }
        guard let value = Double(trimmed), value > 0, value.isFinite else { return nil }
        self = .points(value)
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
