import CoopCharts
import CoopFormatting
import Dispatch
import Foundation

/// A Word document (.docx) written from the same pages as the PDF report (`[DocumentPage]`), so the
/// two never drift apart: headings become Word heading styles (navigation pane, table of contents),
/// text becomes paragraphs in the Normal style, tables become real Word tables (the scorecard too),
/// and each chart a 300-dpi PNG (with its resolution recorded) as wide as the text.
public enum WordDocument {
    public static func docx(_ pages: [DocumentPage], options: WordOptions) throws -> [UInt8] {
        let items = FlowItem.flow(pages)
        let page = layout(pages.first?.size ?? PageSize.a4.size, options: options)
        let textWidth = Double(page.width - page.left - page.right) / 20
        var pictures: [(chart: any Chart, width: Double, height: Double)] = []
        var body = ""
        if let official = options.official { body += officialHeading(official, title: coverTitle(items) ?? options.title, textWidth: textWidth) }
        var headings = 0
        for var item in items {
            if case let .heading(text, level, newPage) = item {
                // An official document's text follows its heading block on the first page.
                if options.official != nil && headings == 0 {
                    item = .heading(text, level: level, newPage: false)
                } else {
                    item = .heading(text, level: level, newPage: newPage)
                }
                headings += 1
            }
            body += try xml(for: item, official: options.official != nil, textWidth: textWidth, options: options, pictures: &pictures)
        }
        let images = try render(pictures, options: options)
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", bytes(WordprocessingML.contentTypes(hasPNG: !images.isEmpty))),
            ("_rels/.rels", bytes(WordprocessingML.packageRelationships)),
            (
                "docProps/core.xml",
                bytes(
                    WordprocessingML.coreProperties(
                        title: options.title, author: options.author,
                        language: options.language.tag,
                        created: options.date.map { "\($0)T00:00:00Z" }))
            ),
            ("docProps/app.xml", bytes(WordprocessingML.appProperties)),
            ("word/document.xml", bytes(WordprocessingML.document(body: body, page: page))),
            (
                "word/styles.xml",
                bytes(
                    WordprocessingML.styles(
                        font: options.font, bodySize: options.bodySize,
                        language: options.language.tag))
            ),
            ("word/settings.xml", bytes(WordprocessingML.settings)),
            ("word/header1.xml", bytes(WordprocessingML.pageNumberHeader)),
            ("word/header2.xml", bytes(WordprocessingML.emptyHeader)),
            ("word/_rels/document.xml.rels", bytes(WordprocessingML.documentRelationships(images: images.count))),
        ]
        for (index, image) in images.enumerated() { parts.append(("word/media/image\(index + 1).png", image)) }
        return try DocxPackage.zip(parts, date: options.date)
    }

    /// Every figure on its own page under its caption (a Heading 1, so the navigation pane lists them),
    /// drawn as wide as the text and `heightRatio` times as tall: for pasting into a draft.
    public static func figures(_ figures: [(caption: String, chart: any Chart, heightRatio: Double)], options: WordOptions) throws -> [UInt8] {
        let size = PageSize.a4.size
        let contentWidth = size.width - 96
        let pages = figures.map { figure in
            DocumentPage(
                size: size, blocks: [.heading(figure.caption), .chart(figure.chart, height: contentWidth * figure.heightRatio)],
                outline: [.init(title: figure.caption)])
        }
        return try docx(pages, options: options)
    }

    /// A4 (or the pages' landscape A4) with the options' margins; the header sits 10 mm from the top edge.
    static func layout(_ size: Size, options: WordOptions) -> WordprocessingML.Page {
        let landscape = size.width > size.height
        return WordprocessingML.Page(
            width: landscape ? 16_838 : 11_906, height: landscape ? 11_906 : 16_838,
            top: WordprocessingML.twips(millimetres: options.marginTop),
            bottom: WordprocessingML.twips(millimetres: options.marginBottom),
            left: WordprocessingML.twips(millimetres: options.marginLeft),
            right: WordprocessingML.twips(millimetres: options.marginRight),
            header: WordprocessingML.twips(millimetres: 10), landscape: landscape)
    }

    private static func coverTitle(_ items: [FlowItem]) -> String? {
        for item in items { if case let .cover(title, _) = item { return title } }
        return nil
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private typealias ML = WordprocessingML

    private static func xml(
        for item: FlowItem, official: Bool, textWidth: Double, options: WordOptions,
        pictures: inout [(chart: any Chart, width: Double, height: Double)]
    ) throws -> String {
        switch item {
        case let .cover(title, lines):
            let centred = ML.ParagraphStyle(style: "Subtitle")
            if official {
                // The official heading block carries the organisation, the date and the title in their places.
                return ""
            }
            var xml = ML.paragraph("", ML.ParagraphStyle(spacingBefore: 2400))
            xml += ML.paragraph(ML.run(title), ML.ParagraphStyle(style: "Title"))
            xml += lines.map { ML.paragraph(ML.run($0), centred) }.joined()
            return xml
        case let .heading(text, level, newPage):
            return ML.heading(text, level: level, pageBreakBefore: newPage)
        case let .paragraph(text):
            return ML.paragraph(ML.run(text))
        case let .tiles(tiles):
            let width = ML.twips(points: textWidth) / max(tiles.count, 1)
            let cells = tiles.map { tile -> ML.Cell in
                var content = ML.paragraph(ML.run(tile.label, ML.RunStyle(size: 10)), ML.ParagraphStyle(style: "TableText", alignment: .center))
                content += ML.paragraph(ML.run(tile.value, ML.RunStyle(bold: true, size: 15)), ML.ParagraphStyle(style: "TableText", alignment: .center))
                if let note = tile.note {
                    content += ML.paragraph(ML.run(note, ML.RunStyle(size: 10)), ML.ParagraphStyle(style: "TableText", alignment: .center))
                }
                return ML.Cell(content: content, width: width, shaded: true)
            }
            return ML.table([cells], widths: Array(repeating: width, count: tiles.count), headerRows: 0, borders: true) + spacer()
        case let .table(table):
            return wordTable(table, textWidth: textWidth)
        case let .tabular(title, table, notes):
            var xml = ML.paragraph(ML.run(title, ML.RunStyle(bold: true)), ML.ParagraphStyle(alignment: .center, firstLineIndent: 0, keepNext: true))
            xml += wordTable(table, textWidth: textWidth)
            xml += notes.map { ML.paragraph(ML.run($0), ML.ParagraphStyle(style: "Note")) }.joined()
            return xml
        case let .chart(chart, ratio):
            pictures.append((chart, textWidth, textWidth * ratio))
            let index = pictures.count
            return ML.picture(
                relationship: "rIdImage\(index)", id: index, name: "image\(index).png", description: chart.title,
                width: textWidth, height: textWidth * ratio)
        case let .grid(charts, columns, ratio):
            let rows = (charts.count + columns - 1) / columns
            let height = textWidth / Double(columns) * ratio * Double(rows)
            pictures.append((ChartGrid(charts: charts, columns: columns), textWidth, height))
            let index = pictures.count
            return ML.picture(
                relationship: "rIdImage\(index)", id: index, name: "image\(index).png",
                description: charts.map(\.title).joined(separator: "; "), width: textWidth, height: height)
        }
    }

    private static func spacer() -> String { ML.paragraph("", ML.ParagraphStyle(spacingAfter: 60)) }

    /// A `PageTable` as a Word table: the header row repeats on every page; numbers align right;
    /// type is 11 pt, 9 pt for wide tables.
    static func wordTable(_ table: PageTable, textWidth: Double) -> String {
        let total = ML.twips(points: textWidth)
        let weights = table.columnWeights.count == table.header.count ? table.columnWeights : Array(repeating: 1, count: table.header.count)
        let sum = max(weights.reduce(0, +), 1e-9)
        let widths = weights.map { Int(Double(total) * $0 / sum) }
        let size: Double = table.header.count > 6 ? 9 : 11
        func cell(_ text: String, column: Int, header: Bool) -> ML.Cell {
            let alignment: ML.Alignment = header ? .center : (table.numericColumns.contains(column) ? .right : .left)
            return ML.Cell(
                content: ML.paragraph(ML.run(text, ML.RunStyle(bold: header, size: size)), ML.ParagraphStyle(style: "TableText", alignment: alignment)),
                width: widths[min(column, widths.count - 1)], shaded: header)
        }
        var rows = [table.header.enumerated().map { cell($1, column: $0, header: true) }]
        rows += table.rows.map { row in table.header.indices.map { cell($0 < row.count ? row[$0] : "", column: $0, header: false) } }
        return ML.table(rows, widths: widths, headerRows: 1, borders: true) + spacer()
    }

    /// The heading block as a borderless two-column table, then the kind of document and its title.
    static func officialHeading(_ heading: OfficialHeading, title: String, textWidth: Double) -> String {
        let total = ML.twips(points: textWidth)
        let left = Int(Double(total) * 0.38), right = total - left
        let centred = ML.ParagraphStyle(alignment: .center, firstLineIndent: 0, spacingAfter: 0)
        var leftCell = ""
        if let parent = heading.parent { leftCell += ML.paragraph(ML.run(parent.uppercased(), ML.RunStyle(size: 13)), centred) }
        // The short rules under the organisation's name and under the motto: an empty line with a bottom border.
        func rule(width: Int, cell: Int) -> String {
            ML.paragraph(ML.run("", ML.RunStyle(size: 2)), ML.ParagraphStyle(spacingAfter: 160, ruleBelow: ((cell - width) / 2, (cell - width) / 2)))
        }
        leftCell += ML.paragraph(ML.run(heading.organisation.uppercased(), ML.RunStyle(bold: true, size: 13)), centred)
        leftCell += rule(width: left / 3, cell: left)
        leftCell += ML.paragraph(ML.run(heading.numberLine, ML.RunStyle(size: 13)), centred)
        var rightCell = ML.paragraph(ML.run(OfficialHeading.nationalTitle, ML.RunStyle(bold: true, size: 12)), centred)
        rightCell += ML.paragraph(ML.run(OfficialHeading.motto, ML.RunStyle(bold: true, size: 13)), centred)
        rightCell += rule(width: ML.twips(millimetres: 62), cell: right)
        rightCell += ML.paragraph(ML.run(heading.placeAndDate, ML.RunStyle(italic: true, size: 14)), centred)
        var xml = ML.table(
            [[ML.Cell(content: leftCell, width: left), ML.Cell(content: rightCell, width: right)]],
            widths: [left, right], headerRows: 0, borders: false)
        xml += ML.paragraph(
            ML.run(heading.kind, ML.RunStyle(bold: true, size: 14)),
            ML.ParagraphStyle(alignment: .center, firstLineIndent: 0, spacingBefore: 360, spacingAfter: 0))
        xml += ML.paragraph(ML.run(title, ML.RunStyle(bold: true, size: 14)), ML.ParagraphStyle(alignment: .center, firstLineIndent: 0, spacingAfter: 240))
        return xml
    }

    /// Draws every picture as a PNG at `options.chartDPI`, on all cores; the results keep their order.
    static func render(_ pictures: [(chart: any Chart, width: Double, height: Double)], options: WordOptions) throws -> [[UInt8]] {
        let slots = PictureSlots(count: pictures.count)
        DispatchQueue.concurrentPerform(iterations: pictures.count) { index in
            var chartOptions = options.chartOptions
            chartOptions.width = pictures[index].width
            chartOptions.height = pictures[index].height
            chartOptions.dpi = options.chartDPI
            slots.set(
                index, Result { () throws(CairoError) -> [UInt8] in try ChartRenderer.render(pictures[index].chart, format: .png, options: chartOptions) })
        }
        return try slots.values()
    }
}

/// Results written from several threads, one slot each; read after all are done.
private final class PictureSlots: @unchecked Sendable {
    private var slots: [Result<[UInt8], CairoError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<[UInt8], CairoError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func values() throws -> [[UInt8]] {
        try slots.map { slot in
            switch slot {
            case .success(let bytes)?: return bytes
            case .failure(let error)?: throw error
            case nil: throw CairoError.drawing(reason: "a chart of the document was not drawn")
            }
        }
    }
}
