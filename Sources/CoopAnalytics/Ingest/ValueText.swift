import CoopFormatting

/// A value cell as people write it: "2.425.931", "46,5", "1.250,5", "2,425,931", "~590",
/// "khoảng 590", "hơn 120 nghìn", "≥130", "gần 3.000".
///
/// The cell is read under both number styles; which reading counts is the file's decision
/// (`FileNumberStyle`), never this function's.
enum ValueText {
    enum Reading: Equatable {
        /// The number under each style (nil where the text is not valid in that style; at least one is
        /// non-nil), and the qualifier written into the value, if any.
        case number(vi: Double?, en: Double?, bound: ValueBound?)
        case empty
        case notFinite
        case tooLarge
        case notANumber
    }

    /// Above 15 digits a double no longer holds every whole number exactly.
    static let maximumIntegerDigits = 15

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, allowPercent: Bool = false) -> Reading {
        var suffix: String?
        return read(bytes, allowPercent: allowPercent, unit: nil, suffix: &suffix)
    }

    /// Reads a value with the indicator's unit at hand, so a unit or scale word after the number
    /// ("8 HTX", "1,2 triệu", "3 tỷ đồng", "2,5 nghìn") is checked against it and converted into it;
    /// `suffix` tells which words were read that way (nil when none).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, allowPercent: Bool, unit: UnitExpression?, suffix: inout String?) -> Reading {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return .empty }
        // The common case: digits and separators only, no qualifier, no words.
        var plain = true
        var digitsOnly = true
        for index in start..<end {
            let byte = bytes[index]
            if !(byte >= 0x30 && byte <= 0x39) {
                digitsOnly = false
                if byte != 0x2E && byte != 0x2C && !(byte == 0x2D && index == start) {
                    plain = false
                    break
                }
            }
        }
        // The commonest cell of all, a whole number without separators, reads the same in both styles.
        if digitsOnly && end - start <= maximumIntegerDigits {
            var whole: UInt64 = 0
            for index in start..<end { whole = whole &* 10 &+ UInt64(bytes[index] &- 0x30) }
            return .number(vi: Double(whole), en: Double(whole), bound: nil)
        }
        if plain {
            let negative = bytes[start] == 0x2D
            return core(bytes, from: negative ? start + 1 : start, to: end, negative: negative, bound: nil, scale: 1)
        }
        return readWritten(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), allowPercent: allowPercent,
            unit: unit, suffix: &suffix)
    }

    /// The slow path: qualifier words or marks before the number, words after it, other minus signs.
    private static func readWritten(_ text: String, allowPercent: Bool, unit: UnitExpression?, suffix used: inout String?) -> Reading {
        let scalars = Array(text.unicodeScalars)
        guard let firstDigit = scalars.firstIndex(where: isDigit), let lastDigit = scalars.lastIndex(where: isDigit) else {
            return notFiniteWords.contains(text.lowercased().filter { !$0.isWhitespace }) ? .notFinite : .notANumber
        }
        var prefix = String(String.UnicodeScalarView(scalars[..<firstDigit])).trimmingSpaces
        var negative = false
        if let last = prefix.unicodeScalars.last, ["-", "−", "+"].contains(last) {
            negative = last != "+"
            prefix = String(String.UnicodeScalarView(prefix.unicodeScalars.dropLast())).trimmingSpaces
        }
        var bound: ValueBound?
        if !prefix.isEmpty {
            guard let written = qualifierPrefixes[prefix.matchingKey] ?? qualifierPrefixes[prefix] else { return .notANumber }
            bound = written
        }
        let written = String(String.UnicodeScalarView(scalars[(lastDigit + 1)...])).trimmingSpaces
        let suffix = written.matchingKey
        var scale = 1.0
        switch suffix {
        case "": break
        case "%" where allowPercent: used = "%"
        case "nghin" where unit == nil, "ngan" where unit == nil: scale = 1000
        default:
            if let unit, let expression = UnitExpression.parse(written), let factor = expression.factor(into: unit) {
                scale = factor
                used = written
            } else {
                return notFiniteWords.contains(text.lowercased().filter { !$0.isWhitespace }) ? .notFinite : .notANumber
            }
        }
        var coreText = String(String.UnicodeScalarView(scalars[firstDigit...lastDigit]))
        // "268 900", "2 425 931,5": spaces (also no-break spaces) between groups of three digits.
        if coreText.unicodeScalars.contains(where: { spaceMarks.contains($0) }) {
            guard let joined = joinSpacedGroups(coreText) else { return .notANumber }
            coreText = joined
            if used == nil { used = "space thousands" }
        }
        let core = Array(coreText.utf8)
        guard core.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }) else { return .notANumber }
        return core.withUnsafeBufferPointer { buffer in
            Self.core(buffer, from: 0, to: buffer.count, negative: negative, bound: bound, scale: scale)
        }
    }

    /// Reads digits and separators under both styles.
    private static func core(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
        negative: Bool, bound: ValueBound?, scale: Double
    ) -> Reading {
        guard start < end else { return .notANumber }
        let vi = parse(bytes, from: start, to: end, style: .vi)
        let en = parse(bytes, from: start, to: end, style: .en)
        if vi == .tooLarge || en == .tooLarge { return .tooLarge }
        func finish(_ result: CoreResult) -> Double? {
            guard case .value(let value) = result else { return nil }
            let scaled = value * scale
            return negative ? -scaled : scaled
        }
        let viValue = finish(vi), enValue = finish(en)
        if viValue == nil && enValue == nil { return .notANumber }
        return .number(vi: viValue, en: enValue, bound: bound)
    }

    private enum CoreResult: Equatable { case value(Double), invalid, tooLarge }

    /// `digits (grouping 3digits)* (decimal digits+)?`, where grouping needs a first group of 1–3 digits
    /// not starting with 0.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, style: NumberStyle) -> CoreResult {
        let grouping = style.groupingMark, decimal = style.decimalMark
        var index = start
        var mantissa: UInt64 = 0
        var significant = 0
        var integerDigits = 0
        var lead = 0
        while index < end, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
            let digit = UInt64(bytes[index] - 0x30)
            if significant > 0 || digit != 0 { significant += 1; integerDigits += 1 }
            if significant <= 19 { mantissa = mantissa &* 10 &+ digit }
            index += 1
            lead += 1
        }
        guard lead > 0 else { return .invalid }
        if index < end, bytes[index] == grouping {
            guard lead <= 3, bytes[start] != 0x30 else { return .invalid }
            while index < end, bytes[index] == grouping {
                index += 1
                guard index + 3 <= end else { return .invalid }
                for _ in 0..<3 {
                    let byte = bytes[index]
                    guard byte >= 0x30 && byte <= 0x39 else { return .invalid }
                    significant += 1
                    integerDigits += 1
                    if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(byte - 0x30) }
                    index += 1
                }
            }
        }
        if integerDigits > maximumIntegerDigits { return .tooLarge }
        var fractionDigits = 0
        if index < end, bytes[index] == decimal {
            index += 1
            var typed = 0
            while index < end, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                let digit = UInt64(bytes[index] - 0x30)
                if significant > 0 || digit != 0 { significant += 1 }
                if significant <= 19 { mantissa = mantissa &* 10 &+ digit; fractionDigits += 1 }
                index += 1
                typed += 1
            }
            guard typed > 0 else { return .invalid }
        }
        guard index == end else { return .invalid }
        // Both the mantissa and the power of ten are exact doubles here, so one division rounds correctly.
        if mantissa < (1 << 53) && fractionDigits < powersOfTen.count {
            return .value(Double(mantissa) / powersOfTen[fractionDigits])
        }
        var text = ""
        for byte in UnsafeBufferPointer(rebasing: bytes[start..<end]) where byte != grouping {
            text.append(byte == decimal ? "." : Character(Unicode.Scalar(byte)))
        }
        return Double(text).map { .value($0) } ?? .invalid
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    private static let spaceMarks: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// "268 900" → "268900" when every group after the first has three digits (the decimal part, after
    /// "," or ".", is left as it is); nil otherwise.
    private static func joinSpacedGroups(_ text: String) -> String? {
        var groups: [String] = [""]
        var tail = ""
        for scalar in text.unicodeScalars {
            if !tail.isEmpty || scalar == "," || scalar == "." {
                tail.unicodeScalars.append(scalar)
            } else if spaceMarks.contains(scalar) {
                groups.append("")
            } else {
                groups[groups.count - 1].unicodeScalars.append(scalar)
            }
        }
        guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.unicodeScalars.allSatisfy(isDigit) })
        else { return nil }
        // A "." or "," after spaced groups is the decimal mark: keep it in the style-neutral form.
        if tail.isEmpty { return groups.joined() }
        let decimals = tail.dropFirst()
        guard !decimals.isEmpty, decimals.unicodeScalars.allSatisfy(isDigit) else { return nil }
        return groups.joined() + tail
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Qualifiers people write before a number, keyed by `matchingKey` (words) or as typed (marks).
    static let qualifierPrefixes: [String: ValueBound] = [
        "~": .approx, "≈": .approx, "khoang": .approx, "xap xi": .approx, "uoc": .approx, "uoc tinh": .approx,
        "khoang chung": .approx, "about": .approx, "approx.": .approx, "approx": .approx, "ca.": .approx,
        ">": .atLeast, "≥": .atLeast, ">=": .atLeast, "hon": .atLeast, "tren": .atLeast, "it nhat": .atLeast,
        "toi thieu": .atLeast, "over": .atLeast, "more than": .atLeast, "at least": .atLeast,
        "<": .atMost, "≤": .atMost, "<=": .atMost, "gan": .atMost, "duoi": .atMost, "toi da": .atMost,
        "khong qua": .atMost, "nearly": .atMost, "under": .atMost, "at most": .atMost, "almost": .atMost,
    ]

    /// What the accepted qualifier words and marks are, for messages.
    static let acceptedQualifierWords =
        "~590, ≈590, khoảng 590 (approx); >120.000, ≥130, hơn/trên/ít nhất 130 (at_least); <3.000, ≤3.000, gần/dưới 3.000 (at_most)"

    private static let notFiniteWords: Set<String> = [
        "nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity", "∞", "-∞", "−∞", "+∞", "#num!", "#div/0!",
    ]
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
