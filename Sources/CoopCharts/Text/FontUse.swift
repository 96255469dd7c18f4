/// What one rendering did with a requested font family: the face fontconfig gave, whether that face had
/// every character drawn with it, and the face drawn instead when it had not. Callers tell the user.
public struct FontUse: Sendable, Hashable {
    /// The family the chart asked for.
    public var requested: FontFamily
    /// How the family was resolved before the coverage check (installed, stand-in, fontconfig's choice).
    public var resolution: FontResolution
    /// Characters drawn that the resolved face has no glyph for (empty when it covers them all).
    public var missing: [Unicode.Scalar]
    /// The family the file was drawn with: `resolution.family`, or a covering family when `missing` is not empty.
    public var drawnFamily: String
    /// Characters that even `drawnFamily` lacks: no installed face had them all; Cairo draws these as boxes.
    public var uncovered: [Unicode.Scalar]
    /// Glyph index 0 (.notdef, an empty box) drawn in the final file; 0 unless `uncovered` is not empty.
    public var notdefGlyphs: Int

    /// True when the resolved face lacked characters and another family was drawn instead.
    public var isReplaced: Bool { drawnFamily != resolution.family }
}

/// A rendered file and the fonts it was drawn with.
public struct RenderedFile: Sendable {
    /// The encoded PNG, PDF, SVG or EPS.
    public var bytes: [UInt8]
    /// One entry per family the drawing asked for, in the order first used.
    public var fonts: [FontUse]
}

extension RenderedFile {
    /// Draws with `draw`, whose argument maps a family to the one drawn in its place. When the first drawing's
    /// audit found a face lacking characters, it draws once more with covering families (`FontCheck.coveringFamily`),
    /// so no letter is lost and no drawing mixes faces; the fonts report both passes.
    static func drawnWithCoveringFonts(
        _ draw: ([FontFamily: String]) throws(CairoError) -> (bytes: [UInt8], audit: FontAudit)
    ) throws(CairoError) -> RenderedFile {
        let first = try draw([:])
        let replacements = first.audit.replacements()
        guard !replacements.isEmpty else {
            return RenderedFile(bytes: first.bytes, fonts: FontAudit.uses(first: first.audit, final: first.audit))
        }
        let second = try draw(replacements)
        return RenderedFile(bytes: second.bytes, fonts: FontAudit.uses(first: first.audit, final: second.audit))
    }
}

/// Characters met in one rendering: a bit per ASCII character and a set for the rest, because every label
/// passes through here and nearly all of their characters are ASCII.
struct ScalarSet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others = Set<Unicode.Scalar>()

    var isEmpty: Bool { low == 0 && high == 0 && others.isEmpty }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 64 { low |= 1 << UInt64(value) } else if value < 128 { high |= 1 << UInt64(value - 64) } else { others.insert(scalar) }
    }

    var all: Set<Unicode.Scalar> {
        var result = others
        for value in UInt32(0)..<128 {
            let bit = value < 64 ? low >> UInt64(value) & 1 : high >> UInt64(value - 64) & 1
            if bit == 1, let scalar = Unicode.Scalar(value) { result.insert(scalar) }
        }
        return result
    }
}

/// The coverage check at the backend's text seam: every string Cairo draws is noted here against the face
/// it is drawn with, so no text can escape the check, whichever chart or page drew it.
final class FontAudit {
    // A class, so the sets grow in place rather than being copied out of the dictionary for every string.
    final class Entry {
        let resolution: FontResolution
        let drawnFamily: String
        var characters = ScalarSet()
        var missing = ScalarSet()
        var weights = Set<Font.Weight>()
        var notdefGlyphs = 0

        init(resolution: FontResolution, drawnFamily: String) {
            self.resolution = resolution
            self.drawnFamily = drawnFamily
        }
    }

    private(set) var order: [FontFamily] = []
    private(set) var entries: [FontFamily: Entry] = [:]

    /// Notes `text` drawn for `requested` with `face`, and how many of its glyphs were index 0.
    func note(
        _ text: NormalizedText, requested: FontFamily, weight: Font.Weight, face: MatchedFace,
        resolution: FontResolution, notdefGlyphs: Int
    ) {
        let entry: Entry
        if let known = entries[requested] {
            entry = known
        } else {
            entry = Entry(resolution: resolution, drawnFamily: face.family)
            order.append(requested)
            entries[requested] = entry
        }
        entry.weights.insert(weight)
        entry.notdefGlyphs += notdefGlyphs
        for scalar in text.string.unicodeScalars where FontCheck.needsGlyph(scalar) {
            entry.characters.insert(scalar)
            if !face.covers(scalar) { entry.missing.insert(scalar) }
        }
    }

    /// For every requested family whose face lacked a character: the family to draw with instead.
    func replacements() -> [FontFamily: String] {
        var result: [FontFamily: String] = [:]
        for family in order {
            guard let entry = entries[family], !entry.missing.isEmpty,
                let covering = FontCheck.coveringFamily(for: entry.characters.all, weights: entry.weights, insteadOf: family)
            else { continue }
            result[family] = covering.family
        }
        return result
    }

    /// The report of a rendering: `first` checked the resolved faces; `final` (the same audit when nothing
    /// was replaced) shows what the file was drawn with.
    static func uses(first: FontAudit, final: FontAudit) -> [FontUse] {
        first.order.compactMap { family in
            guard let checked = first.entries[family] else { return nil }
            let drawn = final.entries[family] ?? checked
            return FontUse(
                requested: family, resolution: checked.resolution, missing: sorted(checked.missing),
                drawnFamily: drawn.drawnFamily, uncovered: sorted(drawn.missing), notdefGlyphs: drawn.notdefGlyphs)
        }
    }

    private static func sorted(_ set: ScalarSet) -> [Unicode.Scalar] { set.all.sorted { $0.value < $1.value } }
}
