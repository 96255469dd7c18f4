import CoopFormatting

/// Every letter of the Vietnamese alphabet in both cases, vowels with each of the five tone marks,
/// precomposed (NFC). A face that stands in for a Windows font must have all of them.
public enum VietnameseAlphabet {
    /// The twelve vowels before a tone mark: a ă â e ê i o ô ơ u ư y.
    public static let vowels: [String] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// The seventeen consonants, đ among them (f, j, w, z are not Vietnamese letters).
    public static let consonants: [String] = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"]
    /// No mark (ngang), then huyền, sắc, ngã, hỏi and nặng as combining marks.
    public static let toneMarks: [String] = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

    /// The 89 lowercase letters: 12 vowels × 6 tones, then the consonants.
    public static let lowercase: [String] = vowels.flatMap { vowel in toneMarks.map { (vowel + $0).nfc } } + consonants
    /// The 89 uppercase letters, in the same order.
    public static let uppercase: [String] = lowercase.map { $0.uppercased().nfc }
    /// Both cases: 178 letters, 134 of them outside ASCII.
    public static let letters: [String] = lowercase + uppercase
    /// Every scalar of `letters` (one per letter, since each is precomposed).
    public static let scalars: [Unicode.Scalar] = letters.flatMap(\.unicodeScalars)
}
