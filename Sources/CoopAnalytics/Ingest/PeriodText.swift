import CoopFormatting

/// Periods as people write them in reports and headers: "2023", "2023-H1", "Năm 2023",
/// "6 tháng đầu năm 2023" (the first half), "6 tháng cuối năm 2023" (the second half). Quarters
/// ("Quý I/2023", "2023-Q1") are recognised only to be refused with the reason.
enum PeriodText {
    enum Reading: Equatable {
        case period(Period)
        case quarter(String)
        case none
    }

    static func read(_ text: String) -> Reading {
        if let period = Period(parsing: text) { return .period(period) }
        let key = text.matchingKey
        guard !key.isEmpty, let year = lastYear(in: key) else { return .none }
        if key.range(of: #"(^|[^a-z])quy ?([1-4]|i|ii|iii|iv)($|[^a-z0-9])"#, options: .regularExpression) != nil
            || key.range(of: #"(^|[^a-z])q[1-4]($|[^a-z0-9])"#, options: .regularExpression) != nil
        {
            return .quarter(text)
        }
        var rest = key.replacingOccurrences(of: String(year), with: " ")
        for filler in ["nam", "/", ",", ".", ":"] { rest = rest.replacingOccurrences(of: filler, with: " ") }
        let words = rest.split(separator: " ").joined(separator: " ")
        switch words {
        case "": return .period(Period(year: year))
        case "6 thang dau", "6 thang", "sau thang dau", "nua dau", "h1", "first half", "6 thang dau cua":
            return .period(Period(year: year, part: .firstHalf))
        case "6 thang cuoi", "sau thang cuoi", "nua cuoi", "h2", "second half", "6 thang cuoi cua":
            return .period(Period(year: year, part: .secondHalf))
        case "ca", "ca nam", "year", "full year":
            return .period(Period(year: year))
        default: return .none
        }
    }

    /// The period of a year cell that holds a number (2023) rather than text.
    static func period(ofNumber number: Double) -> Period? {
        guard number == number.rounded(), Period.acceptedYears.contains(Int(number)) else { return nil }
        return Period(year: Int(number))
    }

    private static func lastYear(in key: String) -> Int? {
        var found: Int?
        var digits = ""
        for character in key + " " {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                if digits.count == 4, let year = Int(digits), Period.acceptedYears.contains(year) { found = year }
                digits = ""
            }
        }
        return found
    }

    static let refusal =
        "quarters are not periods coopchart keeps: figures are by year (2023) or half-year (2023-H1, \"6 tháng đầu năm 2023\"); add the quarters up into a half-year or a year"
    static let accepted = "write a year such as 2017, or a half-year such as 2017-H1 or 2017-H2"
}

/// Province names as offices write them, brought to a form the registry knows: "Daklak", "Kontum",
/// "BR-VT", "T. Thái Bình", "Tp HCM", and "Bắc Ninh (mới)" / "(cũ)", which name the unit after or
/// before the merger of 1 July 2025.
enum ProvinceNameForms {
    enum Era: Equatable { case new, old }

    static func canonical(_ text: String) -> (name: String, era: Era?) {
        var name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var era: Era?
        if let open = name.lastIndex(of: "(") {
            switch String(name[open...]).matchingKey {
            case "(moi)", "(tinh moi)": era = .new
            case "(cu)", "(tinh cu)": era = .old
            default: break
            }
            if era != nil { name = name[..<open].trimmingCharacters(in: .whitespaces) }
        }
        let stripped = name.matchingKey
        for prefix in ["t. ", "t.", "tp.", "tp "] where stripped.hasPrefix(prefix) && stripped.count > prefix.count + 2 {
            let rest = String(stripped.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            // "T. Thái Bình": keep the written name without its prefix (diacritics kept for messages).
            if let dot = name.firstIndex(where: { $0 == "." || $0 == " " }) {
                let written = name[name.index(after: dot)...].trimmingCharacters(in: .whitespaces)
                name = written.matchingKey == rest ? written : rest
            } else {
                name = rest
            }
            break
        }
        let compact = name.matchingKey.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ".", with: "")
            .replacingOccurrences(of: "–", with: "").replacingOccurrences(of: "—", with: "")
        if let known = aliases[compact] { name = known }
        return (name, era)
    }

    /// Spellings without spaces, dots or diacritics → the registry's name.
    private static let aliases: [String: String] = [
        "daklak": "Đắk Lắk", "daclac": "Đắk Lắk", "dalak": "Đắk Lắk",
        "daknong": "Đắk Nông", "dacnong": "Đắk Nông",
        "kontum": "Kon Tum",
        "brvt": "Bà Rịa - Vũng Tàu", "bariavungtau": "Bà Rịa - Vũng Tàu", "bariavt": "Bà Rịa - Vũng Tàu",
        "tphcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh", "hochiminh": "Hồ Chí Minh", "tphochiminh": "Hồ Chí Minh",
        "thanhphohochiminh": "Hồ Chí Minh",
        "tth": "Huế", "thuathienhue": "Huế",
        "hanoi": "Hà Nội", "tphanoi": "Hà Nội",
        // Spellings offices still write: c for k, Đắc for Đắk, the old "Thừa Thiên - Huế".
        "baccan": "Bắc Kạn", "daclak": "Đắk Lắk", "daklac": "Đắk Lắk",
        "tthue": "Huế",
    ]
}
