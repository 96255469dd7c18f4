import CoopAnalytics
import CoopFormatting

/// How a period reads in running text: "năm 2017", "6 tháng đầu năm 2022" / "2017", "the first half of 2022".
public func periodPhrase(_ period: Period, _ language: Language) -> String {
    switch (period.part, language) {
    case (.year, .vi): return "năm \(period.year)"
    case (.firstHalf, .vi): return "6 tháng đầu năm \(period.year)"
    case (.secondHalf, .vi): return "6 tháng cuối năm \(period.year)"
    case (.year, .en): return String(period.year)
    case (.firstHalf, .en): return "the first half of \(period.year)"
    case (.secondHalf, .en): return "the second half of \(period.year)"
    }
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

/// "A, B và C" / "A, B and C".
func listPhrase(_ names: [String], _ language: Language) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    let last = names.last!
    return names.dropLast().joined(separator: ", ") + (language == .vi ? " và " : " and ") + last
}
