import CoopAnalytics
import CoopService

/// How the command line names the settings of a request, and so how it prints the errors and notes of the
/// operations: a setting is its option (`--year`), messages are English.
enum CommandLineWords {
    /// The option of a setting, as `--help` lists it.
    static func option(_ parameter: RequestParameter) -> String { parameter.option }

    /// A message with each setting it mentions spelled as an option.
    static func render(_ text: String) -> String { ParameterText.render(text, spelling: option) }

    /// An error as every command prints it: `--year: message` for a setting, `FILE:LINE: field: message` for a file.
    static func describe(_ error: InputError) -> String {
        let message = error.message(in: .en, spelling: option)
        if let parameter = error.parameter { return "\(option(parameter)): \(message)" }
        let location = FileLocation.describe(file: error.file, line: error.line)
        if let field = error.field { return "\(location): \(field): \(message)" }
        return "\(location): \(message)"
    }

    /// A finding of `validate`: `FILE:LINE: field: message`, or `FILE:LINE: warning: message`.
    static func describe(_ finding: Finding) -> String {
        let message = render(finding.message)
        switch finding.severity {
        case .error: return finding.field.map { "\(finding.location): \($0): \(message)" } ?? "\(finding.location): \(message)"
        case .warning: return "\(finding.location): warning: \(message)"
        }
    }

    /// A note on stderr: `note: …`, or `coopchart: …` about a font.
    static func describe(_ note: ServiceNote) -> String {
        let text = note.text(in: .en, spelling: option)
        switch note.kind {
        case .data: return "note: " + text
        case .font: return "coopchart: " + text
        }
    }
}
