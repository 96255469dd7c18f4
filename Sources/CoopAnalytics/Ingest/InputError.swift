import CoopFormatting

/// A problem in a user's file, told the way every coopchart error is told:
/// `FILE:LINE: message` (with the column or field when known), naming the offending value
/// and what would have been accepted.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var field: String?
    /// In English, as the command line prints it.
    public var message: String
    /// The same message in Vietnamese, for outputs in Vietnamese (a findings workbook, a report, the browser
    /// app's page); nil where no translation was written yet (those outputs then show the English).
    public var vietnamese: String?
    /// The setting of the request at fault (a period, an indicator, the cluster …), when the error is
    /// about one rather than about a file; each front end names it in its own words.
    public var parameter: RequestParameter?

    public init(file: String, line: Int? = nil, field: String? = nil, message: String, vietnamese: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.vietnamese = vietnamese
    }

    /// An error about a setting of the request (`file` is then the setting as the command line names it, so
    /// `description` reads `--year: …`; other front ends name it from `parameter`).
    public init(parameter: RequestParameter, message: String, vietnamese: String? = nil) {
        self.init(file: parameter.option, message: message, vietnamese: vietnamese)
        self.parameter = parameter
    }

    /// An error about a setting given as a parameter, or on a line of a file (a scheme's `cluster:`).
    public init(at origin: SettingOrigin, message: String, vietnamese: String? = nil) {
        switch origin {
        case .parameter(let parameter): self.init(parameter: parameter, message: message, vietnamese: vietnamese)
        case .file(let location): self.init(file: location.file, line: location.line, message: message, vietnamese: vietnamese)
        }
    }

    /// The message in `language` (English when no translation was written), each setting it mentions
    /// spelled as the command line spells it: what a file, a log or a test shows.
    public func message(in language: Language) -> String {
        ParameterText.plain(language == .vi ? (vietnamese ?? message) : message)
    }

    /// The message in `language`, each mention of a setting spelled by `spelling` (a front end's words).
    public func message(in language: Language, spelling: (RequestParameter) -> String) -> String {
        ParameterText.render(language == .vi ? (vietnamese ?? message) : message, spelling: spelling)
    }

    public var description: String {
        let location = CellLine.location(file: file, line: line)
        let message = ParameterText.plain(self.message)
        if let field { return "\(location): \(field): \(message)" }
        return "\(location): \(message)"
    }
}

/// Several input errors found in one pass, reported together so a user fixes them all at once.
public struct InputErrors: Error, CustomStringConvertible, Sendable {
    public var errors: [InputError]
    public init(_ errors: [InputError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Quotes a value for an error message, showing invisible trouble (empty, spaces) plainly.
func quoted(_ value: String) -> String {
    let shown = value.count > 60 ? String(value.prefix(57)) + "…" : value
    return "\"\(shown)\""
}
