import Foundation
import CoopCharts
import CoopSpreadsheets
import ZIPFoundation

/// A `SlideDeck` as a .pptx package: every part written (`PresentationML`, the chart parts from
/// libxlsxwriter with their embedded workbooks, the pictures), then zipped in memory by ZIPFoundation
/// in a fixed order with a fixed time, so one deck gives the same bytes every run.
struct PptxPackage {
    let deck: SlideDeck
    /// Render settings for the pictures (font family, background, document date).
    let pictureOptions: RenderOptions
    /// The fixed creation time written into the embedded workbooks.
    let created: Int

    private typealias ML = PresentationML

    /// Points of the 960 × 540 pt slide.
    static let width = 960.0, height = 540.0
    static let margin = 36.0
    static let bodyTop = 96.0, footerTop = 494.0
    /// Pictures at twice the slide's pixel size (the slide is 1280 px wide at 96 dpi).
    static let pictureScale = 2 * 96.0 / 72

    func bytes() throws -> [UInt8] {
        var parts: [(String, [UInt8])] = []
        var charts = 0, images = 0
        let language = deck.language
        for (index, slide) in deck.slides.enumerated() {
            let number = index + 1
            var relationships = [
                ML.Relationship(id: "rId1", type: "slideLayout", target: "../slideLayouts/slideLayout1.xml"),
                ML.Relationship(id: "rId2", type: "notesSlide", target: "../notesSlides/notesSlide\(number).xml"),
            ]
            var shapes = titleShapes(slide)
            var nextShape = 5
            switch slide.body {
            case .cover(let lines):
                shapes = coverShapes(title: slide.title, lines: lines)
            case .charts(let list):
                let gap = 12.0
                let width = (Self.width - 2 * Self.margin - gap * Double(list.count - 1)) / Double(max(list.count, 1))
                for (offset, chart) in list.enumerated() {
                    charts += 1
                    let part = try ChartPart(chart, language: language, created: created)
                    parts.append(("ppt/charts/chart\(charts).xml", Array(part.xml.utf8)))
                    parts.append(
                        (
                            "ppt/charts/_rels/chart\(charts).xml.rels",
                            Array(
                                ML.relationships([
                                    ML.Relationship(
                                        id: ChartPart.workbookRelationship, type: "package", target: "../embeddings/Microsoft_Excel_Worksheet\(charts).xlsx")
                                ]).utf8)
                        ))
                    parts.append(("ppt/embeddings/Microsoft_Excel_Worksheet\(charts).xlsx", part.workbook))
                    let id = "rId\(relationships.count + 1)"
                    relationships.append(ML.Relationship(id: id, type: "chart", target: "../charts/chart\(charts).xml"))
                    let frame = ML.Frame(
                        x: Self.margin + Double(offset) * (width + gap), y: Self.bodyTop, width: width, height: Self.footerTop - Self.bodyTop - 6)
                    shapes += ML.chartFrame(id: nextShape, name: "Chart \(nextShape - 1)", description: chart.title, frame: frame, relationship: id)
                    nextShape += 1
                }
            case .picture(let chart, let altText):
                images += 1
                let frame = ML.Frame(x: Self.margin, y: Self.bodyTop, width: Self.width - 2 * Self.margin, height: Self.footerTop - Self.bodyTop - 6)
                var options = pictureOptions
                options.width = frame.width
                options.height = frame.height
                options.pngScale = Self.pictureScale
                let png: [UInt8]
                do {
                    png = try ChartRenderer.render(chart, format: .png, options: options)
                } catch {
                    throw SlidesError("drawing \"\(chart.title)\" failed: \(error)")
                }
                parts.append(("ppt/media/image\(images).png", png))
                let id = "rId\(relationships.count + 1)"
                relationships.append(ML.Relationship(id: id, type: "image", target: "../media/image\(images).png"))
                shapes += ML.picture(id: nextShape, name: "Picture \(nextShape - 1)", description: altText, frame: frame, relationship: id)
                nextShape += 1
            case let .table(header, rows, numeric, emphasised, weights):
                shapes += table(header: header, rows: rows, numeric: numeric, emphasised: emphasised, weights: weights, id: nextShape)
                nextShape += 1
            case .bullets(let lines):
                let style = ML.RunStyle(size: 20, color: deck.textColor, font: deck.bodyFont, language: language)
                shapes += ML.textBox(
                    id: nextShape, name: "Text \(nextShape - 1)",
                    frame: ML.Frame(x: Self.margin, y: Self.bodyTop + 8, width: Self.width - 2 * Self.margin, height: Self.footerTop - Self.bodyTop - 16),
                    body: ML.paragraphs(lines, style, bullet: true, spaceAfter: 10))
                nextShape += 1
            }
            if !slide.footer.isEmpty {
                let style = ML.RunStyle(size: 9, color: 0x555555, font: deck.bodyFont, language: language)
                shapes += ML.textBox(
                    id: 4, name: "Footer 3", frame: ML.Frame(x: Self.margin, y: Self.footerTop, width: Self.width - 2 * Self.margin, height: 40),
                    body: ML.paragraphs([slide.footer], style))
            }
            parts.append(("ppt/slides/slide\(number).xml", Array(ML.slide(shapes: shapes, background: 0xFFFFFF).utf8)))
            parts.append(("ppt/slides/_rels/slide\(number).xml.rels", Array(ML.relationships(relationships).utf8)))
            let notesStyle = ML.RunStyle(size: 12, color: 0x000000, font: deck.bodyFont, language: language)
            parts.append(("ppt/notesSlides/notesSlide\(number).xml", Array(ML.notesSlide(slide.notes, style: notesStyle).utf8)))
            parts.append(
                (
                    "ppt/notesSlides/_rels/notesSlide\(number).xml.rels",
                    Array(
                        ML.relationships([
                            ML.Relationship(id: "rId1", type: "notesMaster", target: "../notesMasters/notesMaster1.xml"),
                            ML.Relationship(id: "rId2", type: "slide", target: "../slides/slide\(number).xml"),
                        ]).utf8)
                ))
        }
        let theme = try officeTheme()
        let fixed: [(String, String)] = [
            ("[Content_Types].xml", ML.contentTypes(slides: deck.slides.count, charts: charts)),
            ("_rels/.rels", ML.packageRelationships),
            ("docProps/core.xml", ML.coreProperties(title: deck.title, author: deck.author, language: language, created: deck.date.map { "\($0)T00:00:00Z" })),
            ("docProps/app.xml", ML.appProperties(slides: deck.slides.count)),
            (
                "ppt/presentation.xml",
                ML.presentation(slides: deck.slides.count, notesMasterRelationship: "rId2", firstSlideRelationship: 7, bodyFont: deck.bodyFont)
            ),
            (
                "ppt/_rels/presentation.xml.rels",
                ML.relationships(
                    [
                        ML.Relationship(id: "rId1", type: "slideMaster", target: "slideMasters/slideMaster1.xml"),
                        ML.Relationship(id: "rId2", type: "notesMaster", target: "notesMasters/notesMaster1.xml"),
                        ML.Relationship(id: "rId3", type: "theme", target: "theme/theme1.xml"),
                        ML.Relationship(id: "rId4", type: "presProps", target: "presProps.xml"),
                        ML.Relationship(id: "rId5", type: "viewProps", target: "viewProps.xml"),
                        ML.Relationship(id: "rId6", type: "tableStyles", target: "tableStyles.xml"),
                    ] + deck.slides.indices.map { ML.Relationship(id: "rId\(7 + $0)", type: "slide", target: "slides/slide\($0 + 1).xml") })
            ),
            ("ppt/slideMasters/slideMaster1.xml", ML.slideMaster(headingFont: deck.headingFont, bodyFont: deck.bodyFont, accent: deck.accent)),
            (
                "ppt/slideMasters/_rels/slideMaster1.xml.rels",
                ML.relationships([
                    ML.Relationship(id: "rId1", type: "slideLayout", target: "../slideLayouts/slideLayout1.xml"),
                    ML.Relationship(id: "rId2", type: "theme", target: "../theme/theme1.xml"),
                ])
            ),
            ("ppt/slideLayouts/slideLayout1.xml", ML.slideLayout(headingFont: deck.headingFont, accent: deck.accent)),
            (
                "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                ML.relationships([
                    ML.Relationship(id: "rId1", type: "slideMaster", target: "../slideMasters/slideMaster1.xml")
                ])
            ),
            ("ppt/notesMasters/notesMaster1.xml", ML.notesMaster(bodyFont: deck.bodyFont)),
            (
                "ppt/notesMasters/_rels/notesMaster1.xml.rels",
                ML.relationships([
                    ML.Relationship(id: "rId1", type: "theme", target: "../theme/theme2.xml")
                ])
            ),
            ("ppt/theme/theme1.xml", theme),
            ("ppt/theme/theme2.xml", theme),
            ("ppt/presProps.xml", ML.presentationProperties),
            ("ppt/viewProps.xml", ML.viewProperties),
            ("ppt/tableStyles.xml", ML.tableStyles),
        ]
        return try zip(fixed.map { ($0.0, Array($0.1.utf8)) } + parts)
    }

    private func titleShapes(_ slide: SlideDeck.Slide) -> String {
        let language = deck.language
        var shapes = ML.textBox(
            id: 2, name: "Title 1", frame: ML.titleFrame,
            body: ML.paragraphs(
                [slide.title],
                ML.RunStyle(
                    size: slide.title.count > 70 ? 22 : 26, bold: true, color: deck.accent,
                    font: deck.headingFont, language: language)),
            placeholder: "title", anchor: "b")
        if !slide.subtitle.isEmpty {
            shapes += ML.textBox(
                id: 3, name: "Subtitle 2", frame: ML.Frame(x: Self.margin, y: 70, width: Self.width - 2 * Self.margin, height: 22),
                body: ML.paragraphs([slide.subtitle], ML.RunStyle(size: 14, color: 0x555555, font: deck.bodyFont, language: language)))
        }
        return shapes
    }

    private func coverShapes(title: String, lines: [String]) -> String {
        let language = deck.language
        return ML.textBox(
            id: 2, name: "Title 1", frame: ML.Frame(x: 72, y: 120, width: Self.width - 144, height: 150),
            body: ML.paragraphs(
                [title], ML.RunStyle(size: 36, bold: true, color: deck.accent, font: deck.headingFont, language: language),
                align: "ctr"),
            placeholder: "title", anchor: "b")
            + ML.textBox(
                id: 3, name: "Subtitle 2", frame: ML.Frame(x: 72, y: 292, width: Self.width - 144, height: 180),
                body: ML.paragraphs(
                    lines, ML.RunStyle(size: 20, color: deck.textColor, font: deck.bodyFont, language: language),
                    align: "ctr", spaceAfter: 6))
    }

    private func table(header: [String], rows: [[String]], numeric: Set<Int>, emphasised: Set<Int>, weights: [Double], id: Int) -> String {
        let language = deck.language
        let total = weights.reduce(0, +)
        let width = Self.width - 2 * Self.margin
        let columnWidths = weights.map { width * $0 / total }
        let rowHeight = min(30, (Self.footerTop - Self.bodyTop - 10) / Double(rows.count + 1))
        let size = rowHeight >= 26 ? 14.0 : (rowHeight >= 20 ? 12 : 10)
        let border: UInt32 = 0xBFBFBF
        let headerStyle = ML.CellStyle(
            run: ML.RunStyle(size: size, bold: true, color: 0xFFFFFF, font: deck.bodyFont, language: language),
            align: "ctr", fill: deck.accent, border: border)
        var cells: [[(text: String, style: ML.CellStyle)]] = [header.map { ($0, headerStyle) }]
        for (index, row) in rows.enumerated() {
            let strong = emphasised.contains(index)
            cells.append(
                row.enumerated().map { column, text in
                    (
                        text,
                        ML.CellStyle(
                            run: ML.RunStyle(size: size, bold: strong, color: deck.textColor, font: deck.bodyFont, language: language),
                            align: numeric.contains(column) ? "r" : "l", fill: strong ? 0xFCE9C8 : (index % 2 == 1 ? 0xF2F2F2 : nil),
                            border: border)
                    )
                })
        }
        return ML.table(
            id: id, name: "Table \(id - 1)",
            frame: ML.Frame(x: Self.margin, y: Self.bodyTop, width: width, height: rowHeight * Double(cells.count)),
            columnWidths: columnWidths, rowHeight: rowHeight, rows: cells)
    }

    /// The Office theme libxlsxwriter writes into every workbook, with the deck's fonts: a complete
    /// theme (colours, fonts, formats) that PowerPoint and LibreOffice both accept.
    private func officeTheme() throws -> String {
        let bytes: [UInt8]
        do {
            let workbook = try XlsxWorkbook()
            _ = try workbook.addSheet("Sheet1")
            bytes = try workbook.finish()
        } catch {
            throw SlidesError("the deck's theme could not be made: \(error)")
        }
        return try ChartPart.entry("xl/theme/theme1.xml", in: bytes)
            .replacingOccurrences(of: "<a:latin typeface=\"Cambria\"", with: "<a:latin typeface=\"\(ML.escape(deck.headingFont))\"")
            .replacingOccurrences(of: "<a:latin typeface=\"Calibri\"", with: "<a:latin typeface=\"\(ML.escape(deck.bodyFont))\"")
    }

    private func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw SlidesError("could not start the .pptx package in memory: \(error)")
        }
        let stamp = Self.timestamp(deck.date)
        for (path, bytes) in parts {
            let data = Data(bytes)
            do {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                    compressionMethod: path.hasSuffix(".png") || path.hasSuffix(".xlsx") ? .none : .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw SlidesError("could not add \(path) to the .pptx package: \(error)")
            }
        }
        guard let data = archive.data else { throw SlidesError("the .pptx package was not completed") }
        return [UInt8](data)
    }

    /// Noon of the deck's day, else 1 January 1980, the first day ZIP can record.
    private static func timestamp(_ date: String?) -> Date {
        var components = DateComponents()
        let parts = date?.split(separator: "-").compactMap { Int($0) } ?? []
        (components.year, components.month, components.day) = parts.count == 3 ? (parts[0], parts[1], parts[2]) : (1980, 1, 1)
        components.hour = 12
        return Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 315_576_000)
    }
}
