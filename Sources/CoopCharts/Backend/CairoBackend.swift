import CCairo

/// Draws through Cairo, using its simple ("toy") text API with fonts found by fontconfig.
///
/// The font check lives here, at the one seam every string passes on its way to Cairo: each drawn string
/// is checked against the face it is drawn with (`FontAudit`), and the glyphs Cairo receives are counted
/// for index 0 (.notdef). A chart cannot draw text that escapes the check, whatever chart or page drew it.
/// The renderer then draws the whole file again with a covering family if a face lacked a letter (a chart
/// set in one face throughout reads better than one that switches face for the names that need it).
public final class CairoBackend: DrawingBackend {
    let context: CairoContext
    private var cr: OpaquePointer { context.pointer }
    /// Selecting a face costs a cache lookup in Cairo; labels mostly share one font, so skip repeats.
    private var currentFont: Font?
    /// The face selected for `currentFont`, and how its family was resolved; nil if fontconfig found none.
    private var currentFace: (face: MatchedFace, resolution: FontResolution)?
    /// Requested family → family to draw instead, set by the renderer's second pass.
    private let replacements: [FontFamily: String]
    private var faces: [FaceKey: (face: MatchedFace, resolution: FontResolution)?] = [:]
    /// Every drawn string, against the face that drew it.
    let audit = FontAudit()

    private struct FaceKey: Hashable {
        var family: FontFamily
        var weight: Font.Weight
    }

    init(context: CairoContext, replacements: [FontFamily: String] = [:]) {
        self.context = context
        self.replacements = replacements
    }

    /// A backend on a 1×1 image, for measuring text and for asking which glyphs a text becomes.
    public static func measuring() throws(CairoError) -> CairoBackend {
        try measuring(replacements: [:])
    }

    static func measuring(replacements: [FontFamily: String]) throws(CairoError) -> CairoBackend {
        try CairoBackend(context: CairoContext(surface: .image(width: 1, height: 1)), replacements: replacements)
    }

    public func setColor(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    public func fillRect(_ rect: Rect) {
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    public func strokeRect(_ rect: Rect, style: StrokeStyle) {
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        stroke(style)
    }

    public func fillPath(_ path: Path) {
        trace(path)
        cairo_fill(cr)
    }

    public func strokePath(_ path: Path, style: StrokeStyle) {
        trace(path)
        stroke(style)
    }

    public func pushClip(_ rect: Rect) {
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
    }

    public func popClip() {
        cairo_restore(cr)
        // Restoring also restores the font, so forget what we believed was selected.
        currentFont = nil
    }

    public func measureText(_ text: NormalizedText, font: Font) -> TextExtents {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text.string, &extents)
        return TextExtents(
            width: max(extents.x_advance, extents.x_bearing + extents.width),
            ascent: max(0, -extents.y_bearing),
            descent: max(0, extents.height + extents.y_bearing))
    }

    /// Draws as `cairo_show_text` does (text to glyphs, then glyphs with the text attached for PDF's text
    /// layer), but with the glyphs in hand, so the ones that are .notdef are counted where they are drawn.
    public func drawText(_ text: NormalizedText, at origin: Point, font: Font) {
        select(font)
        guard !text.isEmpty else { return }
        let keepsText = cairo_surface_has_show_text_glyphs(cairo_get_target(cr)) != 0
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
        var glyphCount: Int32 = 0
        var clusters: UnsafeMutablePointer<cairo_text_cluster_t>?
        var clusterCount: Int32 = 0
        var flags = cairo_text_cluster_flags_t(rawValue: 0)
        let utf8 = text.string
        let length = Int32(utf8.utf8.count)
        let status =
            keepsText
            ? cairo_scaled_font_text_to_glyphs(
                cairo_get_scaled_font(cr), origin.x, origin.y, utf8, length,
                &glyphs, &glyphCount, &clusters, &clusterCount, &flags)
            : cairo_scaled_font_text_to_glyphs(
                cairo_get_scaled_font(cr), origin.x, origin.y, utf8, length,
                &glyphs, &glyphCount, nil, nil, nil)
        defer {
            cairo_glyph_free(glyphs)
            cairo_text_cluster_free(clusters)
        }
        guard status == CAIRO_STATUS_SUCCESS, let glyphs, glyphCount > 0 else { return }
        if keepsText {
            cairo_show_text_glyphs(cr, utf8, length, glyphs, glyphCount, clusters, clusterCount, flags)
        } else {
            cairo_show_glyphs(cr, glyphs, glyphCount)
        }
        cairo_new_path(cr)
        if let (face, resolution) = currentFace {
            let notdef = (0..<Int(glyphCount)).reduce(0) { $0 + (glyphs[$1].index == 0 ? 1 : 0) }
            audit.note(text, requested: font.family, weight: font.weight, face: face, resolution: resolution, notdefGlyphs: notdef)
        }
    }

    /// The glyph indices `text` becomes in `font`, exactly as `drawText` hands them to Cairo; index 0 is the
    /// face's .notdef box, i.e. a letter the face does not have.
    public func glyphIndices(for text: NormalizedText, font: Font) -> [UInt] {
        select(font)
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
        var count: Int32 = 0
        let status = cairo_scaled_font_text_to_glyphs(
            cairo_get_scaled_font(cr), 0, 0, text.string, Int32(text.string.utf8.count),
            &glyphs, &count, nil, nil, nil)
        defer { cairo_glyph_free(glyphs) }
        guard status == CAIRO_STATUS_SUCCESS, let glyphs else { return [] }
        return (0..<Int(count)).map { UInt(glyphs[$0].index) }
    }

    /// The family Cairo is asked for when drawing `font`: its replacement in this rendering, else its
    /// resolution (a stand-in such as Liberation Serif for Times New Roman), else the name as given.
    public func drawnFamily(for font: Font) -> String {
        face(for: font)?.face.family ?? replacements[font.family] ?? font.family.name
    }

    private func face(for font: Font) -> (face: MatchedFace, resolution: FontResolution)? {
        let key = FaceKey(family: font.family, weight: font.weight)
        if let known = faces[key] { return known }
        var found: (face: MatchedFace, resolution: FontResolution)?
        if let resolution = FontCheck.resolution(for: font.family),
            let face = FontCheck.face(named: replacements[font.family] ?? resolution.family, weight: font.weight)
        {
            found = (face, resolution)
        }
        faces[key] = found
        return found
    }

    private func select(_ font: Font) {
        guard font != currentFont else { return }
        if font.family != currentFont?.family || font.weight != currentFont?.weight {
            // Select the face the check resolved, by its own family name: fontconfig then matches that very
            // face, so the characters checked are the glyphs drawn.
            currentFace = face(for: font)
            cairo_select_font_face(
                cr, currentFace?.face.family ?? replacements[font.family] ?? font.family.name,
                CAIRO_FONT_SLANT_NORMAL, font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        }
        cairo_set_font_size(cr, font.size)
        currentFont = font
    }

    private func trace(_ path: Path) {
        Self.trace(path, on: cr)
    }

    /// Sets `path` as Cairo's current path; the benchmark's bare-Cairo floor traces paths with it too.
    package static func trace(_ path: Path, on cr: OpaquePointer) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case let .move(point): cairo_move_to(cr, point.x, point.y)
            case let .line(point): cairo_line_to(cr, point.x, point.y)
            case let .arc(center, radius, start, end): cairo_arc(cr, center.x, center.y, radius, start, end)
            case let .arcNegative(center, radius, start, end): cairo_arc_negative(cr, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func stroke(_ style: StrokeStyle) {
        cairo_set_line_width(cr, style.width)
        if style.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
        cairo_stroke(cr)
    }
}
