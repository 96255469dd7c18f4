/// A colour with straight (not premultiplied) alpha, each component in 0…1.
public struct Color: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    /// Creates a colour from components in 0…1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// Creates an opaque colour from a 0xRRGGBB literal, the way palettes are usually written.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    public static let white = Color(hex: 0xFFFFFF)
    public static let black = Color(hex: 0x000000)
}

/// Chart colours drawn from the Okabe–Ito set, which stays distinguishable under the common
/// colour-vision deficiencies.
public enum Palette {
    /// The colour of an ordinary bar (Okabe–Ito blue).
    public static let bar = Color(hex: 0x0072B2)
    /// The colour of a highlighted bar (Okabe–Ito orange): differs from `bar` in hue and lightness.
    public static let highlight = Color(hex: 0xE69F00)
    /// Main text.
    public static let text = Color(hex: 0x1A1A1A)
    /// Subtitles and notes.
    public static let secondaryText = Color(hex: 0x555555)
    /// The zero line and the reference line.
    public static let axis = Color(hex: 0x333333)
    /// The canvas.
    public static let background = Color.white
}
