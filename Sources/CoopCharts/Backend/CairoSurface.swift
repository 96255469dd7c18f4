import CCairo
import CPNGWriter

/// Owns one `cairo_surface_t`. Vector surfaces stream into memory; `finish()` hands back the bytes.
final class CairoSurface {
    enum Kind: String { case image = "PNG image", pdf = "PDF", svg = "SVG", eps = "EPS" }

    let pointer: OpaquePointer
    let kind: Kind
    /// Present for vector surfaces: Cairo writes into it until the surface is finished.
    private let sink: ByteSink?

    private init(pointer: OpaquePointer, kind: Kind, sink: ByteSink?) {
        self.pointer = pointer
        self.kind = kind
        self.sink = sink
    }

    deinit { cairo_surface_destroy(pointer) }

    /// The largest image surface made: 256 megapixels, 1 GB of pixels.
    static let maximumImagePixels = 256_000_000

    /// An ARGB image surface of `width`×`height` pixels.
    static func image(width: Int, height: Int) throws(CairoError) -> CairoSurface {
        // Cairo would allocate 4 bytes a pixel up front: refuse what cannot sensibly fit in memory
        // (the CLI states a lower limit; this guards every other caller).
        guard width.multipliedReportingOverflow(by: height).partialValue <= maximumImagePixels,
            !width.multipliedReportingOverflow(by: height).overflow
        else {
            throw .surfaceCreation(
                kind: Kind.image.rawValue, width: Double(width), height: Double(height),
                reason: "more than \(maximumImagePixels / 1_000_000) megapixels")
        }
        guard let raw = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(clamping: width), Int32(clamping: height))
        else { throw .surfaceCreation(kind: Kind.image.rawValue, width: Double(width), height: Double(height), reason: "no surface") }
        return try checked(CairoSurface(pointer: raw, kind: .image, sink: nil), width: Double(width), height: Double(height))
    }

    /// A PDF document of `width`×`height` points, written to memory.
    static func pdf(width: Double, height: Double) throws(CairoError) -> CairoSurface {
        let sink = ByteSink(reservingCapacity: 64 * 1024)
        guard let raw = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, width, height)
        else { throw .surfaceCreation(kind: Kind.pdf.rawValue, width: width, height: height, reason: "no surface") }
        return try checked(CairoSurface(pointer: raw, kind: .pdf, sink: sink), width: width, height: height)
    }

    /// An SVG document of `width`×`height` points, written to memory.
    static func svg(width: Double, height: Double) throws(CairoError) -> CairoSurface {
        let sink = ByteSink(reservingCapacity: 64 * 1024)
        guard let raw = cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, width, height)
        else { throw .surfaceCreation(kind: Kind.svg.rawValue, width: width, height: height, reason: "no surface") }
        return try checked(CairoSurface(pointer: raw, kind: .svg, sink: sink), width: width, height: height)
    }

    /// An Encapsulated PostScript document of `width`×`height` points, written to memory.
    static func eps(width: Double, height: Double) throws(CairoError) -> CairoSurface {
        let sink = ByteSink(reservingCapacity: 64 * 1024)
        guard let raw = cairo_ps_surface_create_for_stream(ByteSink.write, sink.opaque, width, height)
        else { throw .surfaceCreation(kind: Kind.eps.rawValue, width: width, height: height, reason: "no surface") }
        let surface = try checked(CairoSurface(pointer: raw, kind: .eps, sink: sink), width: width, height: height)
        cairo_ps_surface_set_eps(raw, 1)
        return surface
    }

    private static func checked(_ surface: CairoSurface, width: Double, height: Double) throws(CairoError) -> CairoSurface {
        let status = cairo_surface_status(surface.pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .surfaceCreation(kind: surface.kind.rawValue, width: width, height: height, reason: CairoError.reason(status))
        }
        return surface
    }

    /// Sets PDF document metadata; a fixed creation date keeps output byte-identical between runs.
    func setPDFMetadata(title: String?, date: String?) {
        guard kind == .pdf else { return }
        if let title, !title.isEmpty { cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_TITLE, title) }
        if let date {
            cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_MOD_DATE, date)
        }
    }

    var pixelWidth: Int { Int(cairo_image_surface_get_width(pointer)) }
    var pixelHeight: Int { Int(cairo_image_surface_get_height(pointer)) }

    /// Encodes an image surface as PNG bytes through libpng (CPNGWriter), recording `dpi` in a pHYs chunk so
    /// Word and LibreOffice place a 300-dpi figure at its size rather than at 96 dpi.
    ///
    /// zlib level 2 without row filters: a chart is large flat areas in few colours, which filters do not
    /// help and the fastest zlib levels compress nearly as well as the default. Against
    /// `cairo_surface_write_to_png` (zlib's default level 6, adaptive filters) this encodes a 1920×1080 chart
    /// about six times faster for a file about 8 % larger (BENCHMARKS.md, "PNG as a whole process").
    func pngBytes(dpi: Double) throws(CairoError) -> [UInt8] {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw .pngWrite(width: pixelWidth, height: pixelHeight, reason: "the image has no pixels")
        }
        let sink = ByteSink(reservingCapacity: pixelWidth * pixelHeight / 8)
        let perMetre = dpi.isFinite && dpi > 0 ? UInt32(clamping: Int((dpi / 0.0254).rounded())) : 0
        var message = [CChar](repeating: 0, count: 256)
        let status = coop_png_encode_argb32(
            data, Int32(pixelWidth), Int32(pixelHeight), cairo_image_surface_get_stride(pointer),
            Self.pngLevel, perMetre, ByteSink.appendPNG, sink.opaque,
            &message, message.count)
        guard status == 0 else {
            throw .pngWrite(
                width: pixelWidth, height: pixelHeight, reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return sink.bytes
    }

    private static let pngLevel: Int32 = 2

    /// Finishes a vector document and returns everything Cairo wrote.
    func finish() throws(CairoError) -> [UInt8] {
        cairo_surface_finish(pointer)
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else { throw .finish(kind: kind.rawValue, reason: CairoError.reason(status)) }
        return sink?.bytes ?? []
    }
}
