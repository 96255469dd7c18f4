import Foundation

/// Colours, type size and redundant encodings for one look of every chart.
///
/// `conference` (the default) uses the Okabe–Ito palette, which stays distinguishable under the common
/// colour-vision deficiencies; `colorblind` adds markers, dashes and hatching so series never depend on
/// hue at all; `print` is greyscale with hatching, markers and dashes; `slide` is `conference` with larger type.
public struct Theme: Sendable, Hashable {
    /// The theme's name as the CLI spells it.
    public var name: String
    /// Categorical colours, one per series, cycling when there are more series than colours.
    public var series: [Color]
    /// Main text.
    public var text: Color
    /// Subtitles, notes, tick labels.
    public var secondaryText: Color
    /// Zero lines, axes, reference lines.
    public var axis: Color
    /// Light grid lines behind the data.
    public var grid: Color
    /// The canvas.
    public var background: Color
    /// An item picked out from the rest (a ranking chart's highlighted province).
    public var highlight: Color
    /// Cells and tiles without a value.
    public var missing: Color
    /// Low to high colours of heatmaps and tile maps.
    public var ramp: ColorRamp
    /// Low through a light middle to high, for values either side of a midpoint (a map of changes, or of
    /// values around a target).
    public var diverging: ColorRamp
    /// Multiplies every type size: 1 for documents, more for projection.
    public var typeFactor: Double
    /// A font family that overrides the rendering's, when the theme names one.
    public var fontFamily: FontFamily?
    /// True when series must be told apart without colour: hatching on areas, markers and dashes on lines.
    public var usesPatterns: Bool

    /// Creates a theme.
    public init(
        name: String, series: [Color], text: Color, secondaryText: Color, axis: Color, grid: Color,
        background: Color, highlight: Color, missing: Color, ramp: ColorRamp, diverging: ColorRamp = Theme.orangeBlue,
        typeFactor: Double = 1, fontFamily: FontFamily? = nil, usesPatterns: Bool = false
    ) {
        self.name = name
        self.series = series.isEmpty ? [Palette.bar] : series
        self.text = text
        self.secondaryText = secondaryText
        self.axis = axis
        self.grid = grid
        self.background = background
        self.highlight = highlight
        self.missing = missing
        self.ramp = ramp
        self.diverging = diverging
        self.typeFactor = typeFactor
        self.fontFamily = fontFamily
        self.usesPatterns = usesPatterns
    }

    /// Okabe–Ito, blue first (the ranking chart's bar colour), yellow left out (it vanishes on white); Tol's wine and teal extend it to ten.
    static let okabeIto: [Color] = [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0x000000, 0x999999, 0x882255, 0x44AA99]
        .map { Color(hex: $0) }

    /// Orange through near-white to blue (ColorBrewer's PuOr and RdBu families are read apart by the common
    /// colour-vision deficiencies; orange–blue is the pair Okabe and Ito recommend).
    public static let orangeBlue = ColorRamp([0xB35806, 0xF1A340, 0xF7F7F7, 0x92C5DE, 0x2166AC].map { Color(hex: $0) })

    /// The default: Okabe–Ito colours on white, sized for a 16:9 slide or a report page.
    public static let conference = Theme(
        name: "conference", series: okabeIto, text: Palette.text, secondaryText: Palette.secondaryText,
        axis: Palette.axis, grid: Color(hex: 0xE3E3E3), background: Palette.background, highlight: Palette.highlight,
        missing: Color(hex: 0xEEEEEE), ramp: ColorRamp([0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x3182BD, 0x08519C].map { Color(hex: $0) }))

    /// Larger type for projection in a hall.
    public static let slide: Theme = {
        var theme = conference
        theme.name = "slide"
        theme.typeFactor = 1.25
        return theme
    }()

    /// Greyscale that survives a black-and-white printer: lightness steps plus hatching, markers and dashes.
    public static let print = Theme(
        name: "print", series: [0x202020, 0xA8A8A8, 0x606060, 0xD4D4D4, 0x404040, 0x8A8A8A].map { Color(hex: $0) },
        text: Color(hex: 0x000000), secondaryText: Color(hex: 0x404040), axis: Color(hex: 0x000000),
        grid: Color(hex: 0xDDDDDD), background: .white, highlight: Color(hex: 0x8C8C8C), missing: .white,
        ramp: ColorRamp([0xF7F7F7, 0xCCCCCC, 0x969696, 0x636363, 0x252525].map { Color(hex: $0) }),
        diverging: ColorRamp([0x252525, 0x969696, 0xFFFFFF, 0x969696, 0x252525].map { Color(hex: $0) }), usesPatterns: true)

    /// Okabe–Ito with markers, dashes and hatching, and the cividis-like ramp that reads the same to every eye.
    public static let colorblind: Theme = {
        var theme = conference
        theme.name = "colorblind"
        theme.usesPatterns = true
        theme.ramp = ColorRamp([0xFFEA46, 0xBCAF6F, 0x7C7B78, 0x3E4F6F, 0x00204D].map { Color(hex: $0) })
        return theme
    }()

    /// The built-in themes, by CLI name.
    public static let builtIn: [Theme] = [conference, print, slide, colorblind]

    /// The built-in theme called `name`, if any.
    public static func named(_ name: String) -> Theme? { builtIn.first { $0.name == name.lowercased() } }

    /// How the series at `index` is drawn: its colour, and in pattern themes its hatching, marker and dash.
    public func style(forSeries index: Int) -> SeriesStyle {
        let color = series[index % series.count]
        guard usesPatterns else {
            return SeriesStyle(color: color, hatch: nil, marker: .circle, dash: [])
        }
        let hatches: [Hatch?] = [nil, .diagonal, nil, .cross, .horizontal, .backDiagonal, .vertical]
        let markers = SeriesStyle.Marker.allCases
        let dashes: [[Double]] = [[], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3]]
        return SeriesStyle(
            color: color, hatch: hatches[index % hatches.count], marker: markers[index % markers.count],
            dash: dashes[index % dashes.count])
    }

    /// Text colour that reads on `fill`: the theme's text on light fills, white on dark ones.
    public func text(on fill: Color) -> Color { fill.luminance > 0.45 ? text : .white }
}

/// How one series is drawn.
public struct SeriesStyle: Sendable, Hashable {
    /// The shape marking points of a line or a scatter.
    public enum Marker: Sendable, Hashable, CaseIterable { case circle, square, triangle, diamond, cross }

    public var color: Color
    /// Hatching drawn over filled areas, so greyscale prints still tell series apart.
    public var hatch: Hatch?
    public var marker: Marker
    /// Dash pattern of lines (empty: solid).
    public var dash: [Double]

    /// Creates a series style.
    public init(color: Color, hatch: Hatch? = nil, marker: Marker = .circle, dash: [Double] = []) {
        self.color = color; self.hatch = hatch; self.marker = marker; self.dash = dash
    }
}

/// Line hatching over an area.
public enum Hatch: Sendable, Hashable { case diagonal, backDiagonal, horizontal, vertical, cross }

extension Color {
    /// Relative luminance (WCAG), 0 for black to 1 for white.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// A colour from a "#RRGGBB" or "RRGGBB" string, or nil.
    public init?(hexString: String) {
        var digits = Substring(hexString)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(hex: value)
    }

    /// The colour `fraction` of the way to `other`.
    public func mixed(with other: Color, _ fraction: Double) -> Color {
        let t = min(max(fraction, 0), 1)
        return Color(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }
}

/// Evenly spaced colour stops from low (0) to high (1).
public struct ColorRamp: Sendable, Hashable {
    public var stops: [Color]

    /// Creates a ramp; fewer than two stops become a flat ramp.
    public init(_ stops: [Color]) { self.stops = stops.isEmpty ? [.white, .black] : stops }

    /// The colour at `fraction` (clamped to 0…1).
    public func color(at fraction: Double) -> Color {
        guard stops.count > 1, fraction.isFinite else { return stops[0] }
        let position = min(max(fraction, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }
}
