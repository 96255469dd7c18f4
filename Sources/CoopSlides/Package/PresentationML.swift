import Foundation

/// The PresentationML of the deck (ECMA-376 Part 1, §19), written as text with every value escaped.
/// Child elements follow the schema's sequences (CT_Presentation, CT_SlideMaster, CT_Slide,
/// CT_NotesSlide, CT_GraphicalObjectFrame, CT_Table …), which PowerPoint checks strictly. All the
/// XML of the package is in this one file; the chart parts come from libxlsxwriter (`ChartPart`).
enum PresentationML {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// 16:9, 13,333 × 7,5 inches, as PowerPoint's own widescreen decks.
    static let slideWidth = 12_192_000, slideHeight = 6_858_000
    /// English Metric Units per point.
    static let emuPerPoint = 12_700.0

    static func emu(_ points: Double) -> Int { Int((points * emuPerPoint).rounded()) }

    // MARK: text

    /// Text as XML may hold it: NFC, escaped, without the control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
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

    static func hex(_ rgb: UInt32) -> String { String(format: "%06X", rgb & 0xFFFFFF) }

    /// How a run of text looks.
    struct RunStyle {
        var size: Double
        var bold = false
        var color: UInt32
        var font: String
        var language: String
    }

    static func run(_ text: String, _ style: RunStyle) -> String {
        "<a:r><a:rPr lang=\"\(style.language)\" sz=\"\(Int(style.size * 100))\" b=\"\(style.bold ? 1 : 0)\" dirty=\"0\">"
            + "<a:solidFill><a:srgbClr val=\"\(hex(style.color))\"/></a:solidFill>"
            + "<a:latin typeface=\"\(escape(style.font))\"/><a:cs typeface=\"\(escape(style.font))\"/></a:rPr>"
            + "<a:t>\(escape(text))</a:t></a:r>"
    }

    /// Paragraphs, one per line; `bullet` starts each with "•".
    static func paragraphs(_ lines: [String], _ style: RunStyle, align: String = "l", bullet: Bool = false, spaceAfter: Double = 0) -> String {
        let spacing = spaceAfter > 0 ? "<a:spcAft><a:spcPts val=\"\(Int(spaceAfter * 100))\"/></a:spcAft>" : ""
        let bulletXML = bullet ? "<a:buFont typeface=\"Arial\"/><a:buChar char=\"•\"/>" : "<a:buNone/>"
        let indent = bullet ? " marL=\"285750\" indent=\"-285750\"" : ""
        return lines.map { line in
            "<a:p><a:pPr algn=\"\(align)\"\(indent)>\(spacing)\(bulletXML)</a:pPr>" + (line.isEmpty ? "" : run(line, style))
                + "<a:endParaRPr lang=\"\(style.language)\" sz=\"\(Int(style.size * 100))\" dirty=\"0\"/></a:p>"
        }.joined()
    }

    // MARK: shapes

    struct Frame {
        var x: Double, y: Double, width: Double, height: Double

        var xml: String {
            "<a:off x=\"\(emu(x))\" y=\"\(emu(y))\"/><a:ext cx=\"\(emu(width))\" cy=\"\(emu(height))\"/>"
        }
    }

    /// A text box; `placeholder` "title" makes it the slide's title (outline view, accessibility, python-pptx's `shapes.title`).
    static func textBox(id: Int, name: String, frame: Frame, body: String, placeholder: String? = nil, anchor: String = "t") -> String {
        let nvPr = placeholder.map { "<p:nvPr><p:ph type=\"\($0)\"/></p:nvPr>" } ?? "<p:nvPr/>"
        let cNvSpPr = placeholder == nil ? "<p:cNvSpPr txBox=\"1\"/>" : "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(escape(name))\"/>\(cNvSpPr)\(nvPr)</p:nvSpPr>"
            + "<p:spPr><a:xfrm>\(frame.xml)</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
            + "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"\(anchor)\"><a:normAutofit/></a:bodyPr>"
            + "<a:lstStyle/>\(body)</p:txBody></p:sp>"
    }

    static func chartFrame(id: Int, name: String, description: String, frame: Frame, relationship: String) -> String {
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"\(id)\" name=\"\(escape(name))\" descr=\"\(escape(description))\"/>"
            + "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
            + "<p:xfrm>\(frame.xml)</p:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"\(relationship)\"/>"
            + "</a:graphicData></a:graphic></p:graphicFrame>"
    }

    static func picture(id: Int, name: String, description: String, frame: Frame, relationship: String) -> String {
        "<p:pic><p:nvPicPr><p:cNvPr id=\"\(id)\" name=\"\(escape(name))\" descr=\"\(escape(description))\"/>"
            + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
            + "<p:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
            + "<p:spPr><a:xfrm>\(frame.xml)</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>"
    }

    /// A table cell's look.
    struct CellStyle {
        var run: RunStyle
        var align: String
        var fill: UInt32?
        var border: UInt32
    }

    /// A native table (CT_Table): the header row first, every cell with its own run style.
    static func table(
        id: Int, name: String, frame: Frame, columnWidths: [Double], rowHeight: Double,
        rows: [[(text: String, style: CellStyle)]]
    ) -> String {
        var xml =
            "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"\(id)\" name=\"\(escape(name))\"/>"
            + "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
            + "<p:xfrm>\(frame.xml)</p:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">"
            + "<a:tbl><a:tblPr firstRow=\"1\" bandRow=\"0\"/><a:tblGrid>"
        xml += columnWidths.map { "<a:gridCol w=\"\(emu($0))\"/>" }.joined() + "</a:tblGrid>"
        for row in rows {
            xml += "<a:tr h=\"\(emu(rowHeight))\">"
            for cell in row {
                let line = "<a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"\(hex(cell.style.border))\"/></a:solidFill></a:ln>"
                let borders = ["lnL", "lnR", "lnT", "lnB"].map {
                    line.replacingOccurrences(of: "a:ln ", with: "a:\($0) ").replacingOccurrences(of: "</a:ln>", with: "</a:\($0)>")
                }.joined()
                let fill = cell.style.fill.map { "<a:solidFill><a:srgbClr val=\"\(hex($0))\"/></a:solidFill>" } ?? "<a:noFill/>"
                xml +=
                    "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>\(paragraphs([cell.text], cell.style.run, align: cell.style.align))</a:txBody>"
                    + "<a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\" anchor=\"ctr\">\(borders)\(fill)</a:tcPr></a:tc>"
            }
            xml += "</a:tr>"
        }
        return xml + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    }

    static let groupProperties =
        "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"

    // MARK: parts

    static func slide(shapes: String, background: UInt32) -> String {
        header + "<p:sld \(namespaces)><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"\(hex(background))\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"
            + "<p:spTree>\(groupProperties)\(shapes)</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    /// The speaker notes of a slide: the slide's image above, the notes under it.
    static func notesSlide(_ lines: [String], style: RunStyle) -> String {
        header + "<p:notes \(namespaces)><p:cSld><p:spTree>\(groupProperties)"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/>"
            + "<p:txBody><a:bodyPr/><a:lstStyle/>\(paragraphs(lines.isEmpty ? [""] : lines, style))</p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }

    static let colorMap =
        "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
        + "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"

    static func level(_ size: Double, font: String, bold: Bool = false, color: String = "<a:schemeClr val=\"tx1\"/>") -> String {
        "<a:lvl1pPr marL=\"0\" algn=\"l\" defTabSz=\"914400\" rtl=\"0\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\">"
            + "<a:defRPr sz=\"\(Int(size * 100))\" b=\"\(bold ? 1 : 0)\" kern=\"1200\"><a:solidFill>\(color)</a:solidFill>"
            + "<a:latin typeface=\"\(escape(font))\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"\(escape(font))\"/></a:defRPr></a:lvl1pPr>"
    }

    static let titleFrame = Frame(x: 36, y: 18, width: 888, height: 48)

    static func titlePlaceholder(font: String, color: UInt32) -> String {
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr><a:xfrm>\(titleFrame.xml)</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
            + "<p:txBody><a:bodyPr vert=\"horz\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
            + "<a:p><a:endParaRPr lang=\"vi-VN\" dirty=\"0\"/></a:p></p:txBody></p:sp>"
    }

    static func slideMaster(headingFont: String, bodyFont: String, accent: UInt32) -> String {
        header + "<p:sldMaster \(namespaces)><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"
            + "<p:spTree>\(groupProperties)\(titlePlaceholder(font: headingFont, color: accent))</p:spTree></p:cSld>\(colorMap)"
            + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
            + "<p:txStyles><p:titleStyle>\(level(26, font: headingFont, bold: true, color: "<a:srgbClr val=\"\(hex(accent))\"/>"))</p:titleStyle>"
            + "<p:bodyStyle>\(level(18, font: bodyFont))</p:bodyStyle><p:otherStyle>\(level(14, font: bodyFont))</p:otherStyle></p:txStyles></p:sldMaster>"
    }

    static func slideLayout(headingFont: String, accent: UInt32) -> String {
        header + "<p:sldLayout \(namespaces) type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\"><p:spTree>\(groupProperties)"
            + "\(titlePlaceholder(font: headingFont, color: accent))</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    }

    static func notesMaster(bodyFont: String) -> String {
        header + "<p:notesMaster \(namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>\(groupProperties)"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"1143000\"/><a:ext cx=\"5486400\" cy=\"3086100\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln w=\"12700\"><a:solidFill><a:prstClr val=\"black\"/></a:solidFill></a:ln></p:spPr></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/>"
            + "<a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
            + "<p:txBody><a:bodyPr vert=\"horz\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\"/><a:lstStyle/><a:p><a:endParaRPr lang=\"vi-VN\"/></a:p></p:txBody></p:sp>"
            + "</p:spTree></p:cSld>\(colorMap)<p:notesStyle>\(level(12, font: bodyFont))</p:notesStyle></p:notesMaster>"
    }

    static func presentation(slides: Int, notesMasterRelationship: String, firstSlideRelationship: Int, bodyFont: String) -> String {
        var ids = ""
        for index in 0..<slides { ids += "<p:sldId id=\"\(256 + index)\" r:id=\"rId\(firstSlideRelationship + index)\"/>" }
        return header + "<p:presentation \(namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
            + "<p:notesMasterIdLst><p:notesMasterId r:id=\"\(notesMasterRelationship)\"/></p:notesMasterIdLst>"
            + "<p:sldIdLst>\(ids)</p:sldIdLst><p:sldSz cx=\"\(slideWidth)\" cy=\"\(slideHeight)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
            + "<p:defaultTextStyle>\(level(18, font: bodyFont))</p:defaultTextStyle></p:presentation>"
    }

    static let presentationProperties = header + "<p:presentationPr \(namespaces)/>"
    static let viewProperties =
        header + "<p:viewPr \(namespaces)><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr>"
        + "<p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>"
    static let tableStyles =
        header + "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>"

    // MARK: package

    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    static func relationships(_ list: [Relationship]) -> String {
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + list.map {
                "<Relationship Id=\"\($0.id)\" Type=\"\($0.type.hasPrefix("http") ? $0.type : relationshipBase + $0.type)\" Target=\"\(escape($0.target))\"/>"
            }.joined()
            + "</Relationships>"
    }

    static let packageRelationships = relationships([
        Relationship(id: "rId1", type: "officeDocument", target: "ppt/presentation.xml"),
        Relationship(id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml"),
        Relationship(id: "rId3", type: "extended-properties", target: "docProps/app.xml"),
    ])

    static func contentTypes(slides: Int, charts: Int) -> String {
        let main = "application/vnd.openxmlformats-officedocument.presentationml."
        var overrides: [(String, String)] = [
            ("/ppt/presentation.xml", main + "presentation.main+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", main + "slideMaster+xml"),
            ("/ppt/slideLayouts/slideLayout1.xml", main + "slideLayout+xml"),
            ("/ppt/notesMasters/notesMaster1.xml", main + "notesMaster+xml"),
            ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/presProps.xml", main + "presProps+xml"),
            ("/ppt/viewProps.xml", main + "viewProps+xml"),
            ("/ppt/tableStyles.xml", main + "tableStyles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for index in 1...max(slides, 1) where index <= slides {
            overrides.append(("/ppt/slides/slide\(index).xml", main + "slide+xml"))
            overrides.append(("/ppt/notesSlides/notesSlide\(index).xml", main + "notesSlide+xml"))
        }
        for index in 1...max(charts, 1) where index <= charts {
            overrides.append(("/ppt/charts/chart\(index).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
        }
        return header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
            + "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
    }

    static func coreProperties(title: String, author: String, language: String, created: String?) -> String {
        let date =
            created.map {
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:modified>"
            } ?? ""
        return header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(escape(title))</dc:title><dc:creator>\(escape(author))</dc:creator><dc:language>\(escape(language))</dc:language>\(date)"
            + "</cp:coreProperties>"
    }

    static func appProperties(slides: Int) -> String {
        header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>coopchart</Application>"
            + "<PresentationFormat>Widescreen</PresentationFormat><Slides>\(slides)</Slides><Notes>\(slides)</Notes></Properties>"
    }
}
