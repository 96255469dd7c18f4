import CCairo

/// Asks fontconfig which installed family will serve a request, because Cairo substitutes silently.
public enum FontCheck {
    /// The family fontconfig would use for `family` (bold or regular alike), or nil if it finds no font at all.
    /// Equal to `family.name` (ignoring case) when the family is installed.
    public static func installedFamily(for family: FontFamily) -> String? {
        guard let pattern = FcNameParse(family.name) else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, FC_FAMILY, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }

    /// True when `family` is installed rather than replaced by a fallback.
    public static func isInstalled(_ family: FontFamily) -> Bool {
        installedFamily(for: family)?.lowercased() == family.name.lowercased()
    }
}
