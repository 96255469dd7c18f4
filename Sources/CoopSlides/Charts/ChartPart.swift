import Foundation
import CoopSpreadsheets
import ZIPFoundation

/// One native chart of the deck: the chart XML libxlsxwriter wrote for the small workbook that holds
/// its figures, and that workbook, embedded beside it so PowerPoint's "Edit Data" opens the very cells
/// the chart's references name.
struct ChartPart {
    /// `ppt/charts/chartN.xml`, ready for the package.
    let xml: String
    /// The embedded workbook (`ppt/embeddings/…xlsx`).
    let workbook: [UInt8]

    /// Writes `chart`'s workbook and takes its chart part, adapted for a presentation: the language
    /// of the deck, square corners, and the link to the embedded workbook (`c:externalData`, placed
    /// where ECMA-376's CT_ChartSpace wants it: after `c:txPr`, before `c:printSettings`).
    init(_ chart: NativeChart, language: String, created: Int) throws {
        let bytes: [UInt8]
        do {
            bytes = try ChartWorkbook.bytes(chart, created: created)
        } catch {
            throw SlidesError("the chart \"\(chart.title)\" could not be written: \(error)")
        }
        workbook = bytes
        let written = try Self.entry("xl/charts/chart1.xml", in: bytes)
        xml = try Self.adapt(written, language: language)
    }

    static func entry(_ path: String, in bytes: [UInt8]) throws -> String {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw SlidesError("the chart's workbook could not be read back: \(error)")
        }
        guard let entry = archive[path] else { throw SlidesError("the chart's workbook has no \(path)") }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw SlidesError("\(path) could not be read from the chart's workbook: \(error)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The relationship id of the embedded workbook in the chart part's own relationships.
    static let workbookRelationship = "rId1"

    static func adapt(_ xml: String, language: String) throws -> String {
        let lang = "<c:lang val=\"en-US\"/>", print = "<c:printSettings>"
        guard xml.components(separatedBy: lang).count == 2, xml.components(separatedBy: print).count == 2 else {
            throw SlidesError("libxlsxwriter's chart XML is not laid out as expected (one c:lang and one c:printSettings)")
        }
        return
            xml
            .replacingOccurrences(of: print, with: "<c:externalData r:id=\"\(workbookRelationship)\"><c:autoUpdate val=\"0\"/></c:externalData>" + print)
            .replacingOccurrences(of: lang, with: "<c:lang val=\"\(language)\"/><c:roundedCorners val=\"0\"/>")
            // Text runs written "en-US" are in the deck's language (a spelling checker then checks Vietnamese).
            .replacingOccurrences(of: "lang=\"en-US\"", with: "lang=\"\(language)\"")
            // libxlsxwriter writes only the label parts that are on; LibreOffice takes an absent part as on and
            // would print "Quảng Ninh; HTX thành lập mới; 86". Every part is stated, in CT_DLbls' order.
            .replacingOccurrences(
                of: "<c:showVal val=\"1\"/>",
                with: "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
                    + "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>")
    }
}

/// A deck that could not be written.
public struct SlidesError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
