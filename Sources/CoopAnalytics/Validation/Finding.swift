import CoopFormatting

/// One thing `validate` reports: an error (the data cannot be used as it is) or a warning (it can,
/// but a person should look), located by file and line.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    public let file: String
    public let line: Int?
    public let field: String?
    /// In English, as the command line prints it.
    public let message: String
    /// The same finding in Vietnamese, for Vietnamese outputs; nil where no translation was written.
    public let vietnamese: String?

    public init(error: InputError) {
        severity = .error
        file = error.file
        line = error.line
        field = error.field
        message = error.message
        vietnamese = error.vietnamese
    }

    public init(warningAt origin: SourceLocation, _ message: String, vietnamese: String? = nil) {
        severity = .warning
        file = origin.file
        line = origin.line
        field = nil
        self.message = message
        self.vietnamese = vietnamese
    }

    /// A warning written from one template per language (`AnalyticsWords`).
    init(warningAt origin: SourceLocation, _ words: (AnalyticsWords) -> String) {
        self.init(warningAt: origin, words(.for(.en)), vietnamese: words(.for(.vi)))
    }

    /// "FILE:LINE", or "FILE:SHEET!CELL" for a workbook, as every message locates itself.
    public var location: String { CellLine.location(file: file, line: line) }

    /// The message in `language` (English when no translation was written).
    /// Each setting it mentions is spelled as the command line spells it: what a file, a log or a test shows.
    public func message(in language: Language) -> String {
        ParameterText.plain(language == .vi ? (vietnamese ?? message) : message)
    }

    /// The message in `language`, each mention of a setting spelled by `spelling` (a front end's words).
    public func message(in language: Language, spelling: (RequestParameter) -> String) -> String {
        ParameterText.render(language == .vi ? (vietnamese ?? message) : message, spelling: spelling)
    }

    /// Errors read exactly as every other command tells them (`FILE:LINE: field: message`);
    /// warnings say so (`FILE:LINE: warning: message`).
    public var description: String {
        let location = CellLine.location(file: file, line: line)
        switch severity {
        case .error: return field.map { "\(location): \($0): \(message)" } ?? "\(location): \(message)"
        case .warning: return "\(location): warning: \(message)"
        }
    }
}

/// Everything `validate` found in a set of files.
public struct ValidationReport: Sendable {
    public let findings: [Finding]
    public let files: Int
    public let figures: Int

    /// Errors and warnings found, listed or not (a long list keeps only the first of each kind).
    public let errorCount: Int
    public let warningCount: Int

    public init(findings: [Finding], files: Int, figures: Int) {
        self.init(
            findings: findings, files: files, figures: figures, errorCount: findings.filter { $0.severity == .error }.count,
            warningCount: findings.filter { $0.severity == .warning }.count)
    }

    /// A report whose `findings` are the first of each kind of more (`errorCount`, `warningCount`).
    public init(findings: [Finding], files: Int, figures: Int, errorCount: Int, warningCount: Int) {
        self.findings = findings
        self.files = files
        self.figures = figures
        self.errorCount = errorCount
        self.warningCount = warningCount
    }

    public var isValid: Bool { errorCount == 0 }

    /// "2 errors, 1 warning in 3 files (95 figures read)", as `validate` prints it.
    public var summary: String { summary(in: .en) }

    /// The summary in `language`, for a findings table in that language.
    public func summary(in language: Language) -> String {
        AnalyticsWords.for(language).validationSummary(errors: errorCount, warnings: warningCount, files: files, figures: figures)
    }
}
