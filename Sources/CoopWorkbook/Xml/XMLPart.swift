import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a reader of one XML part of a workbook does with its events.
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String]) throws
    func end(_ name: String) throws
    func characters(_ text: String)
}

/// Parses one XML part of a workbook with Foundation's XMLParser, block by block from the archive,
/// with external entities off and document type declarations refused (see `PrologCheck`; the
/// parser's own entity callbacks abort too, should one get past).
enum XMLPart {
    static func parse(_ stream: ExtractionStream, part: String, file: String, handler: some XMLEventHandler) throws {
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        let adapter = Adapter(handler: handler)
        parser.delegate = adapter
        let parsed = parser.parse()
        if let failure = adapter.failure { throw failure }
        if adapter.refusedEntity {
            throw refusal(part: part, file: file)
        }
        if !parsed {
            if let streamError = stream.streamError { throw explain(streamError, part: part, file: file) }
            let position = "line \(parser.lineNumber), column \(parser.columnNumber)"
            throw WorkbookError(
                file: file,
                message:
                    "\(part) is not well-formed XML (at \(position) of the part); the workbook is damaged: open it in Excel or LibreOffice and save it again")
        }
    }

    /// A failure of the stream under a part, in the user's words where it is the part's own fault.
    static func explain(_ error: Error, part: String, file: String) -> Error {
        guard let problem = error as? PrologCheck.Problem else { return error }
        switch problem {
        case .documentType: return refusal(part: part, file: file)
        case .utf16:
            return WorkbookError(
                file: file, message: "\(part) is UTF-16 XML, which coopchart does not read; open the workbook in Excel or LibreOffice and save it again")
        case .invalidUTF8:
            return WorkbookError(
                file: file,
                message:
                    "\(part) is not valid UTF-8 text, as workbook parts must be; the workbook is damaged: open it in Excel or LibreOffice and save it again")
        }
    }

    private static func refusal(part: String, file: String) -> WorkbookError {
        WorkbookError(
            file: file,
            message: "\(part) declares a document type or entities (<!DOCTYPE …>, <!ENTITY …>), which workbooks never do; "
                + "coopchart refuses it, since external entities and entity expansion are how XML files attack the programs that read them")
    }

    /// Foundation's delegate, forwarding to the handler; the first error a handler throws stops the parse.
    private final class Adapter: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        var failure: Error?
        var refusedEntity = false

        init(handler: some XMLEventHandler) { self.handler = handler }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            guard failure == nil else { return }
            do { try handler.start(elementName, attributeDict) } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard failure == nil else { return }
            do { try handler.end(elementName) } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if failure == nil { handler.characters(string) }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if failure == nil { handler.characters(String(decoding: CDATABlock, as: UTF8.self)) }
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refusedEntity = true
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            refusedEntity = true
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            refusedEntity = true
            parser.abortParsing()
            return nil
        }
    }
}

extension String {
    /// "x:row" → "row": OOXML parts are read by local name, whatever prefix a writer chose.
    var localName: String {
        guard let colon = utf8.lastIndex(of: 0x3A) else { return self }
        return String(self[index(after: colon)...])
    }
}
