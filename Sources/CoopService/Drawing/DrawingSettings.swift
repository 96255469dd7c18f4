import CoopAnalytics
import CoopCharts

/// How a drawing looks, as a front end states it: the page, its resolution, the font and the theme. The
/// one place that checks these settings and turns them into `RenderOptions`, so `coopchart chart … --size a4`
/// and the browser app's `size=a4` draw the same file.
public struct DrawingSettings: Sendable, Hashable {
    /// PNG pixels per point.
    public var scale: Double?
    /// PNG dots per inch (72 dpi = scale 1).
    public var dpi: Double?
    /// A font family; overrides the theme's.
    public var font: String?
    public var size: PageSize?
    /// Lengths with a unit: 180mm, 960pt, 1920px.
    public var width: String?
    public var height: String?
    /// The theme as chosen, before `font` overrides its family.
    public var theme: Theme

    /// No setting given yet: the theme's look on the front end's default page.
    public init(theme: Theme = .conference) {
        self.theme = theme
    }

    /// The theme drawn with: the chosen one, with `font` as its family when given.
    public var resolvedTheme: Theme {
        var resolved = theme
        if let font { resolved.fontFamily = FontFamily(font) }
        return resolved
    }

    /// Checks lengths and resolution, and for a PNG the pixel limits, before any work is done; an error
    /// names the setting at fault.
    public func check(format: OutputFormat?) throws {
        for (setting, text) in [(RequestParameter.width, width), (.height, height)] {
            guard let text else { continue }
            guard let length = Length(parsing: text) else {
                throw InputError(
                    parameter: setting,
                    message: "\(option: setting) \"\(text)\" is not a length; write a positive number with a unit: 180mm, 960pt or 1920px",
                    vietnamese: "\(option: setting) \"\(text)\" không phải là một độ dài; hãy viết một số dương kèm đơn vị: 180mm, 960pt hoặc 1920px")
            }
            let points = length.points(dpi: dpi ?? (scale.map { $0 * 72 } ?? 144))
            if !(points >= 36 && points <= 14_400) {
                throw InputError(
                    parameter: setting, message: "\(option: setting) \(text) is \(Int(points)) pt; use 36 pt (½ inch) to 14400 pt (5 m)",
                    vietnamese: "\(option: setting) \(text) là \(Int(points)) pt; hãy dùng từ 36 pt (½ inch) đến 14400 pt (5 m)")
            }
        }
        if scale != nil && dpi != nil {
            throw InputError(
                parameter: .dpi, message: "give \(option: .scale) or \(option: .dpi), not both",
                vietnamese: "hãy chọn \(option: .scale) hoặc \(option: .dpi), không chọn cả hai")
        }
        if let scale, !(scale > 0 && scale <= 10) {
            throw InputError(
                parameter: .scale, message: "\(option: .scale) \(Self.shown(scale)) is out of range; use a number above 0 and at most 10",
                vietnamese: "\(option: .scale) \(Self.shown(scale)) nằm ngoài khoảng cho phép; hãy dùng một số lớn hơn 0 và không quá 10")
        }
        if let dpi, !(dpi >= 18 && dpi <= 720) {
            throw InputError(
                parameter: .dpi, message: "\(option: .dpi) \(Self.shown(dpi)) is out of range; use 18 to 720",
                vietnamese: "\(option: .dpi) \(Self.shown(dpi)) nằm ngoài khoảng cho phép; hãy dùng từ 18 đến 720")
        }
        if format == .png {
            let pngScale = dpi.map { $0 / 72 } ?? scale ?? RenderOptions().pngScale
            let page = (size ?? .slide).size
            let points = { (text: String?, preset: Double) in text.flatMap { Length(parsing: $0) }?.points(dpi: pngScale * 72) ?? preset }
            if let problem = ImageLimits.problem(width: points(width, page.width), height: points(height, page.height), scale: pngScale) {
                let settings = [RequestParameter.width, .height, .dpi, .scale].map(\.mention).joined(separator: "/")
                throw InputError(
                    parameter: width != nil ? .width : (height != nil ? .height : (dpi != nil ? .dpi : .scale)),
                    message: "\(settings): " + problem.message, vietnamese: "\(settings): " + problem.vietnamese)
            }
        }
    }

    /// "2" rather than "2.0", as a person typed it.
    private static func shown(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// Render settings: page, resolution, theme background and font, and the document's date.
    public func renderOptions(defaultSize: PageSize = .slide, defaultScale: Double? = nil, documentDate: DocumentDate) -> RenderOptions {
        var options = RenderOptions()
        if let defaultScale { options.pngScale = defaultScale }
        if let scale { options.pngScale = scale }
        if let dpi { options.pngScale = dpi / 72 }
        let page = (size ?? defaultSize).size
        options.width = width.flatMap { Length(parsing: $0) }.map { $0.points(dpi: options.dpi) } ?? page.width
        options.height = height.flatMap { Length(parsing: $0) }.map { $0.points(dpi: options.dpi) } ?? page.height
        let theme = resolvedTheme
        options.background = theme.background
        if let family = theme.fontFamily, font == nil { options.fontFamily = family }
        if let font { options.fontFamily = FontFamily(font) }
        options.documentDate = documentDate
        return options
    }
}

/// The largest PNG coopchart draws in memory, for every front end.
public enum ImageLimits {
    /// A PNG's pixels: 64 megapixels (A0 at 200 dpi), 256 MB of memory while drawing.
    public static let pixels = 64_000_000
    /// A PNG's side, in pixels.
    public static let sidePixels = 16_384

    /// Why a PNG of `width`×`height` points at `scale` pixels per point is too large to draw in memory, or nil.
    public static func problem(width: Double, height: Double, scale: Double) -> (message: String, vietnamese: String)? {
        let pixelWidth = (width * scale).rounded(.up), pixelHeight = (height * scale).rounded(.up)
        guard pixelWidth > Double(sidePixels) || pixelHeight > Double(sidePixels) || pixelWidth * pixelHeight > Double(pixels) else { return nil }
        return (
            "the PNG would be \(Int(pixelWidth))×\(Int(pixelHeight)) px; coopchart draws PNGs of at most \(sidePixels) px a side and "
                + "\(pixels / 1_000_000) megapixels; lower \(option: .dpi) or \(option: .scale), make the canvas smaller, or write a PDF or SVG (vector, any size)",
            "ảnh PNG sẽ là \(Int(pixelWidth))×\(Int(pixelHeight)) px; coopchart vẽ PNG tối đa \(sidePixels) px mỗi cạnh và "
                + "\(pixels / 1_000_000) megapixel; hãy giảm \(option: .dpi) hoặc \(option: .scale), thu nhỏ khổ, hoặc xuất PDF hay SVG (dạng vectơ, khổ nào cũng được)"
        )
    }
}
