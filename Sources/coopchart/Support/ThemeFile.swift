import Foundation
import Yams
import CoopAnalytics
import CoopCharts

/// Reads a theme file: a built-in theme to start from, then colours, a font and a type scale.
///
/// ```yaml
/// base: print                 # conference (default), print, slide, colorblind
/// font: "DejaVu Serif"
/// type_scale: 1.2             # multiplies every type size
/// patterns: true              # hatching, markers and dashes besides colour
/// colors:
///   series: ["#1b9e77", "#d95f02", "#7570b3"]
///   text: "#000000"           # also: secondary_text, axis, grid, background, highlight, missing
///   ramp: ["#f7fbff", "#08306b"]
/// ```
enum ThemeFile {
    static func read(_ path: String) throws -> Theme {
        try InputLimits.checkYAMLFile(path, what: "a theme file")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(
                file: path,
                message: "cannot read the theme file; check the path (or use a built-in theme: \(Theme.builtIn.map(\.name).joined(separator: ", ")))")
        }
        let text = String(decoding: data, as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(file: path, message: "not valid YAML: \(error)")
        }
        guard let mapping = root?.mapping else {
            throw InputError(file: path, line: 1, message: "a theme file is a mapping with keys base, font, type_scale, patterns, colors")
        }
        func line(_ node: Node) -> Int { node.mark?.line ?? 1 }  // Yams marks are 1-based
        func fail(_ node: Node, _ message: String) -> InputError { InputError(file: path, line: line(node), message: message) }
        func color(_ node: Node, _ key: String) throws -> Color {
            guard let string = node.string, let color = Color(hexString: string) else {
                throw fail(node, "\(key): \"\(node.string ?? "?")\" is not a colour; write \"#RRGGBB\", e.g. \"#0072B2\"")
            }
            return color
        }
        var theme = Theme.conference
        if let base = mapping["base"] {
            guard let name = base.string, let builtIn = Theme.named(name) else {
                throw fail(base, "base: unknown theme \"\(base.string ?? "?")\"; use \(Theme.builtIn.map(\.name).joined(separator: ", "))")
            }
            theme = builtIn
        }
        theme.name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "base": continue
            case "font":
                guard let family = value.string, !family.isEmpty else { throw fail(value, "font: give a font family name, e.g. \"DejaVu Serif\"") }
                // What the family becomes is told after drawing (ChartRendering), with the letters it lacks.
                theme.fontFamily = FontFamily(family)
            case "type_scale":
                guard let factor = value.float, factor >= 0.5, factor <= 3 else {
                    throw fail(value, "type_scale: give a number from 0.5 to 3 (1.25 for slides)")
                }
                theme.typeFactor = factor
            case "patterns":
                guard let flag = value.bool else { throw fail(value, "patterns: write true or false") }
                theme.usesPatterns = flag
            case "colors", "colours":
                guard let colors = value.mapping else { throw fail(value, "colors: a mapping such as { series: [\"#0072B2\"], text: \"#000000\" }") }
                for (nameNode, entry) in colors {
                    let name = nameNode.string ?? ""
                    switch name {
                    case "series", "ramp":
                        guard let list = entry.sequence, !list.isEmpty else { throw fail(entry, "\(name): a list of colours, e.g. [\"#0072B2\", \"#E69F00\"]") }
                        let parsed = try list.map { try color($0, name) }
                        if name == "series" { theme.series = parsed } else { theme.ramp = ColorRamp(parsed) }
                    case "text": theme.text = try color(entry, name)
                    case "secondary_text": theme.secondaryText = try color(entry, name)
                    case "axis": theme.axis = try color(entry, name)
                    case "grid": theme.grid = try color(entry, name)
                    case "background": theme.background = try color(entry, name)
                    case "highlight": theme.highlight = try color(entry, name)
                    case "missing": theme.missing = try color(entry, name)
                    default:
                        throw fail(
                            nameNode, "colors: unknown key \"\(name)\"; use series, ramp, text, secondary_text, axis, grid, background, highlight, missing")
                    }
                }
            default:
                throw fail(keyNode, "unknown key \"\(key)\"; a theme file has base, font, type_scale, patterns, colors")
            }
        }
        return theme
    }
}
