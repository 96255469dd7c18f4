/// A font family name as fontconfig knows it.
public struct FontFamily: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The family name, e.g. "DejaVu Sans".
    public var name: String
    /// Creates a family from its fontconfig name.
    public init(_ name: String) { self.name = name }
    /// Creates a family from a literal name.
    public init(stringLiteral value: String) { self.name = value }
    /// DejaVu Sans: installed almost everywhere on Linux and covers every Vietnamese letter.
    public static let `default` = FontFamily("DejaVu Sans")
    public var description: String { name }

    /// Installed faces that may stand in for this family when it is not installed, best first: for the
    /// Windows families of Vietnamese office documents, metric-compatible faces (same widths, so a layout
    /// made for Times New Roman keeps its line breaks). fontconfig's own aliases may pick a face without
    /// Vietnamese letters (Nimbus Roman for Times), so FontCheck uses a stand-in only if it has them all.
    public var standIns: [String] {
        Self.standInsByFamily[name.lowercased()] ?? []
    }

    private static let serif = ["Liberation Serif", "Tinos"]
    private static let sans = ["Liberation Sans", "Arimo"]
    private static let mono = ["Liberation Mono", "Cousine"]
    private static let standInsByFamily: [String: [String]] = [
        "times new roman": serif, "times": serif,
        "arial": sans, "helvetica": sans,
        "courier new": mono, "courier": mono,
        "calibri": ["Carlito"], "cambria": ["Caladea"],
        // No metric-compatible faces are packaged for these; DejaVu Sans descends from Bitstream Vera,
        // drawn to Verdana's wide proportions, and has every Vietnamese letter.
        "tahoma": ["DejaVu Sans"], "verdana": ["DejaVu Sans"], "segoe ui": ["DejaVu Sans"],
    ]
}

/// A font: family, size in points and weight.
public struct Font: Sendable, Hashable {
    /// Regular or bold; bold is taken from the same family through fontconfig.
    public enum Weight: Sendable, Hashable { case regular, bold }

    public var family: FontFamily
    public var size: Double
    public var weight: Weight

    /// Creates a font.
    public init(family: FontFamily = .default, size: Double, weight: Weight = .regular) {
        self.family = family; self.size = size; self.weight = weight
    }

    /// The same font at another size.
    public func withSize(_ size: Double) -> Font { Font(family: family, size: size, weight: weight) }
    /// The same font at another weight.
    public func withWeight(_ weight: Weight) -> Font { Font(family: family, size: size, weight: weight) }
}

/// How much room a piece of text takes, relative to its baseline origin.
public struct TextExtents: Sendable, Hashable {
    /// Horizontal room taken (the larger of the advance and the inked width).
    public var width: Double
    /// Ink above the baseline.
    public var ascent: Double
    /// Ink below the baseline.
    public var descent: Double
    /// `ascent + descent`.
    public var height: Double { ascent + descent }

    /// Creates extents.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }

    /// The box this text covers when drawn with its baseline starting at `origin`.
    public func box(at origin: Point) -> Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: width, height: height)
    }
}
