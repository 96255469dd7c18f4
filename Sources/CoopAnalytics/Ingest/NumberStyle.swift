/// How a file writes numbers: the Vietnamese way (2.425.931; 46,5) or the English way (2,425,931; 46.5).
///
/// A file uses one style. It is decided from the file's own unambiguous values, or given with
/// `--number-style`; a file that mixes the two is refused, because one of its figures would be read
/// a thousand times too large or too small.
public enum NumberStyle: String, Sendable, CaseIterable {
    case vi
    case en

    var groupingMark: UInt8 { reading(vi: 0x2E, en: 0x2C) }
    var decimalMark: UInt8 { reading(vi: 0x2C, en: 0x2E) }

    /// "Vietnamese style (2.425.931; 46,5)" — how messages name a style.
    public var explained: String {
        reading(vi: "Vietnamese style (2.425.931; 46,5)", en: "English style (2,425,931; 46.5)")
    }

    var other: NumberStyle { reading(vi: .en, en: .vi) }

    /// Of a number's two readings ("4.139" is 4139 the Vietnamese way, 4,139 the English way), the one in this style.
    func reading<Value>(vi: Value, en: Value) -> Value {
        switch self {
        case .vi: vi
        case .en: en
        }
    }
}

/// The style a file has shown so far, and where it showed it.
struct FileNumberStyle {
    let forced: NumberStyle?
    private(set) var evidence: (style: NumberStyle, line: Int, text: String)?

    init(forced: NumberStyle?) { self.forced = forced }

    /// The style in force: the forced one, or the one the file has shown.
    var style: NumberStyle? { forced ?? evidence?.style }

    /// Records what a value shows; returns the earlier evidence it contradicts, if any.
    mutating func observe(_ style: NumberStyle, line: Int, text: @autoclosure () -> String) -> (style: NumberStyle, line: Int, text: String)? {
        guard forced == nil else { return nil }
        if let evidence {
            return evidence.style == style ? nil : evidence
        }
        evidence = (style, line, text())
        return nil
    }
}
