import CoopFormatting

/// A table of error messages, each written in Vietnamese and English side by side (`pick("…", "…")`).
/// An error built from one carries both: the English for the command line's stderr, and the Vietnamese
/// for outputs in Vietnamese (the findings workbook, the report, the browser app in Vietnamese).
/// `ReadingWords` holds the reading errors of a data file's rows; the tables conforming here hold the
/// rest: schemes (`SchemeWords`), cluster and indicator files (`SettingsFileWords`), a cooperative
/// registry (`RegistryWords`) and whole files that cannot be read as text (`FileWords`).
protocol MessageWords: Vocabulary {
    init(language: Language)
}

extension MessageWords {
    /// One message in both languages; the Vietnamese in NFC, as every Vietnamese text coopchart writes.
    static func both(_ words: (Self) -> String) -> (english: String, vietnamese: String) {
        (words(Self(language: .en)), words(Self(language: .vi)).nfc)
    }

    /// An error told in both languages: `FILE:LINE: field: message` on stderr, the Vietnamese in Vietnamese outputs.
    static func error(file: String, line: Int? = nil, field: String? = nil, _ words: (Self) -> String) -> InputError {
        let (english, vietnamese) = both(words)
        return InputError(file: file, line: line, field: field, message: english, vietnamese: vietnamese)
    }

    /// A whole number as the language writes it: 2.000 in Vietnamese, 2000 in English (as the messages always read).
    func count(_ number: Int) -> String { pick(Language.vi.format(Double(number), decimals: 0), String(number)) }

    /// A figure as the language writes it: 46,5 and 2.425.931 in Vietnamese; plain (46.5, 2425931) in English.
    func figure(_ value: Double) -> String { pick(Language.vi.format(value, maxDecimals: 6), plain(value)) }

    /// A day as the language writes it: 30/6/2025 in Vietnamese, 2025-06-30 in English.
    func day(_ date: SimpleDate) -> String { pick("\(date.day)/\(date.month)/\(date.year)", date.description) }

    /// A unit of the registry with its code and validity: "Hà Nam (35, đến 30/6/2025)", "Hà Nam (35, until 2025-06-30)".
    func unit(_ province: Province) -> String {
        guard language == .vi else { return province.longDescription }
        var text = "\(province.name) (\(province.code)"
        if let from = province.validFrom { text += ", từ \(day(from))" }
        if let to = province.validTo { text += ", đến \(day(to))" }
        return text + ")"
    }

    /// "did you mean Hà Nam, Nam Định?" in the language.
    func didYouMean(_ suggestions: [String]) -> String {
        pick("có phải \(suggestions.joined(separator: ", "))?", "did you mean \(suggestions.joined(separator: ", "))?")
    }
}
