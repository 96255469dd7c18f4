import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
import CoopCharts
import CoopSpreadsheets
@testable import CoopSlides

/// The .pptx package as PowerPoint reads it: every XML part well formed, every part declared and every
/// relationship's target present, the chart parts in the element order of ECMA-376's schema.
@Suite struct PackageTests {
    static func parts(_ bytes: [UInt8]) throws -> [String: Data] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    /// The element names directly under the root, read by Foundation's XMLParser.
    final class Children: NSObject, XMLParserDelegate {
        var depth = 0
        var names: [String] = []
        var all: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            depth += 1
            if depth == 2 { names.append(name) }
            all.append(name)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { depth -= 1 }
    }

    static func children(_ data: Data) throws -> Children {
        let parser = XMLParser(data: data)
        let children = Children()
        parser.delegate = children
        try #require(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return children
    }

    @Test func everyPartIsWellFormedDeclaredAndEveryRelationshipFindsItsTarget() throws {
        let bytes = try PowerPointDeck.pptx(try DeckContentTests.request(), options: SlideOptions(highlight: "Ninh Bình"))
        let parts = try Self.parts(bytes)
        let types = String(decoding: parts["[Content_Types].xml"]!, as: UTF8.self)
        for (path, data) in parts {
            if path.hasSuffix(".xml") || path.hasSuffix(".rels") { _ = try Self.children(data) }
            if path.hasSuffix(".xml") && path != "[Content_Types].xml" { #expect(types.contains("PartName=\"/\(path)\""), "\(path) is not declared") }
            guard path.hasSuffix(".rels") else { continue }
            let folder = path.replacingOccurrences(of: "_rels/", with: "").components(separatedBy: "/").dropLast().joined(separator: "/")
            let text = String(decoding: data, as: UTF8.self)
            for target in text.components(separatedBy: "Target=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                let resolved = URL(fileURLWithPath: "/" + folder).appendingPathComponent(target).standardized.path.dropFirst()
                #expect(parts[String(resolved)] != nil, "\(path) points at \(target), which is not in the package")
            }
        }
        #expect(parts.keys.contains { $0.hasPrefix("ppt/embeddings/") && $0.hasSuffix(".xlsx") })
    }

    @Test func aChartPartFollowsTheSchemasOrderAndLinksItsEmbeddedWorkbook() throws {
        let chart = NativeChart(
            kind: .bar, title: "HTX", categoryHeader: "Tỉnh", categories: ["Quảng Ninh", "Hà Nam"],
            series: [.init(name: "HTX", values: [86, 4], labels: ["86", "4"], color: 0x0072B2)])
        let part = try ChartPart(chart, language: "vi-VN", created: 0)
        let order = [
            "date1904", "lang", "roundedCorners", "AlternateContent", "style", "clrMapOvr", "pivotSource", "protection", "chart",
            "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst",
        ]
        let names = try Self.children(Data(part.xml.utf8)).names.map { $0.components(separatedBy: ":").last! }
        #expect(names.contains("externalData") && names.contains("roundedCorners"))
        let positions = names.map { order.firstIndex(of: $0) ?? -1 }
        #expect(!positions.contains(-1) && positions == positions.sorted(), "\(names)")
        #expect(part.xml.contains("<c:lang val=\"vi-VN\"/>") && !part.xml.contains("en-US"))
        // The embedded workbook holds the very cells the chart names.
        #expect(part.xml.contains("<c:f>Sheet1!$A$2:$A$3</c:f>") && part.xml.contains("<c:f>Sheet1!$B$2:$B$3</c:f>"))
        let sheet = try PackageTests.parts(part.workbook)["xl/workbook.xml"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(sheet.contains("name=\"Sheet1\""))
        // Each label part stated, so LibreOffice prints the value alone.
        #expect(part.xml.contains("<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"))
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let request = try DeckContentTests.request(language: .en)
        var options = SlideOptions()
        options.documentDate = .day("2017-12-15")
        #expect(try PowerPointDeck.pptx(request, options: options) == PowerPointDeck.pptx(request, options: options))
    }
}
