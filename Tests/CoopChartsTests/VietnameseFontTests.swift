import CCairo
import CoopCharts
import CoopFormatting
import Foundation
import Testing

/// Every Vietnamese letter is drawn as a real glyph, whatever family is asked for: Windows families resolve
/// to metric-compatible faces that have them all, and a face without them is replaced by one that has them.
@Suite struct VietnameseFontTests {
    /// The alphabet, built here from its parts rather than read from the library: 12 vowels × (no mark +
    /// 5 tones) and 17 consonants, each NFC-normalised to one precomposed letter.
    static let lowercase: [String] = {
        let vowels = ["a", "a\u{306}", "a\u{302}", "e", "e\u{302}", "i", "o", "o\u{302}", "o\u{31B}", "u", "u\u{31B}", "y"]
        let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]  // huyền, sắc, ngã, hỏi, nặng
        let consonants = ["b", "c", "d", "\u{111}", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"]
        return vowels.flatMap { vowel in tones.map { (vowel + $0).precomposedStringWithCanonicalMapping } } + consonants
    }()
    static let uppercase = lowercase.map { $0.uppercased().precomposedStringWithCanonicalMapping }
    static let alphabet = lowercase.joined() + uppercase.joined()

    /// The families the README names, and the Windows families people type.
    static let families: [String] = [
        "DejaVu Sans", "Times New Roman", "Arial", "Liberation Serif", "Liberation Sans",
        "Courier New", "Liberation Mono", "Helvetica", "Times",
    ]

    @Test("the alphabet has 89 letters per case, each one precomposed scalar, 134 of them outside ASCII, đ and Đ among them")
    func alphabetIsComplete() {
        #expect(Self.lowercase.count == 89 && Self.uppercase.count == 89)
        #expect((Self.lowercase + Self.uppercase).allSatisfy { $0.unicodeScalars.count == 1 })
        #expect(Set(Self.lowercase + Self.uppercase).count == 178)
        #expect((Self.lowercase + Self.uppercase).filter { !$0.unicodeScalars.first!.isASCII }.count == 134)
        #expect(Self.lowercase.contains("đ") && Self.uppercase.contains("Đ") && Self.lowercase.contains("ặ") && Self.uppercase.contains("Ự"))
        #expect(VietnameseAlphabet.letters.map { Array($0.unicodeScalars) } == (Self.lowercase + Self.uppercase).map { Array($0.unicodeScalars) })
    }

    @Test(
        "no glyph index 0 reaches Cairo for the whole alphabet, regular and bold, in every family named",
        arguments: families)
    func everyLetterHasAGlyph(family: String) throws {
        let backend = try CairoBackend.measuring()
        for weight in [Font.Weight.regular, .bold] {
            let font = Font(family: FontFamily(family), size: 12, weight: weight)
            let glyphs = backend.glyphIndices(for: NormalizedText(Self.alphabet), font: font)
            #expect(glyphs.count == Self.alphabet.unicodeScalars.count, "\(family) \(weight): one glyph per letter")
            let missing = zip(Self.alphabet.unicodeScalars, glyphs).filter { $0.1 == 0 }.map { String($0.0) }
            #expect(missing.isEmpty, "\(family) \(weight) via \(backend.drawnFamily(for: font)) has no glyph for \(missing.joined())")
        }
    }

    @Test(
        "Times New Roman, Arial and Courier New resolve to Liberation Serif, Sans and Mono, which have every letter",
        arguments: [
            ("Times New Roman", "Liberation Serif"), ("Arial", "Liberation Sans"), ("Courier New", "Liberation Mono"),
            ("Helvetica", "Liberation Sans"),
        ])
    func windowsFamiliesResolveToLiberation(requested: String, expected: String) throws {
        let resolution = try #require(FontCheck.resolution(for: FontFamily(requested)))
        // A machine with the real Windows font installed draws that font instead; then this is not a stand-in.
        if resolution.kind == .installed { return }
        #expect(resolution.family == expected)
        #expect(resolution.kind == .standIn || resolution.fontconfigFamily == expected)
        #expect(FontCheck.hasEveryVietnameseLetter(expected))
        #expect(try CairoBackend.measuring().drawnFamily(for: Font(family: FontFamily(requested), size: 10, weight: .bold)) == expected)
    }

    @Test(
        "the whole alphabet rendered to PNG and PDF with each family draws no .notdef glyph and needs no replacement",
        arguments: families)
    func renderedAlphabetHasNoMissingGlyph(family: String) throws {
        for format in [OutputFormat.png, .pdf] {
            let options = RenderOptions(width: 480, height: 200, pngScale: 1, fontFamily: FontFamily(family))
            let file = try ChartRenderer.renderFile(AlphabetChart(), format: format, options: options)
            let use = try #require(file.fonts.first { $0.requested.name == family })
            #expect(use.missing.isEmpty && !use.isReplaced, "\(family): \(use.missing.map { String($0) }.joined())")
            #expect(use.notdefGlyphs == 0)
            #expect(!file.bytes.isEmpty)
        }
    }

    @Test(
        "a face without Vietnamese letters is replaced by DejaVu Sans for the whole chart, and the report names both",
        .enabled(if: lackingFamily != nil, "needs an installed face without Vietnamese letters, such as Nimbus Roman (fonts-urw-base35)"))
    func aLackingFaceIsReplaced() throws {
        let family = try #require(Self.lackingFamily)
        // The check can fail: drawn directly, this face turns Vietnamese letters into glyph 0.
        let glyphs = try CairoBackend.measuring().glyphIndices(for: NormalizedText(Self.alphabet), font: Font(family: FontFamily(family), size: 12))
        #expect(glyphs.contains(0))

        let options = RenderOptions(width: 480, height: 200, pngScale: 1, fontFamily: FontFamily(family))
        let file = try ChartRenderer.renderFile(AlphabetChart(), format: .png, options: options)
        let use = try #require(file.fonts.first)
        #expect(use.requested.name == family && use.resolution.family == family)
        #expect(use.missing.contains("ắ") && use.missing.contains("Ữ") && use.missing.contains("ơ"))
        #expect(!use.missing.contains("a") && !use.missing.contains("B"))
        #expect(use.isReplaced && use.drawnFamily == "DejaVu Sans")
        #expect(use.uncovered.isEmpty && use.notdefGlyphs == 0)
    }

    @Test("a Times New Roman chart's drawn text is covered by the FcCharSet of the face it resolves to")
    func timesNewRomanChartTextIsCovered() throws {
        let recording = try RecordingBackend()
        Fixtures.nine.draw(on: recording, size: Size(width: 960, height: 540), fontFamily: "Times New Roman")
        let texts = recording.texts
        #expect(texts.contains { $0.text.contains("Quảng Ninh") } && texts.contains { $0.text.contains("Bắc Ninh") })
        let characters = Set(texts.flatMap { $0.text.unicodeScalars })
        let measurer = try CairoBackend.measuring()
        for weight in Set(texts.map(\.font.weight)) {
            let face = measurer.drawnFamily(for: Font(family: "Times New Roman", size: 10, weight: weight))
            let lacking = try FontConfig.missing(characters, family: face, bold: weight == .bold)
            #expect(lacking.isEmpty, "\(face) lacks \(lacking.map { String($0) }.joined())")
            if FontCheck.resolution(for: "Times New Roman")?.kind != .installed { #expect(face == "Liberation Serif") }
        }
    }

    /// An installed face that lacks "ắ", if any: the test above needs one to show a replacement.
    static let lackingFamily: String? = ["Nimbus Roman", "Nimbus Sans", "C059", "P052", "URW Bookman", "Z003"].first { name in
        (try? FontConfig.missing(["ắ"], family: name, bold: false, requireExact: true)) == ["ắ"]
    }
}

/// Draws the alphabet in the area's family, a line per case and weight.
struct AlphabetChart: Chart {
    var title: String { "Bảng chữ cái tiếng Việt" }

    func draw(in area: DrawingArea) {
        var baseline = area.bounds.minY + 24
        for weight in [Font.Weight.regular, .bold] {
            for letters in [VietnameseFontTests.lowercase, VietnameseFontTests.uppercase] {
                for row in stride(from: 0, to: letters.count, by: 45) {
                    let line = letters[row..<min(row + 45, letters.count)].joined()
                    area.backend.drawText(line, at: Point(x: area.bounds.minX + 8, y: baseline), font: Font(family: area.fontFamily, size: 9, weight: weight))
                    baseline += 12
                }
            }
        }
    }
}

/// fontconfig asked directly, apart from the library's own FontCheck, so the coverage test is independent.
enum FontConfig {
    struct NoMatch: Error { let family: String }

    /// The characters of `characters` that the face fontconfig matches for `family` has no glyph for.
    /// With `requireExact`, a family that is not installed counts as lacking everything.
    static func missing(_ characters: Set<Unicode.Scalar>, family: String, bold: Bool, requireExact: Bool = false) throws -> Set<Unicode.Scalar> {
        guard let pattern = FcPatternCreate() else { throw NoMatch(family: family) }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, family)
        FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_MEDIUM)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pattern, &result) else { throw NoMatch(family: family) }
        defer { FcPatternDestroy(match) }
        var name: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch, let name else { throw NoMatch(family: family) }
        if requireExact && String(cString: name).lowercased() != family.lowercased() { return characters }
        var charset: OpaquePointer?
        guard FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch, let charset else { throw NoMatch(family: family) }
        return characters.filter { FcCharSetHasChar(charset, $0.value) == 0 }
    }
}
