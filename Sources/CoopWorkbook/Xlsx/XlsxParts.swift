import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/workbook.xml` and its relationships: the sheets in tab order, which are hidden, where each
/// sheet's part is, and the date system.
final class XlsxWorkbookPart: XMLEventHandler {
    struct Sheet { let name: String; let hidden: Bool; let relationship: String }
    private(set) var sheets: [Sheet] = []
    private(set) var uses1904 = false
    /// `<calcPr fullCalcOnLoad="1"/>`: the workbook asks to be recalculated when opened, as programs that
    /// write formulas without computing them save it; their saved results are placeholders.
    private(set) var recalculatesOnLoad = false

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name.localName {
        case "sheet":
            let relationship = attributes.first { $0.key.localName == "id" && $0.key.contains(":") }?.value ?? attributes["r:id"] ?? ""
            let state = attributes["state"] ?? "visible"
            sheets.append(Sheet(name: attributes["name"] ?? "Sheet\(sheets.count + 1)", hidden: state != "visible", relationship: relationship))
        case "workbookPr":
            let flag = attributes["date1904"]?.lowercased()
            uses1904 = flag == "1" || flag == "true"
        case "calcPr":
            let flag = attributes["fullCalcOnLoad"]?.lowercased()
            recalculatesOnLoad = flag == "1" || flag == "true"
        default: break
        }
    }
    func end(_ name: String) throws {}
    func characters(_ text: String) {}
}

/// `xl/_rels/workbook.xml.rels`: relationship id → part path.
final class XlsxRelationships: XMLEventHandler {
    private(set) var targets: [String: String] = [:]
    private(set) var sharedStrings: String?
    private(set) var styles: String?

    func start(_ name: String, _ attributes: [String: String]) throws {
        guard name.localName == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        targets[id] = path
        let type = attributes["Type"] ?? ""
        if type.hasSuffix("/sharedStrings") { sharedStrings = path }
        if type.hasSuffix("/styles") { styles = path }
    }
    func end(_ name: String) throws {}
    func characters(_ text: String) {}
}

/// `xl/sharedStrings.xml`: the workbook's texts, each `<si>` the concatenation of its `<t>` runs
/// (phonetic runs, `<rPh>`, left out).
final class XlsxSharedStrings: XMLEventHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false
    private let limit: Int
    private let file: String

    init(limit: Int, file: String) {
        self.limit = limit
        self.file = file
    }

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name.localName {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func end(_ name: String) throws {
        switch name.localName {
        case "si":
            if strings.count >= limit {
                throw WorkbookError(
                    file: file,
                    message: "the workbook has more than \(limit) distinct texts; coopchart stops there (save the tables as CSV, or split the workbook)")
            }
            strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func characters(_ text: String) {
        if inText { current += text }
    }
}

/// `xl/styles.xml`: which cell styles show numbers as dates or as percentages.
final class XlsxStyles: XMLEventHandler {
    enum Display { case plain, date, percent }
    private(set) var displays: [Display] = []
    private var formats: [Int: String] = [:]
    private var inCellFormats = false
    private var pending: [Int] = []

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name.localName {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { formats[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            pending.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func end(_ name: String) throws {
        if name.localName == "cellXfs" {
            inCellFormats = false
            displays = pending.map { self.display(ofFormat: $0) }
        }
    }

    func characters(_ text: String) {}

    func display(of style: Int) -> Display {
        style >= 0 && style < displays.count ? displays[style] : .plain
    }

    private func display(ofFormat id: Int) -> Display {
        switch id {
        case 9, 10: return .percent
        case 14...22, 27...36, 45...47, 50...58: return .date
        default: break
        }
        guard let code = formats[id] else { return .plain }
        return Self.display(ofCode: code)
    }

    /// A format code shows a date when, outside quoted text and bracketed parts, it has day, month,
    /// year or hour letters; a percentage when it has "%".
    static func display(ofCode code: String) -> Display {
        var quoted = false, bracket = false, escaped = false
        var sawDate = false, sawPercent = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d" where !quoted && !bracket, "m" where !quoted && !bracket, "y" where !quoted && !bracket,
                "h" where !quoted && !bracket, "s" where !quoted && !bracket:
                sawDate = true
            case "%" where !quoted && !bracket: sawPercent = true
            default: break
            }
            if character == ";" && !quoted { break }
        }
        if code.lowercased() == "general" { return .plain }
        return sawDate ? .date : sawPercent ? .percent : .plain
    }
}

/// The merged ranges of a sheet, from the `<mergeCells>` element that OOXML writes after the cells
/// (the header of a table is read before its rows, so they are needed first). Found by a byte search
/// in a first inflating pass, then parsed with XMLParser; the cells are not parsed twice.
enum XlsxMergeScan {
    static let fragmentLimit = 8_000_000

    static func merges(in stream: ExtractionStream, part: String, file: String) throws -> [MergedRange] {
        stream.open()
        defer { stream.close() }
        var fragment: [UInt8] = []
        var found = false
        // The last bytes of the previous block, for a name cut in two by a block's end.
        var tail: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = stream.read(&buffer, maxLength: buffer.count)
            if got < 0 { throw XMLPart.explain(stream.streamError ?? WorkbookError(file: file, message: "\(part) cannot be read"), part: part, file: file) }
            if got == 0 { break }
            if found {
                fragment.append(contentsOf: buffer[..<got])
            } else if let at = firstMergeCells(in: buffer, count: got) {
                let start = buffer[..<at].lastIndex(of: 0x3C) ?? at
                fragment = Array(buffer[start..<got])
                found = true
            } else {
                let window = tail + buffer[..<min(got, 64)]
                if let at = firstMergeCells(in: window, count: window.count), let lt = window[..<at].lastIndex(of: 0x3C) {
                    fragment = Array(window[lt...]) + buffer[min(got, 64)..<got]
                    found = true
                } else {
                    tail = Array(buffer[max(0, got - 64)..<got])
                }
            }
            if fragment.count > fragmentLimit {
                throw WorkbookError(file: file, message: "\(part) lists more merged cells than coopchart reads (\(fragmentLimit.byteSize) of them)")
            }
        }
        guard found, let close = lastIndex(of: Array("mergeCells>".utf8), in: fragment) else { return [] }
        var element = Array(fragment[...(close + 10)])
        // A prefixed element (<x:mergeCells>) needs its prefix declared to stand alone.
        var prefix = ""
        if let colon = element.prefix(40).firstIndex(of: 0x3A), colon < element.firstIndex(of: 0x20) ?? element.count {
            prefix = String(decoding: element[1..<colon], as: UTF8.self)
        }
        let wrapperOpen = prefix.isEmpty ? "<m>" : "<m xmlns:\(prefix)=\"urn:m\">"
        element = Array(wrapperOpen.utf8) + element + Array("</m>".utf8)
        let handler = Handler()
        let parser = XMLParser(data: Data(element))
        parser.shouldResolveExternalEntities = false
        let adapter = FragmentAdapter(handler: handler)
        parser.delegate = adapter
        _ = parser.parse()
        return handler.merges
    }

    private static let name = Array("mergeCells".utf8)

    /// Where "mergeCells" first occurs in the first `count` bytes: each "m" found by memchr, then compared.
    private static func firstMergeCells(in bytes: [UInt8], count: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, count >= name.count else { return nil }
            var offset = 0
            while offset + name.count <= count {
                guard let hit = memchr(base + offset, 0x6D, count - name.count + 1 - offset) else { return nil }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, name, name.count) == 0 { return at }
                offset = at + 1
            }
            return nil
        }
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    private final class Handler {
        var merges: [MergedRange] = []
    }

    private final class FragmentAdapter: NSObject, XMLParserDelegate {
        let handler: Handler
        init(handler: Handler) { self.handler = handler }
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            if elementName.localName == "mergeCell", handler.merges.count < 100_000,
                let ref = attributeDict["ref"], let range = MergedRange(reference: ref)
            {
                handler.merges.append(range)
            }
        }
    }
}
