/// Renders charts to the bytes of a PNG, PDF, SVG or EPS file; writing the file is the caller's job.
public enum ChartRenderer {
    /// The encoded file for `chart` in `format`.
    public static func render(_ chart: some Chart, format: OutputFormat, options: RenderOptions = RenderOptions())
        throws(CairoError) -> [UInt8]
    {
        try renderFile(chart, format: format, options: options).bytes
    }

    /// The encoded file and the fonts it was drawn with. Every string drawn is checked against its face at
    /// the backend's text seam; if a face lacked a character, the chart is drawn once more with a family
    /// that has them all (`FontCheck.coveringFamily`), so no letter is lost and no chart mixes faces.
    public static func renderFile(_ chart: some Chart, format: OutputFormat, options: RenderOptions = RenderOptions())
        throws(CairoError) -> RenderedFile
    {
        try RenderedFile.drawnWithCoveringFonts { (replacements) throws(CairoError) in
            try render(chart.title, format: format, options: options, replacements: replacements) { backend in
                chart.draw(on: backend, size: options.size, fontFamily: options.fontFamily)
            }
        }
    }

    /// The encoded file of a chart already laid out (`LaidOutChart`): its recording is replayed, so a chart
    /// checked on its recording is drawn exactly as checked, without being laid out again. Only when a face
    /// lacked a character is it laid out once more, with the covering family.
    public static func renderFile(_ layout: LaidOutChart, format: OutputFormat, options: RenderOptions = RenderOptions())
        throws(CairoError) -> RenderedFile
    {
        try RenderedFile.drawnWithCoveringFonts { (replacements) throws(CairoError) in
            let recording =
                replacements.isEmpty
                ? layout.recording : try LaidOutChart.record(layout.chart, options: options, replacements: replacements)
            return try render(layout.chart.title, format: format, options: options, replacements: replacements) { backend in
                recording.replay(on: backend)
            }
        }
    }

    private static func render(
        _ title: String, format: OutputFormat, options: RenderOptions, replacements: [FontFamily: String],
        drawing: (CairoBackend) -> Void
    ) throws(CairoError) -> (bytes: [UInt8], audit: FontAudit) {
        switch format {
        case .png:
            let pixels = options.pixelSize
            let surface = try CairoSurface.image(width: pixels.width, height: pixels.height)
            let context = try CairoContext(surface: surface)
            context.scale(by: options.pngScale)
            let audit = try draw(on: context, options: options, replacements: replacements, drawing: drawing)
            return (try surface.pngBytes(dpi: options.dpi), audit)
        case .pdf:
            let surface = try CairoSurface.pdf(width: options.width, height: options.height)
            surface.setPDFMetadata(title: NormalizedText(title).string, date: options.documentDate.written)
            let audit = try drawAndFinish(on: surface, options: options, replacements: replacements, drawing: drawing)
            return (try surface.finish(), audit)
        case .svg:
            let surface = try CairoSurface.svg(width: options.width, height: options.height)
            let audit = try drawAndFinish(on: surface, options: options, replacements: replacements, drawing: drawing)
            return (SVGSurfaceID.normalized(try surface.finish()), audit)
        case .eps:
            let surface = try CairoSurface.eps(width: options.width, height: options.height)
            let audit = try drawAndFinish(on: surface, options: options, replacements: replacements, drawing: drawing)
            let bytes = try surface.finish()
            return (options.documentDate.written.map { PostScriptDate.replacingCreationDate(in: bytes, with: $0) } ?? bytes, audit)
        }
    }

    private static func drawAndFinish(
        on surface: CairoSurface, options: RenderOptions, replacements: [FontFamily: String], drawing: (CairoBackend) -> Void
    ) throws(CairoError) -> FontAudit {
        // The context must be gone before the surface finishes, so scope it here.
        let context = try CairoContext(surface: surface)
        return try draw(on: context, options: options, replacements: replacements, drawing: drawing)
    }

    private static func draw(
        on context: CairoContext, options: RenderOptions, replacements: [FontFamily: String], drawing: (CairoBackend) -> Void
    ) throws(CairoError) -> FontAudit {
        let backend = CairoBackend(context: context, replacements: replacements)
        backend.setColor(options.background)
        backend.fillRect(Rect(size: options.size))
        drawing(backend)
        try context.check()
        return backend.audit
    }
}

/// Cairo's PostScript surface stamps "%%CreationDate:" with the current time and offers no setting for it
/// (cairo 1.16), so a fixed date is substituted in the header comment to make EPS reproducible.
enum PostScriptDate {
    static func replacingCreationDate(in bytes: [UInt8], with date: String) -> [UInt8] {
        let key = Array("%%CreationDate: ".utf8)
        // The DSC header is short; never scan the body.
        let limit = min(bytes.count, 4096)
        guard limit >= key.count, let start = (0...(limit - key.count)).first(where: { bytes[$0..<$0 + key.count].elementsEqual(key) }),
            let end = bytes[(start + key.count)...].firstIndex(of: UInt8(ascii: "\n"))
        else { return bytes }
        var result = Array(bytes[..<(start + key.count)])
        result.append(contentsOf: Array(date.utf8))
        result.append(contentsOf: bytes[end...])
        return result
    }
}
