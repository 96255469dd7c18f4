import CCairo
import Foundation

/// One face fontconfig matched for a family and weight: its family name and the characters it has glyphs for.
/// Immutable after creation; fontconfig's character sets are only read, so faces are shared across threads.
public final class MatchedFace: @unchecked Sendable {
    /// The family of the matched face, e.g. "Liberation Serif"; selecting it in Cairo gives this face back.
    public let family: String
    /// The font file, for messages.
    public let file: String?
    private let pattern: OpaquePointer
    private let charset: OpaquePointer?
    // Bits for U+0000–U+007F, looked up without a call into fontconfig: most drawn characters are ASCII.
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    fileprivate init?(match pattern: OpaquePointer) {
        var family: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch, let family else { return nil }
        self.family = String(cString: family)
        var file: UnsafeMutablePointer<FcChar8>?
        self.file = FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch ? file.map { String(cString: $0) } : nil
        var charset: OpaquePointer?
        self.charset = FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch ? charset : nil
        self.pattern = pattern
        var low: UInt64 = 0, high: UInt64 = 0
        if let charset = self.charset {
            for value in UInt32(0)..<128 where FcCharSetHasChar(charset, value) != 0 {
                if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
            }
        }
        asciiLow = low
        asciiHigh = high
    }

    deinit { FcPatternDestroy(pattern) }

    /// True when the face has a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiLow >> UInt64(value) & 1 == 1 }
        if value < 128 { return asciiHigh >> UInt64(value - 64) & 1 == 1 }
        guard let charset else { return false }
        return FcCharSetHasChar(charset, value) != 0
    }

    /// The characters of `scalars` the face has no glyph for, in order, each once.
    public func missing(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>()
        return scalars.filter { FontCheck.needsGlyph($0) && !covers($0) && seen.insert($0).inserted }
    }
}

/// How a requested family was turned into the family Cairo is asked for.
public struct FontResolution: Sendable, Hashable {
    /// What fontconfig does with the requested name.
    public enum Kind: Sendable, Hashable {
        /// The family is installed.
        case installed
        /// Not installed; a metric-compatible stand-in with every Vietnamese letter is used (Liberation Serif for Times New Roman).
        case standIn
        /// Not installed and no stand-in is: fontconfig's own choice is used.
        case fontconfigChoice
    }

    /// The family asked for.
    public var requested: FontFamily
    /// The family drawn with (before any replacement for missing characters).
    public var family: String
    /// The family fontconfig itself matches for the requested name.
    public var fontconfigFamily: String
    public var kind: Kind
}

/// Asks fontconfig which installed face will serve a request, and which characters it covers, because
/// Cairo substitutes faces and draws missing letters as empty boxes without a word.
public enum FontCheck {
    /// The family fontconfig would use for `family` (bold or regular alike), or nil if it finds no font at all.
    /// Equal to `family.name` (ignoring case) when the family is installed.
    public static func installedFamily(for family: FontFamily) -> String? {
        face(named: family.name, weight: .regular)?.family
    }

    /// True when `family` is installed rather than replaced by a fallback.
    public static func isInstalled(_ family: FontFamily) -> Bool {
        installedFamily(for: family)?.lowercased() == family.name.lowercased()
    }

    /// The family drawn for `family`: itself when installed; for a common Windows family that is not, its
    /// first installed metric-compatible stand-in whose regular and bold faces have every Vietnamese letter
    /// (`FontFamily.standIns`); otherwise whatever fontconfig matches. Nil only when no font is installed.
    public static func resolution(for family: FontFamily) -> FontResolution? {
        if let cached = cache.withLock({ $0.resolutions[family] }) { return cached }
        guard let matched = installedFamily(for: family) else { return nil }
        var resolution = FontResolution(requested: family, family: matched, fontconfigFamily: matched, kind: .fontconfigChoice)
        if matched.lowercased() == family.name.lowercased() {
            resolution.kind = .installed
        } else if let standIn = family.standIns.first(where: { hasEveryVietnameseLetter($0) }) {
            resolution.family = standIn
            resolution.kind = .standIn
        }
        cache.withLock { $0.resolutions[family] = resolution }
        return resolution
    }

    /// The face Cairo draws for `family` at `weight`, after `resolution(for:)`.
    public static func face(for family: FontFamily, weight: Font.Weight) -> MatchedFace? {
        resolution(for: family).flatMap { face(named: $0.family, weight: weight) }
    }

    /// The face fontconfig matches for the family name `name` at `weight`, built as Cairo's simple text API
    /// builds its request (family, roman slant, medium or bold weight), so it is the face Cairo draws.
    public static func face(named name: String, weight: Font.Weight) -> MatchedFace? {
        let key = FaceKey(name: name, weight: weight)
        return cache.withLock { cache in
            if let known = cache.faces[key] { return known }
            let face = match(name, weight: weight)
            cache.faces[key] = face
            return face
        }
    }

    /// True when `family` is installed and its regular and bold faces have every letter of `VietnameseAlphabet`.
    public static func hasEveryVietnameseLetter(_ family: String) -> Bool {
        [Font.Weight.regular, .bold].allSatisfy { weight in
            guard let face = face(named: family, weight: weight), face.family.lowercased() == family.lowercased() else { return false }
            return face.missing(VietnameseAlphabet.scalars).isEmpty
        }
    }

    /// The installed family to draw with instead of `family` when its face lacks some of `characters`: DejaVu
    /// Sans (the default, which has every Vietnamese letter) when it covers them all at every weight in
    /// `weights`, else the first family in fontconfig's fallback order for `family` that does. When none
    /// covers everything, the one that misses fewest, and only if it misses fewer than `family` itself.
    public static func coveringFamily(
        for characters: Set<Unicode.Scalar>, weights: Set<Font.Weight>,
        insteadOf family: FontFamily
    ) -> (family: String, missing: [Unicode.Scalar])? {
        let drawn = characters.sorted { $0.value < $1.value }
        func missing(_ candidate: String) -> [Unicode.Scalar]? {
            var lacking = Set<Unicode.Scalar>()
            for weight in weights {
                guard let face = face(named: candidate, weight: weight), face.family.lowercased() == candidate.lowercased() else { return nil }
                lacking.formUnion(face.missing(drawn))
            }
            return lacking.sorted { $0.value < $1.value }
        }
        let current = resolution(for: family)?.family ?? family.name
        guard let currentMissing = missing(current), !currentMissing.isEmpty else { return nil }
        var best: (family: String, missing: [Unicode.Scalar])?
        for candidate in [FontFamily.default.name] + fallbackFamilies(for: family) where candidate.lowercased() != current.lowercased() {
            guard let lacking = missing(candidate) else { continue }
            if lacking.isEmpty { return (candidate, []) }
            if lacking.count < (best?.missing.count ?? currentMissing.count) { best = (candidate, lacking) }
        }
        return best
    }

    /// Characters that take a glyph: control characters are not drawn text, so no face is blamed for them.
    /// (General category Cc is exactly U+0000–U+001F and U+007F–U+009F.)
    static func needsGlyph(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    // MARK: - fontconfig

    private struct FaceKey: Hashable {
        var name: String
        var weight: Font.Weight
    }

    private struct Cache {
        var faces: [FaceKey: MatchedFace?] = [:]
        var resolutions: [FontFamily: FontResolution] = [:]
    }

    // Matching walks every installed font, so each answer is kept for the life of the process. Figures and
    // report pages are laid out on several threads; the lock also keeps fontconfig calls one at a time.
    private static let cache = LockedCache()

    private final class LockedCache: @unchecked Sendable {
        private let lock = NSLock()
        private var value = Cache()
        func withLock<T>(_ body: (inout Cache) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&value)
        }
    }

    /// A pattern as Cairo's toy font face makes it (cairo-ft: FC_WEIGHT_MEDIUM for normal, FC_WEIGHT_BOLD for bold).
    private static func request(_ name: String, weight: Font.Weight) -> OpaquePointer? {
        guard let pattern = FcPatternCreate() else { return nil }
        FcPatternAddString(pattern, FC_FAMILY, name)
        FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN)
        FcPatternAddInteger(pattern, FC_WEIGHT, weight == .bold ? FC_WEIGHT_BOLD : FC_WEIGHT_MEDIUM)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        return pattern
    }

    private static func match(_ name: String, weight: Font.Weight) -> MatchedFace? {
        guard let pattern = request(name, weight: weight) else { return nil }
        defer { FcPatternDestroy(pattern) }
        var result = FcResultNoMatch
        guard let matched = FcFontMatch(nil, pattern, &result) else { return nil }
        guard let face = MatchedFace(match: matched) else { FcPatternDestroy(matched); return nil }
        return face
    }

    /// fontconfig's fallback order for `family`: the families it would try, best first, each once.
    private static func fallbackFamilies(for family: FontFamily) -> [String] {
        cache.withLock { _ in
            guard let pattern = request(family.name, weight: .regular) else { return [] }
            defer { FcPatternDestroy(pattern) }
            var result = FcResultNoMatch
            guard let set = FcFontSort(nil, pattern, FcTrue, nil, &result) else { return [] }
            defer { FcFontSetDestroy(set) }
            var families: [String] = []
            for index in 0..<Int(set.pointee.nfont) {
                var name: UnsafeMutablePointer<FcChar8>?
                guard let font = set.pointee.fonts[index], FcPatternGetString(font, FC_FAMILY, 0, &name) == FcResultMatch,
                    let name
                else { continue }
                let text = String(cString: name)
                if !families.contains(text) { families.append(text) }
                if families.count == 40 { break }
            }
            return families
        }
    }
}
