import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts

extension PageSize: ExpressibleByArgument {}

/// Where a chart goes: the file (its extension picks the format), whether it may replace a read-only
/// file, and how it is drawn.
struct RenderingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; the extension picks the format: .png, .pdf, .svg or .eps.", valueName: "OUT"))
    var output: String

    @OptionGroup var overwrite: OverwriteOption

    @OptionGroup var drawing: DrawingOptions

    func validate() throws {
        try drawing.check(format: try? format())
    }

    /// The output format, from the file extension.
    func format() throws -> OutputFormat {
        let ext = URL(fileURLWithPath: output).pathExtension
        guard let format = OutputFormat(pathExtension: ext) else {
            throw InputError(file: output, message: "unsupported output extension \"\(ext.isEmpty ? "(none)" : "." + ext)\"; use .png, .pdf, .svg or .eps")
        }
        return format
    }
}

/// How every drawing looks, shared by the chart commands and `rank -o scorecard.png`: how big, how
/// sharp, which font and theme. The one place that turns options into `RenderOptions`.
struct DrawingOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("PNG pixels per point (default 2: a 960×540 pt slide becomes 1920×1080 px).", valueName: "N"))
    var scale: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG resolution in dots per inch (72 dpi = scale 1); an alternative to --scale.", valueName: "DPI"))
    var dpi: Double?

    @Option(help: ArgumentHelp("Font family (default DejaVu Sans, which covers every Vietnamese letter; Times New Roman and Arial are drawn with Liberation Serif and Sans).", valueName: "FAMILY"))
    var font: String?

    @Option(help: ArgumentHelp("Page size: slide (16:9, 960×540 pt, the default), a4, a4-landscape, a5, column (85 mm wide).", valueName: "PRESET"))
    var size: PageSize?

    @Option(parsing: .unconditional, help: ArgumentHelp("Canvas width with a unit: 180mm, 960pt, 1920px (px at --dpi, default 144); overrides --size.", valueName: "LENGTH"))
    var width: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Canvas height with a unit: 120mm, 540pt, 1080px; overrides --size.", valueName: "LENGTH"))
    var height: String?

    @Option(help: ArgumentHelp("Theme: conference (default), print (greyscale with patterns), slide (larger type), colorblind (patterns and markers besides colour), or a YAML file overriding colours and fonts.", valueName: "NAME|FILE.yaml"))
    var theme: String?

    /// Checks lengths and resolution, and for a PNG the pixel limits, before any work is done.
    func check(format: OutputFormat?) throws {
        for (name, text) in [("--width", width), ("--height", height)] {
            guard let text else { continue }
            guard let length = Length(parsing: text) else {
                throw ValidationError("\(name) \"\(text)\" is not a length; write a positive number with a unit: 180mm, 960pt or 1920px")
            }
            let points = length.points(dpi: dpi ?? (scale.map { $0 * 72 } ?? 144))
            if !(points >= 36 && points <= 14_400) { throw ValidationError("\(name) \(text) is \(Int(points)) pt; use 36 pt (½ inch) to 14400 pt (5 m)") }
        }
        if scale != nil && dpi != nil { throw ValidationError("give --scale or --dpi, not both") }
        if let scale, !(scale > 0 && scale <= 10) { throw ValidationError("--scale \(scale) is out of range; use a number above 0 and at most 10") }
        if let dpi, !(dpi >= 18 && dpi <= 720) { throw ValidationError("--dpi \(dpi) is out of range; use 18 to 720") }
        if format == .png {
            let pngScale = dpi.map { $0 / 72 } ?? scale ?? RenderOptions().pngScale
            let page = (size ?? .slide).size
            let points = { (text: String?, preset: Double) in text.flatMap { Length(parsing: $0) }?.points(dpi: pngScale * 72) ?? preset }
            if let problem = InputLimits.imageProblem(width: points(width, page.width), height: points(height, page.height), scale: pngScale) {
                throw ValidationError("--width/--height/--dpi/--scale: " + problem)
            }
        }
    }

    /// Render settings: page, resolution, theme background and font, and the reproducible date. What
    /// became of the font is told after drawing, once the text drawn is known.
    func renderOptions(defaultSize: PageSize = .slide, defaultScale: Double? = nil) throws -> RenderOptions {
        var options = RenderOptions()
        if let defaultScale { options.pngScale = defaultScale }
        if let scale { options.pngScale = scale }
        if let dpi { options.pngScale = dpi / 72 }
        let page = (size ?? defaultSize).size
        options.width = width.flatMap { Length(parsing: $0) }.map { $0.points(dpi: options.dpi) } ?? page.width
        options.height = height.flatMap { Length(parsing: $0) }.map { $0.points(dpi: options.dpi) } ?? page.height
        let theme = try resolvedTheme()
        options.background = theme.background
        if let family = theme.fontFamily, font == nil { options.fontFamily = family }
        if let font { options.fontFamily = FontFamily(font) }
        options.documentDate = try ReproducibleDate.current()
        return options
    }

    /// The theme named by --theme (a built-in name or a YAML file); a --font overrides the theme's font.
    func resolvedTheme() throws -> Theme {
        var resolved: Theme
        if let theme {
            if let builtIn = Theme.named(theme) {
                resolved = builtIn
            } else if theme.hasSuffix(".yaml") || theme.hasSuffix(".yml") || theme.contains("/") {
                resolved = try ThemeFile.read(theme)
            } else {
                throw InputError(file: "--theme", message: "unknown theme \"\(theme)\"; use \(Theme.builtIn.map(\.name).joined(separator: ", ")) or a .yaml file")
            }
        } else {
            resolved = .conference
        }
        if let font { resolved.fontFamily = FontFamily(font) }
        return resolved
    }
}
