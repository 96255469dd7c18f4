import CoopAnalytics
import CoopFigures
import CoopFormatting

/// How a period reads in running text: as in a title, with "the" before an English half-year.
public func periodPhrase(_ period: Period, _ language: Language) -> String {
    (period.part == .year ? "" : Phrasebook.for(language).halfYearArticle) + periodTitle(period, language)
}

extension String {
    /// The first letter in upper case, for a phrase that opens a sentence.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// A label inside a sentence: "Số HTX" → "số HTX", but "HTX thành lập mới" keeps its acronym.
    var inSentence: String {
        let characters = Array(self)
        guard characters.count > 1, characters[1].isLowercase else { return self }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
