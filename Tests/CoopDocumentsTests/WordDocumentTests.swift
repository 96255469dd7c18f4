import CoopCharts
import CoopFormatting
import Foundation
import Testing
import ZIPFoundation
@testable import CoopDocuments

/// The Word writer on its own: text made safe for XML, the official heading's date, the flow of the
/// report's pages into headings, paragraphs and tables, the package's parts, and the pictures' resolution.
@Suite struct WordDocumentTests {
    static let chart = RankingBarChart(
        chrome: ChartChrome(title: "HTX thành lập mới năm 2017", subtitle: "Cụm thi đua", locale: .vi),
        bars: [RankingBarChart.Bar(label: "Quảng Ninh", value: 86), RankingBarChart.Bar(label: "Hà Nam", value: 4)])

    @Test func textIsEscapedNormalisedAndStrippedOfCharactersXMLForbids() {
        #expect(WordprocessingML.text("A & B <c> \"d\" 'e'") == "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        #expect(WordprocessingML.text("x\u{1}\u{B}y\u{FFFE}z") == "xyz")
        let decomposed = "Ha\u{0300} Nam"
        #expect(Array(WordprocessingML.text(decomposed).unicodeScalars) == Array("Hà Nam".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func theOfficialDateTakesLeadingZerosAsTheDecreeAsks() {
        #expect(OfficialHeading(organisation: "X", place: "Ninh Bình", date: "2017-02-05").placeAndDate == "Ninh Bình, ngày 05 tháng 02 năm 2017")
        #expect(OfficialHeading(organisation: "X", place: "Hà Nam", date: "2017-12-15").placeAndDate == "Hà Nam, ngày 15 tháng 12 năm 2017")
        #expect(OfficialHeading(organisation: "X", date: "2018-03-09").placeAndDate == "ngày 09 tháng 3 năm 2018")
        #expect(OfficialHeading(organisation: "X", place: "Thái Bình").placeAndDate == "Thái Bình, ngày … tháng … năm …")
        #expect(OfficialHeading(organisation: "X").numberLine == "Số: …/BC")
    }

    @Test func pagesFlowIntoHeadingsByOutlineWithContinuedTablesJoined() {
        let size = PageSize.a4.size
        let table = { (rows: [[String]]) in PageTable(header: ["Tỉnh", "Giá trị"], rows: rows) }
        let pages = [
            DocumentPage(size: size, blocks: [.cover(title: "Báo cáo", lines: ["2017"])], outline: [.init(title: "Báo cáo")]),
            DocumentPage(
                size: size, blocks: [.heading("Tổng quan"), .paragraph("Năm 2017…"), .chart(Self.chart, height: 300)],
                outline: [.init(title: "Tổng quan")]),
            DocumentPage(
                size: size, blocks: [.heading("HTX thành lập mới"), .chart(Self.chart, height: 250)],
                outline: [.init(title: "Các chỉ tiêu"), .init(title: "HTX thành lập mới", level: 1)]),
            DocumentPage(size: size, blocks: [.heading("Phụ lục"), .table(table([["Hà Nam", "4"]]))], outline: [.init(title: "Phụ lục")]),
            DocumentPage(size: size, blocks: [.table(table([["Nam Định", "10"]]))]),
            DocumentPage(size: size, blocks: [.heading("Phụ lục"), .spacer(10)]),
        ]
        let items = FlowItem.flow(pages)
        let shape = items.map { item -> String in
            switch item {
            case .cover: return "cover"
            case let .heading(text, level, newPage): return "h\(level)\(newPage ? "!" : ""):\(text)"
            case .paragraph: return "p"
            case let .table(table): return "table(\(table.rows.count))"
            case .chart: return "chart"
            case .tiles: return "tiles"
            case .tabular: return "tabular"
            case .grid: return "grid"
            }
        }
        #expect(shape == ["cover", "h1!:Tổng quan", "p", "chart", "h1!:Các chỉ tiêu", "h2:HTX thành lập mới", "chart", "h1!:Phụ lục", "table(2)"])
    }

    @Test func thePackageHoldsEveryPartAndIsTheSameEveryRun() throws {
        let pages = [
            DocumentPage(
                size: PageSize.a4.size, blocks: [.heading("Tổng quan"), .paragraph("A & B"), .chart(Self.chart, height: 200)],
                outline: [.init(title: "Tổng quan")])
        ]
        var options = WordOptions(title: "Báo cáo", date: "2017-12-15")
        options.chartDPI = 150
        let first = try WordDocument.docx(pages, options: options)
        let second = try WordDocument.docx(pages, options: options)
        #expect(first == second)
        let archive = try Archive(data: Data(first), accessMode: .read)
        let names = Set(archive.map(\.path))
        #expect(
            names == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/styles.xml",
                "word/settings.xml", "word/header1.xml", "word/header2.xml", "word/_rels/document.xml.rels", "word/media/image1.png",
            ])
        var document = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { document.append($0) }
        let xml = String(decoding: document, as: UTF8.self)
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\"/>"))
        #expect(xml.contains("A &amp; B"))
        #expect(xml.contains("<w:titlePg/>"))
        #expect(xml.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""), "20/15/20/30 mm")
    }

    @Test func chartPicturesRecordTheirResolutionInAPHYsChunkAfterIHDR() throws {
        var options = RenderOptions(width: 300, height: 200)
        options.dpi = 300
        let png = try ChartRenderer.render(Self.chart, format: .png, options: options)
        // IHDR ends at byte 33; pHYs follows: length 9, type, x and y pixels per metre, unit 1 (metre), CRC.
        #expect(Array(png[33..<37]) == [0, 0, 0, 9])
        #expect(String(decoding: png[37..<41], as: UTF8.self) == "pHYs")
        let perMetre = png[41..<45].reduce(0) { $0 << 8 | UInt32($1) }
        #expect(perMetre == 11_811, "300 dpi = 11.811 pixels per metre")
        #expect(png[45..<49].reduce(0) { $0 << 8 | UInt32($1) } == 11_811)
        #expect(png[49] == 1)
        let crc = png[50..<54].reduce(0) { $0 << 8 | UInt32($1) }
        #expect(crc == Self.crc32(Array(png[37..<50])), "the chunk's CRC covers its type and data")
    }

    /// The PNG specification's CRC-32, written out so the test does not trust the code it checks.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
