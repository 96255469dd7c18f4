/// Recognises the two legacy Vietnamese encodings still found in provincial files, so they can be
/// refused with the right conversion advice instead of being read as garbage.
///
/// Windows-1258 writes most toned vowels as a base letter followed by a combining tone mark
/// (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below); TCVN3 (ABC) writes precomposed
/// lower-case letters, many of them in 0xA1–0xBF, where Windows-1258 has only symbols.
enum LegacyEncoding: Equatable {
    case windows1258, tcvn3, unknown

    static func guess(_ bytes: [UInt8]) -> LegacyEncoding {
        var tcvnLetters = 0
        var toneMarksAfterVowels = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if (0xA1...0xBF).contains(byte) { tcvnLetters += 1 }
            if toneMarks.contains(byte) && vowels.contains(previous) { toneMarksAfterVowels += 1 }
            previous = byte
        }
        if toneMarksAfterVowels > tcvnLetters { return .windows1258 }
        if tcvnLetters > 0 { return .tcvn3 }
        return .unknown
    }

    private static let toneMarks: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
    /// ASCII vowels and Windows-1258's Vietnamese vowel letters (â ê ô ơ ư ă and capitals).
    private static let vowels: Set<UInt8> = Set(Array("aeiouyAEIOUY".utf8)).union([0xE2, 0xEA, 0xF4, 0xF5, 0xFD, 0xE3, 0xC2, 0xCA, 0xD4, 0xD5, 0xDD, 0xC3])
}
