import CoopCharts
import CoopTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("Rendered files: PNG, PDF, SVG and EPS")
struct OutputFormatTests {
    let options = RenderOptions(documentDate: .fixed(Fixtures.fixedDate))

    @Test("PNG decodes to 1920×1080 at scale 2 with a white background and the bar colour")
    func png() throws {
        let image = try DecodedImage(png: ChartRenderer.render(Fixtures.nine, format: .png, options: options))
        #expect(image.width == 1920 && image.height == 1080)
        #expect(image.distinctColorCount > 20)
        #expect(image.count(red: 255, green: 255, blue: 255) > 1920 * 1080 / 2)
        // Okabe–Ito blue 0x0072B2 fills the ordinary bars.
        #expect(image.count(red: 0x00, green: 0x72, blue: 0xB2) > 10_000)
        #expect(image.count(red: 0xE6, green: 0x9F, blue: 0x00) > 1_000)
    }

    @Test("PNG size follows dpi: 960×540 pt at 144 dpi is 1920×1080, at 72 dpi 960×540")
    func pngScale() throws {
        var low = options
        low.dpi = 72
        let image = try DecodedImage(png: ChartRenderer.render(Fixtures.nine, format: .png, options: low))
        #expect(image.width == 960 && image.height == 540)
    }

    @Test("PDF text extracts exactly and in NFC, fonts are embedded TrueType, qpdf finds no damage")
    func pdf() throws {
        let chart = Fixtures.nine
        let bytes = try ChartRenderer.render(chart, format: .pdf, options: options)
        let directory = try TemporaryFolder.make("coopcharts-tests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("nine.pdf")
        try Data(bytes).write(to: file)

        let text = try ChildProcess.tool("pdftotext", ["-enc", "UTF-8", file.path, "-"])
        #expect(text.status == 0)
        let words = Set(text.output.split(whereSeparator: \.isNewline).map(String.init))
        for bar in chart.bars {
            #expect(words.contains { Array($0.unicodeScalars) == Array(bar.label.nfc.unicodeScalars) }, "\(bar.label)")
        }
        #expect(text.output.contains("Bình quân cụm: 22,9"))
        #expect(Array(text.output.unicodeScalars) == Array(text.output.nfc.unicodeScalars))

        let fonts = try ChildProcess.tool("pdffonts", [file.path])
        #expect(fonts.status == 0)
        let rows = fonts.output.split(whereSeparator: \.isNewline).dropFirst(2)
        #expect(rows.count >= 2, "regular and bold faces: \(fonts.output)")
        #expect(!fonts.output.contains("Type 3"))
        #expect(rows.allSatisfy { $0.contains("TrueType") && $0.contains("DejaVuSans") })
        // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
        #expect(rows.allSatisfy { $0.split(separator: " ").reversed().dropFirst(4).first == "yes" }, "\(fonts.output)")

        let check = try ChildProcess.tool("qpdf", ["--check", file.path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("PDF with a fixed creation date is byte-identical between renders and shows that date and title")
    func pdfReproducible() throws {
        let first = try ChartRenderer.render(Fixtures.nine, format: .pdf, options: options)
        let second = try ChartRenderer.render(Fixtures.nine, format: .pdf, options: options)
        #expect(first == second)
        let directory = try TemporaryFolder.make("coopcharts-tests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("nine.pdf")
        try Data(first).write(to: file)
        let info = try ChildProcess.tool("pdfinfo", ["-isodates", file.path])
        var fields: [String: String] = [:]
        for line in info.output.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #expect(fields["CreationDate"] == "2024-01-01T00:00:00Z")
        #expect(fields["ModDate"] == "2024-01-01T00:00:00Z")
        #expect(fields["Title"] == "Số hợp tác xã thành lập mới năm 2023")
    }

    @Test("SVG is well-formed XML with an <svg> root of 960×540 points")
    func svg() throws {
        let bytes = try ChartRenderer.render(Fixtures.nine, format: .svg, options: options)
        final class RootReader: NSObject, XMLParserDelegate {
            var root: (name: String, attributes: [String: String])?
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]
            ) {
                if root == nil { root = (name, attributes) }
            }
        }
        let reader = RootReader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        let root = try #require(reader.root)
        #expect(root.name == "svg")
        #expect(["960pt", "960"].contains(root.attributes["width"] ?? ""))
        #expect(["540pt", "540"].contains(root.attributes["height"] ?? ""))
    }

    @Test("EPS starts with the EPSF-3.0 header, declares a bounding box and carries the fixed date")
    func eps() throws {
        let bytes = try ChartRenderer.render(Fixtures.nine, format: .eps, options: options)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%!PS-Adobe-3.0 EPSF-3.0\n"))
        #expect(text.contains("%%BoundingBox: 0 0 960 540"))
        #expect(text.contains("%%CreationDate: 2024-01-01T00:00:00Z\n"))
        #expect(try ChartRenderer.render(Fixtures.nine, format: .eps, options: options) == bytes)
    }
}
