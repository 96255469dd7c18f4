import CCairo
import CoopCharts

// The floor's canvases: straight Cairo surfaces of `options`' size, with no CoopCharts code in the way, shared by
// the hand-written floor chart and the replayed catalog charts so both pay for exactly the same surface work.

/// Prepares a fresh floor canvas: no font hinting (the glyph positions CoopCharts measures with), a white page.
func startFloorCanvas(_ cr: OpaquePointer) {
    let fontOptions = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE)
    cairo_set_font_options(cr, fontOptions)
    cairo_font_options_destroy(fontOptions)
    cairo_set_source_rgb(cr, 1, 1, 1)
    cairo_rectangle(cr, 0, 0, options.width, options.height)
    cairo_fill(cr)
}

/// The size in bytes of the PNG that `drawing` makes at `options`' size and scale.
func floorPNG(drawing: (OpaquePointer) -> Void) -> Int {
    let pixels = options.pixelSize
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixels.width), Int32(pixels.height))!
    let cr = cairo_create(surface)!
    cairo_scale(cr, options.pngScale, options.pngScale)
    drawing(cr)
    cairo_destroy(cr)
    let collector = Collector()
    cairo_surface_write_to_png_stream(surface, Collector.write, Unmanaged.passUnretained(collector).toOpaque())
    cairo_surface_destroy(surface)
    return collector.bytes.count
}

/// The size in bytes of the PDF that `drawing` makes, titled `title` and dated like the charts it is compared with.
func floorPDF(title: String, drawing: (OpaquePointer) -> Void) -> Int {
    let collector = Collector()
    let surface = cairo_pdf_surface_create_for_stream(
        Collector.write, Unmanaged.passUnretained(collector).toOpaque(),
        options.width, options.height)!
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00Z")
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2024-01-01T00:00:00Z")
    let cr = cairo_create(surface)!
    drawing(cr)
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    cairo_surface_destroy(surface)
    return collector.bytes.count
}
