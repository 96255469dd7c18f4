import CCairo

/// Owns one `cairo_t`; keeps its surface alive for as long as it draws on it.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws(CairoError) {
        guard let raw = cairo_create(surface.pointer) else { throw .contextCreation(reason: "no context") }
        let status = cairo_status(raw)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(raw)
            throw .contextCreation(reason: CairoError.reason(status))
        }
        pointer = raw
        self.surface = surface
        Self.useUnhintedMetrics(raw)
    }

    deinit { cairo_destroy(pointer) }

    /// Throws if any drawing call has put the context into an error state.
    func check() throws(CairoError) {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else { throw .drawing(reason: CairoError.reason(status)) }
    }

    /// Unhinted metrics make a label measure the same on a 1×1 probe, a 2× PNG and a PDF,
    /// so layout decided once holds on every surface.
    static func useUnhintedMetrics(_ raw: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(raw, options)
        cairo_font_options_destroy(options)
    }
}
