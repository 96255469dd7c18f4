import CoopAnalytics
import CoopCharts

/// Renders a chart, reporting a drawing failure against the output path like any other error, and telling
/// the user on stderr which face each font became and whether it had every character drawn.
enum ChartRendering {
    static func render(_ chart: some Chart, format: OutputFormat, options: RenderOptions, path: String) throws -> [UInt8] {
        let file: RenderedFile
        do {
            file = try ChartRenderer.renderFile(chart, format: format, options: options)
        } catch {
            throw InputError(file: path, message: "drawing failed: \(error); nothing was written")
        }
        tellFonts(file)
        return file.bytes
    }

    /// Tells on stderr what became of each font the file was drawn with.
    static func tellFonts(_ file: RenderedFile) {
        for use in file.fonts {
            if let note = FontNote.text(for: use) { Diagnostics.note(note) }
        }
    }
}

/// The one stderr note about a font: what was asked for, the face fontconfig gave, the characters that face
/// lacks, and the face drawn instead. Silent when the family is installed and has every character drawn.
enum FontNote {
    static func text(for use: FontUse) -> String? {
        let requested = "font \"\(use.requested.name)\""
        let resolution = use.resolution
        var parts: [String] = []
        switch resolution.kind {
        case .installed:
            break
        case .standIn:
            parts.append("\(requested) is not installed; using its metric-compatible stand-in \"\(resolution.family)\"")
        case .fontconfigChoice:
            parts.append("\(requested) is not installed; fontconfig gives \"\(resolution.family)\" (see `fc-list : family`)")
        }
        let face = resolution.kind == .installed ? requested : "\"\(resolution.family)\""
        let boxes = "\(use.notdefGlyphs) drawn as empty boxes; install a font that has them, e.g. Debian's fonts-noto-core"
        if use.missing.isEmpty {
            if resolution.kind != .installed { parts[parts.count - 1] += ", which has every character drawn" }
        } else if use.isReplaced {
            parts.append("\(face) has no glyph for \(characters(use.missing)); drawn with \"\(use.drawnFamily)\" instead")
            if !use.uncovered.isEmpty { parts.append("\"\(use.drawnFamily)\" lacks \(characters(use.uncovered)) too (\(boxes))") }
        } else {
            parts.append("\(face) has no glyph for \(characters(use.missing)), and no installed font has them all (\(boxes))")
        }
        return parts.isEmpty ? nil : "coopchart: " + parts.joined(separator: "; ")
    }

    /// "ạ ả ấ (U+1EA1 U+1EA3 U+1EA5)", at most 24 listed, then how many more.
    static func characters(_ scalars: [Unicode.Scalar]) -> String {
        let shown = scalars.prefix(24)
        let glyphs = shown.map { scalar in
            scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isWhitespace ? "◌" + String(scalar) : String(scalar)
        }.joined(separator: " ")
        let codes = shown.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }.joined(separator: " ")
        let more = scalars.count > shown.count ? " and \(scalars.count - shown.count) more" : ""
        return "\(scalars.count) character\(scalars.count == 1 ? "" : "s"): \(glyphs) (\(codes))\(more)"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
