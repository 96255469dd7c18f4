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

    public init(file: String, line: Int? = nil, field: String? = nil, message: String, vietnamese: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.vietnamese = vietnamese
    }

    /// The message in `language` (English when no translation was written).
    public func message(in language: Language) -> String {
        switch language {
        case .vi: return vietnamese ?? message
        case .en: return message
        }
    }

    public var description: String {
        let location = CellLine.location(file: file, line: line)
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
