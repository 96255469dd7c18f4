import CoopFormatting

/// Every piece of WordprocessingML (and the package's other XML parts) coopchart writes, built
/// here and nowhere else. Text passes through `text(_:)`: NFC, XML-escaped, and stripped of the
/// characters XML 1.0 does not allow.
///
/// Units: twips (1/20 pt) for lengths, half-points for font sizes, EMU (1/12700 pt) for pictures.
enum WordprocessingML {
    // MARK: text

    /// Text as XML character data or an attribute value: NFC, with `& < > " '` escaped and the
    /// control characters XML 1.0 forbids removed.
    static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.nfc.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                switch scalar.value {
                case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: out.unicodeScalars.append(scalar)
                default: continue
                }
            }
        }
        return out
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let namespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
        + #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
        + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
        + #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#

    // MARK: runs and paragraphs

    struct RunStyle {
        var bold = false
        var italic = false
        /// Font size in points; nil keeps the paragraph style's.
        var size: Double?
        var caps = false
    }

    enum Alignment: String { case left, center, right, both }

    struct ParagraphStyle {
        var style: String?
        var alignment: Alignment?
        /// Overrides the style's first-line indent (0 for centred lines).
        var firstLineIndent: Int?
        var pageBreakBefore = false
        var keepNext = false
        var spacingBefore: Int?
        var spacingAfter: Int?
        /// A short rule under the paragraph, the width of the cell less these indents (twips).
        var ruleBelow: (left: Int, right: Int)?
    }

    /// One run; line breaks in `value` become `<w:br/>`.
    static func run(_ value: String, _ style: RunStyle = RunStyle()) -> String {
        var properties = ""
        if style.bold { properties += "<w:b/><w:bCs/>" }
        if style.italic { properties += "<w:i/><w:iCs/>" }
        if style.caps { properties += "<w:caps/>" }
        if let size = style.size { properties += "<w:sz w:val=\"\(halfPoints(size))\"/><w:szCs w:val=\"\(halfPoints(size))\"/>" }
        let pieces = value.split(separator: "\n", omittingEmptySubsequences: false).map { #"<w:t xml:space="preserve">"# + text(String($0)) + "</w:t>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + pieces.joined(separator: "<w:br/>") + "</w:r>"
    }

    static func paragraph(_ runs: String, _ style: ParagraphStyle = ParagraphStyle()) -> String {
        var properties = ""
        if let name = style.style { properties += "<w:pStyle w:val=\"\(name)\"/>" }
        if style.keepNext { properties += "<w:keepNext/>" }
        if style.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let rule = style.ruleBelow {
            properties += #"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#
            properties += "<w:ind w:left=\"\(rule.left)\" w:right=\"\(rule.right)\" w:firstLine=\"0\"/>"
        }
        if style.spacingBefore != nil || style.spacingAfter != nil {
            properties +=
                "<w:spacing" + (style.spacingBefore.map { " w:before=\"\($0)\"" } ?? "") + (style.spacingAfter.map { " w:after=\"\($0)\"" } ?? "") + "/>"
        }
        if style.ruleBelow == nil, let indent = style.firstLineIndent { properties += "<w:ind w:firstLine=\"\(indent)\"/>" }
        if let alignment = style.alignment { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    static func heading(_ value: String, level: Int, pageBreakBefore: Bool) -> String {
        paragraph(run(value), ParagraphStyle(style: "Heading\(min(max(level, 1), 3))", pageBreakBefore: pageBreakBefore))
    }

    static func pageBreak() -> String { #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"# }

    // MARK: tables

    struct Cell {
        var content: String
        var width: Int
        var shaded = false
    }

    /// A table; `headerRows` repeat at the top of every page; `borders` false for layout tables.
    static func table(_ rows: [[Cell]], widths: [Int], headerRows: Int, borders: Bool) -> String {
        let line = borders ? "single" : "nil"
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        xml +=
            "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"\(line)\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            }.joined() + "</w:tblBorders>"
        xml += #"<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr>"#
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += "<w:tr>" + (index < headerRows ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            for cell in row {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(cell.width)\" w:type=\"dxa\"/>"
                if cell.shaded { xml += #"<w:shd w:val="clear" w:color="auto" w:fill="DDE7EE"/>"# }
                xml += "</w:tcPr>" + cell.content + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    // MARK: pictures

    /// An inline picture of `width` × `height` points, centred in its own paragraph.
    static func picture(relationship: String, id: Int, name: String, description: String, width: Double, height: Double) -> String {
        let cx = Int((width * 12_700).rounded()), cy = Int((height * 12_700).rounded())
        let described = text(description)
        return paragraph(
            """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:docPr id="\(id)" name="\(text(name))" descr="\(described)"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="\(id)" name="\(text(name))" descr="\(described)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(relationship)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """, ParagraphStyle(alignment: .center, firstLineIndent: 0, keepNext: false, spacingBefore: 120, spacingAfter: 120))
    }

    // MARK: the document part

    struct Page {
        /// Size and margins in twips.
        var width: Int
        var height: Int
        var top: Int, bottom: Int, left: Int, right: Int
        var header: Int
        var landscape: Bool
    }

    static func document(body: String, page: Page) -> String {
        declaration + "<w:document \(namespaces)><w:body>" + body
            + "<w:sectPr>"
            + #"<w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>"#
            + "<w:pgSz w:w=\"\(page.width)\" w:h=\"\(page.height)\"" + (page.landscape ? " w:orient=\"landscape\"" : "") + "/>"
            + "<w:pgMar w:top=\"\(page.top)\" w:right=\"\(page.right)\" w:bottom=\"\(page.bottom)\" w:left=\"\(page.left)\" "
            + "w:header=\"\(page.header)\" w:footer=\"\(page.header)\" w:gutter=\"0\"/>"
            + "<w:titlePg/></w:sectPr></w:body></w:document>"
    }

    /// The header of every page but the first: the page number, centred in the top margin.
    static let pageNumberHeader =
        declaration + "<w:hdr \(namespaces)>"
        + paragraph(
            #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
                + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
            ParagraphStyle(style: "Header")) + "</w:hdr>"

    /// The first page's header: empty (no page number on the first page).
    static let emptyHeader = declaration + "<w:hdr \(namespaces)>" + paragraph("", ParagraphStyle(style: "Header")) + "</w:hdr>"

    // MARK: styles

    /// Normal (Times New Roman, `bodySize` pt, justified, first-line indent, 6 pt after), the heading
    /// styles Word and LibreOffice show in the navigation pane and table of contents, and the rest.
    static func styles(font: String, bodySize: Double, language: String) -> String {
        let f = text(font)
        let fonts = "<w:rFonts w:ascii=\"\(f)\" w:hAnsi=\"\(f)\" w:eastAsia=\"\(f)\" w:cs=\"\(f)\"/>"
        func size(_ points: Double) -> String { "<w:sz w:val=\"\(halfPoints(points))\"/><w:szCs w:val=\"\(halfPoints(points))\"/>" }
        func style(_ id: String, _ name: String, paragraph: String, run: String, extra: String = "") -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + extra + "<w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        return declaration + "<w:styles \(namespaces)>"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)\(size(bodySize))<w:lang w:val=\"\(language)\" w:eastAsia=\"\(language)\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>"
            + "<w:rPr>\(fonts)\(size(bodySize))</w:rPr></w:style>"
            + style(
                "Heading1", "heading 1",
                paragraph:
                    #"<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/>"#,
                run: "<w:b/><w:bCs/>" + size(bodySize), extra: "<w:uiPriority w:val=\"9\"/><w:qFormat/>")
            + style(
                "Heading2", "heading 2",
                paragraph:
                    #"<w:keepNext/><w:keepLines/><w:spacing w:before="180" w:after="120"/><w:ind w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>"#,
                run: "<w:b/><w:bCs/><w:i/><w:iCs/>" + size(bodySize), extra: "<w:uiPriority w:val=\"9\"/><w:qFormat/>")
            + style(
                "Heading3", "heading 3", paragraph: #"<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:ind w:firstLine="0"/><w:outlineLvl w:val="2"/>"#,
                run: "<w:i/><w:iCs/>" + size(bodySize), extra: "<w:uiPriority w:val=\"9\"/><w:qFormat/>")
            + style(
                "Title", "Title", paragraph: #"<w:spacing w:before="240" w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>"#,
                run: "<w:b/><w:bCs/>" + size(bodySize + 2), extra: "<w:qFormat/>")
            + style("Subtitle", "Subtitle", paragraph: #"<w:spacing w:after="60"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>"#, run: size(bodySize))
            + style(
                "TableText", "Table Text",
                paragraph: #"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>"#,
                run: size(11))
            + style(
                "Note", "Note", paragraph: #"<w:spacing w:after="60" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>"#,
                run: "<w:i/><w:iCs/>" + size(11))
            + style("Header", "header", paragraph: #"<w:spacing w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>"#, run: size(bodySize - 1))
            + "</w:styles>"
    }

    static let settings =
        declaration + "<w:settings \(namespaces)><w:defaultTabStop w:val=\"720\"/>"
        + #"<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        + "</w:settings>"

    // MARK: package parts

    static func contentTypes(hasPNG: Bool) -> String {
        declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + (hasPNG ? #"<Default Extension="png" ContentType="image/png"/>"# : "")
            + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
            + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
            + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
            + #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
            + #"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
            + "</Types>"
    }

    static let packageRelationships =
        declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    /// The document's relationships: styles, settings, the two headers and one per picture (`rIdImageN` → media/imageN.png).
    static func documentRelationships(images: Int) -> String {
        var xml =
            declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            + #"<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#
            + #"<Relationship Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
            + #"<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>"#
        for index in 0..<images {
            xml +=
                "<Relationship Id=\"rIdImage\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image\(index + 1).png\"/>"
        }
        return xml + "</Relationships>"
    }

    /// Title, author, language; the creation date only when one is given (else the file has none, and is the same every run).
    static func coreProperties(title: String, author: String, language: String, created: String?) -> String {
        declaration + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(text(title))</dc:title><dc:creator>\(text(author))</dc:creator><dc:language>\(text(language))</dc:language>"
            + (created.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(text($0))</dcterms:created>" } ?? "")
            + "</cp:coreProperties>"
    }

    static let appProperties =
        declaration + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>coopchart</Application></Properties>"

    // MARK: units

    static func twips(points: Double) -> Int { Int((points * 20).rounded()) }
    static func twips(millimetres: Double) -> Int { Int((millimetres / 25.4 * 1440).rounded()) }
    static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }
}
