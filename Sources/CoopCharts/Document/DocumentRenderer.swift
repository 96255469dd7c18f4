import Dispatch

/// Document metadata written into the PDF's information dictionary.
public struct DocumentMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public init(title: String, author: String = "", subject: String = "", keywords: String = "") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
    }
}

/// Renders a multi-page PDF: pages are laid out concurrently (each into its own recording), then
/// replayed in order onto one PDF surface, so the file is the same whatever the number of cores.
public enum DocumentRenderer {
    public static func pdf(_ pages: [DocumentPage], metadata: DocumentMetadata, options: RenderOptions = RenderOptions()) throws(CairoError) -> [UInt8] {
        try pdfFile(pages, metadata: metadata, options: options).bytes
    }

    /// The PDF and the fonts it was drawn with. As for charts, the replay checks every string against its
    /// face, and if one lacked a character the document is laid out and drawn again with a covering family.
    public static func pdfFile(_ pages: [DocumentPage], metadata: DocumentMetadata, options: RenderOptions = RenderOptions()) throws(CairoError) -> RenderedFile
    {
        try RenderedFile.drawnWithCoveringFonts { (replacements) throws(CairoError) in
            try pdf(pages, metadata: metadata, options: options, replacements: replacements)
        }
    }

    private static func pdf(
        _ pages: [DocumentPage], metadata: DocumentMetadata, options: RenderOptions,
        replacements: [FontFamily: String]
    ) throws(CairoError) -> (bytes: [UInt8], audit: FontAudit) {
        let recordings = try record(pages, fontFamily: options.fontFamily, replacements: replacements)
        let first = pages.first?.size ?? Size(width: options.width, height: options.height)
        let surface = try CairoSurface.pdf(width: first.width, height: first.height)
        surface.setPDFMetadata(title: NormalizedText(metadata.title).string, date: options.documentDate.written)
        surface.setDocumentInfo(author: metadata.author, subject: metadata.subject, keywords: metadata.keywords)
        let audit: FontAudit
        do {
            let context = try CairoContext(surface: surface)
            let backend = CairoBackend(context: context, replacements: replacements)
            audit = backend.audit
            var sectionID: Int32 = 0
            for (index, page) in pages.enumerated() {
                surface.setPageSize(page.size)
                backend.setColor(options.background)
                backend.fillRect(Rect(size: page.size))
                recordings[index].replay(on: backend)
                for entry in page.outline {
                    let parent = entry.level == 0 ? 0 : sectionID
                    let id = surface.addOutline(parent: parent, title: NormalizedText(entry.title).string, page: index + 1)
                    if entry.level == 0 { sectionID = id }
                }
                context.showPage()
                try context.check()
            }
        }
        return (try surface.finish(), audit)
    }

    /// Lays out every page into a recording, in parallel: layout and text measuring are most of the work.
    static func record(_ pages: [DocumentPage], fontFamily: FontFamily, replacements: [FontFamily: String] = [:]) throws(CairoError) -> [RecordingBackend] {
        try ParallelWork.map(pages.count) { index throws(CairoError) in
            let recording = try RecordingBackend(replacements: replacements)
            PageComposer(page: pages[index]).draw(on: recording, size: pages[index].size, fontFamily: fontFamily)
            return recording
        }
    }
}

extension RecordingBackend {
    /// Draws what was recorded onto another backend, operation by operation.
    func replay(on backend: any DrawingBackend) {
        for operation in operations {
            switch operation {
            case let .fillRect(rect, color): backend.setColor(color); backend.fillRect(rect)
            case let .strokeRect(rect, color, style): backend.setColor(color); backend.strokeRect(rect, style: style)
            case let .fillPath(path, color): backend.setColor(color); backend.fillPath(path)
            case let .strokePath(path, color, style): backend.setColor(color); backend.strokePath(path, style: style)
            case let .pushClip(rect): backend.pushClip(rect)
            case .popClip: backend.popClip()
            case let .text(text): backend.setColor(text.color); backend.drawText(NormalizedText(text.text), at: text.origin, font: text.font)
            }
        }
    }
}
