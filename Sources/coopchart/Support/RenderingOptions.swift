import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts
import CoopService

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
/// sharp, which font and theme, handed to the library's `DrawingSettings` (which the browser app fills from
/// its query), the one place that turns them into `RenderOptions`.
struct DrawingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Page size: slide (16:9, 960×540 pt, the default), a4, a4-landscape, a5, column (85 mm wide).", valueName: "PRESET"))
    var size: PageSize?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Canvas width with a unit: 180mm, 960pt, 1920px (px at --dpi, default 144); overrides --size.", valueName: "LENGTH"))
    var width: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Canvas height with a unit: 120mm, 540pt, 1080px; overrides --size.", valueName: "LENGTH"))
    var height: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG pixels per point (default 2: a 960×540 pt slide becomes 1920×1080 px).", valueName: "N"))
    var scale: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG resolution in dots per inch (72 dpi = scale 1); an alternative to --scale.", valueName: "DPI"))
    var dpi: Double?

    @Option(
        help: ArgumentHelp(
            "Font family (default DejaVu Sans, which covers every Vietnamese letter; Times New Roman and Arial are drawn with Liberation Serif and Sans).",
            valueName: "FAMILY"))
    var font: String?

    @Option(
        help: ArgumentHelp(
            "Theme: conference (default), print (greyscale with patterns), slide (larger type), colorblind (patterns and markers besides colour), or a YAML file overriding colours and fonts.",
            valueName: "NAME|FILE.yaml"))
    var theme: String?

    /// The settings as the library takes them, drawn with `theme` (the resolved --theme, before --font).
    func settings(theme: Theme = .conference) -> DrawingSettings {
        var settings = DrawingSettings(theme: theme)
        settings.scale = scale
        settings.dpi = dpi
        settings.font = font
        settings.size = size
        settings.width = width
        settings.height = height
        return settings
    }

    /// Checks lengths and resolution, and for a PNG the pixel limits, before any work is done.
    func check(format: OutputFormat?) throws {
        try Diagnostics.usage { try settings().check(format: format) }
    }

    /// The settings as the operations take them, with the theme --theme names (a file is read here).
    func drawingSettings() throws -> DrawingSettings {
        settings(theme: try chosenTheme())
    }

    /// Render settings: page, resolution, theme background and font, and the reproducible date. What
    /// became of the font is told after drawing, once the text drawn is known.
    func renderOptions(defaultSize: PageSize = .slide, defaultScale: Double? = nil) throws -> RenderOptions {
        try drawingSettings().renderOptions(defaultSize: defaultSize, defaultScale: defaultScale, documentDate: try ReproducibleDate.current())
    }

    /// The theme named by --theme (a built-in name or a YAML file); a --font overrides the theme's font.
    func resolvedTheme() throws -> Theme {
        try drawingSettings().resolvedTheme
    }

    /// The theme named by --theme, before --font.
    private func chosenTheme() throws -> Theme {
        guard let theme else { return .conference }
        if let builtIn = Theme.named(theme) { return builtIn }
        if theme.hasSuffix(".yaml") || theme.hasSuffix(".yml") || theme.contains("/") { return try ThemeFile.read(theme) }
        throw InputError(parameter: .theme, message: "unknown theme \"\(theme)\"; use \(Theme.builtIn.map(\.name).joined(separator: ", ")) or a .yaml file")
    }
}
