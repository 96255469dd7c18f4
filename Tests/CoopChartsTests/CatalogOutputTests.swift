import CoopCharts
import CoopFormatting
import CoopTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Every kind rendered for real and read back by real consumers, batched so the suite stays fast:
/// one PDF per kind through pdftotext (Vietnamese intact, in NFC) and pdffonts (no Type 3), one SVG per
/// kind through XMLParser, and a golden PNG per kind compared with a tolerance.
@Suite("Chart catalog output: PDF, SVG and golden PNGs")
struct CatalogOutputTests {
    let options = RenderOptions(documentDate: .fixed(Fixtures.fixedDate))

    @Test("every kind's PDF gives its title and names back in NFC, with embedded non-Type-3 fonts")
    func pdfs() throws {
        let directory = try TemporaryFolder.make("coopcharts-tests")
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [(String, URL)] = []
        for kind in CatalogFixtures.kinds {
            let url = directory.appendingPathComponent("\(kind).pdf")
            try Data(ChartRenderer.render(CatalogFixtures.chart(kind, count: 9), format: .pdf, options: options)).write(to: url)
            files.append((kind, url))
        }
        for (kind, url) in files {
            let text = try ChildProcess.tool("pdftotext", ["-enc", "UTF-8", url.path, "-"])
            #expect(text.status == 0, "\(kind)")
            #expect(Array(text.output.unicodeScalars) == Array(text.output.nfc.unicodeScalars), "\(kind) text is NFC")
            let title = CatalogFixtures.chart(kind, count: 9).title
            #expect(text.output.replacingOccurrences(of: "\n", with: " ").contains(title.nfc), "\(kind): \(title)")
            #expect(text.output.contains("Nguồn: Liên minh HTX các tỉnh"), "\(kind) cites its source")
            #expect(["Quảng Ninh", "Bắc Ninh", "Hải Dương"].contains { text.output.contains($0) }, "\(kind) names provinces")
        }
        let allFonts = try files.map { try ChildProcess.tool("pdffonts", [$0.1.path]).output }.joined()
        #expect(!allFonts.contains("Type 3"), "\(allFonts)")
    }

    @Test("every kind's SVG is well-formed XML with an <svg> root")
    func svgs() throws {
        for kind in CatalogFixtures.kinds {
            let bytes = try ChartRenderer.render(CatalogFixtures.chart(kind, count: 9), format: .svg, options: options)
            final class RootReader: NSObject, XMLParserDelegate {
                var root: String?
                func parser(
                    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]
                ) { if root == nil { root = name } }
            }
            let reader = RootReader()
            let parser = XMLParser(data: Data(bytes))
            parser.delegate = reader
            #expect(parser.parse(), "\(kind): \(String(describing: parser.parserError))")
            #expect(reader.root == "svg", "\(kind)")
        }
    }

    @Test("every kind matches its golden PNG", arguments: CatalogFixtures.kinds)
    func golden(kind: String) throws {
        try GoldenImageTests.compareImage(
            CatalogFixtures.chart(kind, count: 9), golden: "catalog-\(kind).png",
            options: RenderOptions(width: 640, height: 360, pngScale: 1, documentDate: .fixed(Fixtures.fixedDate)))
    }
}
