import Hummingbird
import CoopAnalytics
import CoopFormatting

/// A request the server will not carry out, with the status and the words to say why. The API answers
/// it as JSON (`{"error": {"status", "parameter", "message"}, "findings": […]}`); a page shows the message.
struct APIError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String
    /// The query parameter or form field at fault, when there is one.
    var parameter: String?
    /// What a file or scheme that cannot be read was found to hold (422).
    var findings: [FindingReport]?
    /// The files of a refused upload, each with its findings (422).
    var files: [FileReport]?
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, parameter: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
    }

    /// An engine error (`InputError`) about a request parameter: its "file" is the option it names
    /// (`--indicator`), which the API calls by the same name without the dashes.
    static func parameter(_ error: InputError) -> APIError {
        let option = error.file.hasPrefix("--") ? String(error.file.dropFirst(2)) : nil
        return APIError(.badRequest, error.description, parameter: option)
    }

    var json: JSONValue {
        var error: [(String, JSONValue)] = [("status", .integer(Int(status.code))), ("message", .string(message))]
        if let parameter { error.insert(("parameter", .string(parameter)), at: 1) }
        var members: [(String, JSONValue)] = [("error", .object(error))]
        if let files { members.append(("files", .array(files.map(\.json)))) }
        if let findings { members.append(("findings", .array(findings.map(\.json)))) }
        return .object(members)
    }
}

/// One finding as the API reports it: its level, where it is (`FILE:LINE`, `FILE:SHEET!CELL`, or the
/// scheme's line), and the message.
struct FindingReport: Sendable {
    let level: String
    let location: String
    let line: Int?
    let message: String

    init(_ finding: Finding, language: CoopFormatting.Language) {
        level = finding.severity.rawValue
        location = finding.location
        line = finding.position.line   // a text file's line; a cell is in `location` ("FILE:SHEET!B10"), never its packed number
        message = finding.message(in: language)
    }

    /// A scheme error, located at its line of the posted text.
    init(schemeError error: InputError) {
        level = "error"
        location = error.line.map { "\(error.file):\($0)" } ?? error.file
        line = error.line
        message = error.field.map { "\($0): \(error.message)" } ?? error.message
    }

    var isError: Bool { level == "error" }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("level", .string(level)), ("location", .string(location))]
        if let line { members.append(("line", .integer(line))) }
        members.append(("message", .string(message)))
        return .object(members)
    }
}
