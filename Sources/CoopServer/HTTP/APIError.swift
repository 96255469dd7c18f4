import Hummingbird
import Logging
import CoopAnalytics
import CoopFormatting
import CoopService

/// A request the server will not carry out, with the status and the words to say why, in English and
/// Vietnamese (settings mentioned as `\(option: …)`, named in the words of whoever asked). The API answers
/// it as JSON (`{"error": {"status", "parameter", "message"}, "findings": […]}`); a page shows the message.
struct APIError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String
    var vietnamese: String?
    /// The query parameter or form field at fault, when there is one (its API name).
    var parameter: String?
    /// What a file or scheme that cannot be read was found to hold (422).
    var findings: [Finding]?
    /// The files of a refused upload (422).
    var files: [FileReport]?
    /// How many findings of each kind a refused upload had (only the first of each are in `findings`).
    var findingCounts: [(kind: FindingsDigest.Kind, total: Int, kept: Int)]?
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, vietnamese: String? = nil, parameter: RequestParameter? = nil) {
        self.status = status
        self.message = message
        self.vietnamese = vietnamese
        self.parameter = parameter?.rawValue
    }

    /// An error about a parameter the server does not know (a typo), named as it was written.
    init(_ status: HTTPResponse.Status, _ message: String, vietnamese: String?, parameterName: String) {
        self.init(status, message, vietnamese: vietnamese)
        parameter = parameterName
    }

    /// An operation's error: about a setting (400, naming it), or located in a file or the scheme the
    /// person sent (422, with the error as its finding).
    init(_ error: InputError) {
        if let parameter = error.parameter {
            self.init(.badRequest, error.message, vietnamese: error.vietnamese, parameter: parameter)
        } else {
            self.init(.unprocessableContent, error.message, vietnamese: error.vietnamese)
            findings = [Finding(error: error)]
        }
    }

    func text(_ wording: Wording) -> String { wording.pick(message, vietnamese) }

    /// Any error a route throws, as the answer the API gives: an operation's error names the setting at
    /// fault (400) or the place in a file or scheme (422); a file that could not be drawn or written is a
    /// 500 that says nothing was sent; anything unexpected a 500 that says nothing of the server's insides.
    static func from(_ error: Error, logger: Logger) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as InputError:
            return APIError(error)
        case let errors as InputErrors:
            var refused = APIError(
                .unprocessableContent, "\(errors.errors.count) errors; correct them and try again",
                vietnamese: "có \(errors.errors.count) lỗi; hãy sửa rồi thử lại")
            refused.findings = errors.errors.map(Finding.init(error:))
            return refused
        case let failure as OutputFailure:
            return APIError(.internalServerError, "\(failure); nothing was sent", vietnamese: "không tạo được tệp (\(failure)); chưa gửi gì")
        case let error as HTTPError:
            return APIError(error.status, error.body ?? error.status.reasonPhrase)
        default:
            logger.error("unexpected error: \(String(describing: error))")
            return APIError(
                .internalServerError, "the server could not do this (an unexpected error); it goes on serving",
                vietnamese: "máy chủ không làm được việc này (một lỗi ngoài dự kiến); máy chủ vẫn tiếp tục phục vụ")
        }
    }

    func json(_ wording: Wording) -> JSONValue {
        var error: [(String, JSONValue)] = [("status", .integer(Int(status.code))), ("message", .string(text(wording)))]
        if let parameter { error.insert(("parameter", .string(parameter)), at: 1) }
        var members: [(String, JSONValue)] = [("error", .object(error))]
        if let files { members.append(("files", .array(files.map { $0.json(wording) }))) }
        if let findings { members.append(("findings", .array(findings.map { FindingJSON.json($0, wording) }))) }
        if let findingCounts { members.append(("findingCounts", FindingJSON.counts(findingCounts))) }
        return .object(members)
    }
}

/// One finding as the API reports it: its level, where it is (`FILE:LINE`, `FILE:SHEET!CELL`, or the
/// scheme's line), the line of a text file (a workbook's cell has none: its address is in the location),
/// and the message.
enum FindingJSON {
    /// `[{"level", "about", "total", "listed"}]`: each kind of finding, how many there were, how many are listed.
    static func counts(_ counts: [(kind: FindingsDigest.Kind, total: Int, kept: Int)]) -> JSONValue {
        .array(
            counts.map { count in
                .object([
                    ("level", .string(count.kind.severity.rawValue)), ("about", .string(count.kind.topic)), ("total", .integer(count.total)),
                    ("listed", .integer(count.kept)),
                ])
            })
    }

    static func json(_ finding: Finding, _ wording: Wording) -> JSONValue {
        var members: [(String, JSONValue)] = [("level", .string(finding.severity.rawValue)), ("location", .string(finding.location))]
        if let line = FileLocation.textLine(finding.line) { members.append(("line", .integer(line))) }
        if let cell = FileLocation.cell(finding.line) { members.append(("cell", .string(cell))) }
        let message = wording.message(finding)
        members.append(("message", .string(finding.field.map { "\($0): \(message)" } ?? message)))
        return .object(members)
    }
}
