import CCairo

/// The PDF document features the report needs (page sizes, metadata, bookmarks, page breaks), kept
/// here so that no Cairo call lives outside the backend layer.
extension CairoSurface {
    func setPageSize(_ size: Size) {
        guard kind == .pdf else { return }
        cairo_pdf_surface_set_size(pointer, size.width, size.height)
    }

    func setDocumentInfo(author: String, subject: String, keywords: String) {
        guard kind == .pdf else { return }
        if !author.isEmpty { cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_AUTHOR, NormalizedText(author).string) }
        if !subject.isEmpty { cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_SUBJECT, NormalizedText(subject).string) }
        if !keywords.isEmpty { cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_KEYWORDS, keywords) }
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATOR, "coopchart")
    }

    /// Adds a bookmark to the document outline; returns its id for nesting.
    func addOutline(parent: Int32, title: String, page: Int) -> Int32 {
        cairo_pdf_surface_add_outline(pointer, parent, title, "page=\(page)", cairo_pdf_outline_flags_t(rawValue: 0))
    }
}

extension CairoContext {
    func showPage() { cairo_show_page(pointer) }

    /// Scales everything drawn after it: a PNG at 2× draws the same points on twice the pixels.
    func scale(by factor: Double) { cairo_scale(pointer, factor, factor) }
}
