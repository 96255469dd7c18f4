import Hummingbird
import HTTPTypes
import NIOCore
import Foundation
import CoopAnalytics
import CoopService

/// The responses the server writes: JSON, HTML, files and redirects, each with its content type.
enum Reply {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Array((value.text() + "\n").utf8), type: "application/json; charset=utf-8", status: status, headers: headers)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Array(text.utf8), type: "text/html; charset=utf-8", status: status, headers: headers)
    }

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        buffer(ByteBuffer(bytes: bytes), type: type, status: status, headers: headers)
    }

    static func buffer(_ buffer: ByteBuffer, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = type
        fields[.contentLength] = String(buffer.readableBytes)
        return Response(status: status, headers: fields, body: .init(byteBuffer: buffer))
    }

    /// 303 See Other: after a form, or to the login page.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .contentLength: "0"])
    }

    /// The header that carries an answer's notes: a JSON array of texts, percent-encoded so that any
    /// language travels in an HTTP header (`JSON.parse(decodeURIComponent(…))` in a page).
    static let notesHeader = HTTPField.Name("X-Coopchart-Notes")!

    static func notes(_ notes: [ServiceNote], _ wording: Wording, into headers: inout HTTPFields) {
        guard !notes.isEmpty else { return }
        let json = JSONValue.array(notes.map { .string(wording.text($0)) }).text()
        headers[notesHeader] = json.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `attachment` (a download) or `inline` (shown in the page), with an ASCII file name.
    static func disposition(_ name: String, download: Bool) -> String {
        "\(download ? "attachment" : "inline"); filename=\"\(name)\""
    }
}
