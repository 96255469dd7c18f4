import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts

/// Output options shared by every command that draws: where, how sharp, which font.
struct RenderingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; the extension picks the format: .png, .pdf, .svg or .eps.", valueName: "OUT"))
    var output: String

    @Option(help: ArgumentHelp("PNG pixels per point (default 2: a 960×540 pt slide becomes 1920×1080 px).", valueName: "N"))
    var scale: Double?

    @Option(help: ArgumentHelp("PNG resolution in dots per inch (72 dpi = scale 1); an alternative to --scale.", valueName: "DPI"))
    var dpi: Double?

    @Option(help: ArgumentHelp("Font family (default DejaVu Sans, which covers every Vietnamese letter).", valueName: "FAMILY"))
    var font: String?

    func validate() throws {
        if scale != nil && dpi != nil { throw ValidationError("give --scale or --dpi, not both") }
        if let scale, !(scale > 0 && scale <= 10) { throw ValidationError("--scale \(scale) is out of range; use a number above 0 and at most 10") }
        if let dpi, !(dpi >= 18 && dpi <= 720) { throw ValidationError("--dpi \(dpi) is out of range; use 18 to 720") }
    }

    /// The output format, from the file extension.
    func format() throws -> OutputFormat {
        let ext = URL(fileURLWithPath: output).pathExtension
        guard let format = OutputFormat(pathExtension: ext) else {
            throw InputError(file: output, message: "unsupported output extension \"\(ext.isEmpty ? "(none)" : "." + ext)\"; use .png, .pdf, .svg or .eps")
        }
        return format
    }

    /// Render settings, after telling the user on stderr if their font is not installed.
    func renderOptions() -> RenderOptions {
        var options = RenderOptions()
        if let scale { options.pngScale = scale }
        if let dpi { options.pngScale = dpi / 72 }
        if let font {
            let family = FontFamily(font)
            if !FontCheck.isInstalled(family) {
                let used = FontCheck.installedFamily(for: family) ?? "a fallback font"
                Diagnostics.note("coopchart: font \"\(font)\" is not installed; using \"\(used)\" instead (see `fc-list : family`)")
            }
            options.fontFamily = family
        }
        options.creationDate = Self.reproducibleDate()
        return options
    }

    /// SOURCE_DATE_EPOCH (reproducible builds) fixes the date written into PDF and EPS files.
    static func reproducibleDate() -> String? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(text) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
