/// A module's words for a person, in Vietnamese and English. Each phrase is written once as
/// `pick("Hạng", "Rank")`, the two languages side by side, so a reviewer reads and corrects them
/// together and no phrase can lack its translation.
public protocol Vocabulary: Sendable {
    /// The language every phrase is picked in.
    var language: Language { get }
}

extension Vocabulary {
    /// The Vietnamese and the English of one phrase, side by side so a reviewer reads them together.
    public func pick<Phrase>(_ vietnamese: Phrase, _ english: Phrase) -> Phrase {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }
}
