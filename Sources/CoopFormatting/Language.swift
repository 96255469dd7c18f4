/// The language of everything a person reads — words come from each module's vocabulary — and with
/// it how numbers are written: Vietnamese (2.425.931; 46,5) or English (2,425,931; 46.5).
///
/// One formatter serves tables, value labels, axes and sentences alike, so a figure never prints two
/// ways. Machine formats (CSV, JSON) do not use this: they write plain numbers.
public enum Language: String, Sendable, CaseIterable {
    case vi
    case en

    public var groupingSeparator: Character {
        switch self {
        case .vi: "."
        case .en: ","
        }
    }

    public var decimalSeparator: Character {
        switch self {
        case .vi: ","
        case .en: "."
        }
    }

    /// The language tag written into documents (a Word file's properties and styles): Vietnamese as
    /// written in Viet Nam, English as the source articles' translations write it.
    public var tag: String {
        switch self {
        case .vi: "vi-VN"
        case .en: "en-GB"
        }
    }

    /// The other language, which a page's language switch offers.
    public var other: Language {
        switch self {
        case .vi: .en
        case .en: .vi
        }
    }

    /// Formats `value` with exactly `decimals` digits after the decimal mark.
    public func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : (value > 0 ? "∞" : "−∞") }
        let places = max(0, min(decimals, 12))
        let scale = Self.powersOfTen[places]
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        guard scaled < 9.0e18 else { return (negative ? "−" : "") + String(abs(value)) }
        let units = UInt64(scaled)
        let integerPart = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var text = negative ? "−" : ""
        text += grouped(integerPart)
        if places > 0 {
            let digits = String(fraction)
            text.append(decimalSeparator)
            text += String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    /// Formats `value` with at most `maxDecimals` digits, dropping trailing zeros (46,5 not 46,50; 206 not 206,0).
    public func format(_ value: Double, maxDecimals: Int = 2) -> String {
        var text = format(value, decimals: maxDecimals)
        guard maxDecimals > 0, text.contains(decimalSeparator) else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == decimalSeparator { text.removeLast() }
        return text
    }

    /// Formats a percentage with exactly `decimals` digits: 41,7% (Vietnamese), 41.7% (English). The
    /// sign follows the number without a space, as Vietnamese administrative documents write it.
    /// Every "%" a person reads comes from here, so one table never prints "28%" beside "26,7%".
    public func formatPercent(_ value: Double, decimals: Int = 1) -> String {
        format(value, decimals: decimals) + "%"
    }

    /// Years are never grouped: 2017, not 2.017.
    public func formatYear(_ year: Int) -> String { String(year) }

    private func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(groupingSeparator) }
            out.append(digit)
        }
        return out
    }

    private static let powersOfTen: [Double] = (0...12).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }
}
