import CoopAnalytics
import CoopCharts

/// The one note about a font: what was asked for, the face fontconfig gave, the characters that face
/// lacks, and the face drawn instead. None when the family is installed and has every character drawn.
public enum FontNotes {
    /// A note for each font of `file` that was not drawn as asked, each once.
    public static func notes(_ file: RenderedFile) -> [ServiceNote] { notes(file.fonts) }

    public static func notes(_ fonts: [FontUse]) -> [ServiceNote] {
        var list = NoteList()
        for use in fonts { if let note = note(for: use) { list.add(note) } }
        return list.notes
    }

    public static func note(for use: FontUse) -> ServiceNote? {
        let resolution = use.resolution
        var parts: [String] = [], partsVi: [String] = []
        let requested = "font \"\(use.requested.name)\"", requestedVi = "phông \"\(use.requested.name)\""
        switch resolution.kind {
        case .installed:
            break
        case .standIn:
            parts.append("\(requested) is not installed; using its metric-compatible stand-in \"\(resolution.family)\"")
            partsVi.append("\(requestedVi) chưa được cài; dùng phông thay thế cùng kích thước chữ \"\(resolution.family)\"")
        case .fontconfigChoice:
            parts.append("\(requested) is not installed; fontconfig gives \"\(resolution.family)\" (see `fc-list : family`)")
            partsVi.append("\(requestedVi) chưa được cài; fontconfig chọn \"\(resolution.family)\" (xem `fc-list : family`)")
        }
        let face = resolution.kind == .installed ? requested : "\"\(resolution.family)\""
        let faceVi = resolution.kind == .installed ? requestedVi : "\"\(resolution.family)\""
        let boxes = "\(use.notdefGlyphs) drawn as empty boxes; install a font that has them, e.g. Debian's fonts-noto-core"
        let boxesVi = "\(use.notdefGlyphs) chữ vẽ thành ô trống; hãy cài một phông có đủ các chữ đó, ví dụ gói fonts-noto-core của Debian"
        if use.missing.isEmpty {
            if resolution.kind != .installed {
                parts[parts.count - 1] += ", which has every character drawn"
                partsVi[partsVi.count - 1] += ", phông này có đủ mọi chữ được vẽ"
            }
        } else if use.isReplaced {
            parts.append("\(face) has no glyph for \(characters(use.missing)); drawn with \"\(use.drawnFamily)\" instead")
            partsVi.append("\(faceVi) không có \(characters(use.missing, vi: true)); đã vẽ bằng \"\(use.drawnFamily)\"")
            if !use.uncovered.isEmpty {
                parts.append("\"\(use.drawnFamily)\" lacks \(characters(use.uncovered)) too (\(boxes))")
                partsVi.append("\"\(use.drawnFamily)\" cũng thiếu \(characters(use.uncovered, vi: true)) (\(boxesVi))")
            }
        } else {
            parts.append("\(face) has no glyph for \(characters(use.missing)), and no installed font has them all (\(boxes))")
            partsVi.append("\(faceVi) không có \(characters(use.missing, vi: true)), và không phông nào đã cài có đủ (\(boxesVi))")
        }
        guard !parts.isEmpty else { return nil }
        return ServiceNote(.font, parts.joined(separator: "; "), vietnamese: partsVi.joined(separator: "; "))
    }

    /// "ạ ả ấ (U+1EA1 U+1EA3 U+1EA5)", at most 24 listed, then how many more.
    static func characters(_ scalars: [Unicode.Scalar], vi: Bool = false) -> String {
        let shown = scalars.prefix(24)
        let glyphs = shown.map { scalar in
            scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isWhitespace ? "◌" + String(scalar) : String(scalar)
        }.joined(separator: " ")
        let codes = shown.map { scalar -> String in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
        if vi {
            let more = scalars.count > shown.count ? " và \(scalars.count - shown.count) chữ khác" : ""
            return "\(scalars.count) chữ: \(glyphs) (\(codes))\(more)"
        }
        let more = scalars.count > shown.count ? " and \(scalars.count - shown.count) more" : ""
        return "\(scalars.count) character\(scalars.count == 1 ? "" : "s"): \(glyphs) (\(codes))\(more)"
    }
}
