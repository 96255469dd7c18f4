import CoopAnalytics
import CoopFormatting

/// Something a person should know about a result that is not an error: figures left out of the
/// cluster, a cluster restated as the units after the 2025 merger, a font drawn with its stand-in.
/// Every operation returns its notes; the command line prints them on stderr, the browser app shows
/// them beside the result, each in its own words (a setting a note mentions is spelled by the front end).
public struct ServiceNote: Sendable, Hashable {
    public enum Kind: String, Sendable { case data, font }

    public let kind: Kind
    /// In English, with mentions of settings (`\(option: .cluster)`).
    public let message: String
    /// The same note in Vietnamese; nil where the English is all there is (a harmonizer's detail).
    public let vietnamese: String?

    /// A note about the data.
    public init(_ message: String, vietnamese: String?) {
        self.init(.data, message, vietnamese: vietnamese)
    }

    public init(_ kind: Kind, _ message: String, vietnamese: String?) {
        self.kind = kind
        self.message = message
        self.vietnamese = vietnamese
    }

    /// The note in `language`, each setting it mentions spelled by `spelling`.
    public func text(in language: Language, spelling: (RequestParameter) -> String) -> String {
        ParameterText.render(language == .vi ? (vietnamese ?? message) : message, spelling: spelling)
    }
}

/// Collects notes in order, each once.
public struct NoteList: Sendable {
    public private(set) var notes: [ServiceNote] = []

    public init(_ notes: [ServiceNote] = []) {
        for note in notes { add(note) }
    }

    public mutating func add(_ note: ServiceNote) {
        if !notes.contains(note) { notes.append(note) }
    }

    public mutating func add(_ more: [ServiceNote]) {
        for note in more { add(note) }
    }
}
