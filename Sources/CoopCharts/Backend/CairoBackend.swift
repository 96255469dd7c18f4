import CCairo

/// Draws through Cairo, using its simple ("toy") text API with fonts found by fontconfig.
public final class CairoBackend: DrawingBackend {
    let context: CairoContext
    private var cr: OpaquePointer { context.pointer }
    /// Selecting a face costs a cache lookup in Cairo; labels mostly share one font, so skip repeats.
    private var currentFont: Font?

    init(context: CairoContext) { self.context = context }

    /// A backend on a 1×1 image, used only to measure text.
    static func measuring() throws(CairoError) -> CairoBackend {
        try CairoBackend(context: CairoContext(surface: .image(width: 1, height: 1)))
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
        return TextExtents(width: max(extents.x_advance, extents.x_bearing + extents.width),
                           ascent: max(0, -extents.y_bearing),
                           descent: max(0, extents.height + extents.y_bearing))
    }

    public func drawText(_ text: NormalizedText, at origin: Point, font: Font) {
        select(font)
        cairo_move_to(cr, origin.x, origin.y)
        cairo_show_text(cr, text.string)
        cairo_new_path(cr)
    }

    private func select(_ font: Font) {
        guard font != currentFont else { return }
        if font.family != currentFont?.family || font.weight != currentFont?.weight {
            cairo_select_font_face(cr, font.family.name, CAIRO_FONT_SLANT_NORMAL,
                                   font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        }
        cairo_set_font_size(cr, font.size)
        currentFont = font
    }

    private func trace(_ path: Path) {
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
