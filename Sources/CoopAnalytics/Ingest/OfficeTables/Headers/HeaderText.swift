import CoopFormatting
import Foundation

/// What a header cell, a sheet's name or a title says besides an indicator: a period ("năm 2023",
/// "6 tháng đầu năm 2023", "đến 31/12/2023", "(2023)", "2023"), an estimate ("Ước 2024", "Ước thực
/// hiện"), a plan ("Kế hoạch 2024", "KH"), an actual ("Thực hiện", "TH"), a comparison ("So sánh
/// 2023/2022 (%)", "Tăng/giảm", "Tỷ lệ so với cùng kỳ") and a part of the column beside it ("Trong
/// đó: …"). `core` is what is left, as a matching key, to be read as an indicator.
struct HeaderText: Equatable {
    var core: String
    var periods: [Period] = []
    var quarter: String?
    /// A date that is neither the end of a year nor of a half-year ("đến 26/8/2023"): a stock at a day.
    var otherDate: String?
    var estimate = false
    var plan = false
    var comparison = false
    var part = false

    /// The one period the text names, if it names exactly one.
    var period: Period? { Set(periods).count == 1 ? periods.first : nil }

    init(_ text: String) {
        var key = " " + text.matchingKey.replacingOccurrences(of: "\n", with: " ") + " "
        // Comparisons first: "So sánh 2023/2022", "2023 so với 2022", "Tăng/giảm (%)".
        for marker in Self.comparisonMarkers where key.contains(marker) { comparison = true }
        if key.range(of: #"(19|20)[0-9]{2} ?/ ?(19|20)[0-9]{2}"#, options: .regularExpression) != nil { comparison = true }
        if key.hasPrefix(" trong do") || key.hasPrefix(" trong so do") || key.hasPrefix(" trd ") {
            part = true
            key = " " + key.replacingOccurrences(of: #"^ (trong (so )?do|trd) ?:?"#, with: " ", options: .regularExpression)
        }
        // Dates: the end of a year or of a half-year is that period; another day is a stock at a day.
        while let range = key.range(of: #"([0-9]{1,2})[/.]([0-9]{1,2})[/.]((19|20)[0-9]{2})"#, options: .regularExpression) {
            let pieces = key[range].split(whereSeparator: { $0 == "/" || $0 == "." }).compactMap { Int($0) }
            if pieces.count == 3 {
                switch (pieces[0], pieces[1]) {
                case (31, 12): periods.append(Period(year: pieces[2]))
                case (30, 6): periods.append(Period(year: pieces[2], part: .firstHalf))
                default: otherDate = String(key[range])
                }
            }
            key.replaceSubrange(range, with: " ")
        }
        if key.range(of: #" quy ?([1-4]|i|ii|iii|iv)[ /]"#, options: .regularExpression) != nil
            || key.range(of: #" q[1-4][ /]"#, options: .regularExpression) != nil,
            key.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression) != nil
        {
            quarter = text
        }
        // Half-years, then years.
        for (pattern, part) in Self.halfYearPatterns {
            while let range = key.range(of: pattern, options: .regularExpression) {
                if let year = Self.year(in: String(key[range])) { periods.append(Period(year: year, part: part)) }
                key.replaceSubrange(range, with: " ")
            }
        }
        while let range = key.range(of: #"(^| |\()(nam |den nam |ca nam )?((19|20)[0-9]{2})( |\)|$)"#, options: .regularExpression) {
            if let year = Self.year(in: String(key[range])), Period.acceptedYears.contains(year) { periods.append(Period(year: year)) }
            key.replaceSubrange(range, with: " ")
        }
        var words = key.split(separator: " ").map(String.init)
        // Qualifying words, wherever they stand.
        func drop(_ phrase: [String]) -> Bool {
            guard let at = words.indices.first(where: { words[$0...].starts(with: phrase) }) else { return false }
            words.removeSubrange(at..<(at + phrase.count))
            return true
        }
        // "Ước" is an estimate; the statistics office's "Sơ bộ" (preliminary) figures are read as such too.
        for phrase in [["uoc", "thuc", "hien"], ["uoc", "th"], ["uoc", "tinh"], ["uoc"], ["so", "bo"]] where drop(phrase) { estimate = true }
        for phrase in [["ke", "hoach"], ["kh"], ["chi", "tieu"]] where drop(phrase) { plan = true }
        for phrase in [["thuc", "hien"], ["th"]] { _ = drop(phrase) }
        for filler in [["tinh", "den"], ["den", "ngay"], ["den"], ["nam"], ["tai", "thoi", "diem"]] { while drop(filler) {} }
        core = HeaderWords.key(words.joined(separator: " "))
    }

    private static func year(in text: String) -> Int? {
        guard let range = text.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression) else { return nil }
        return Int(text[range])
    }

    private static let halfYearPatterns: [(String, Period.Part)] = [
        (#"(6|sau) thang dau (nam )?((19|20)[0-9]{2})"#, .firstHalf),
        (#"(6|sau) thang cuoi (nam )?((19|20)[0-9]{2})"#, .secondHalf),
        (#"nua dau (nam )?((19|20)[0-9]{2})"#, .firstHalf),
        (#"nua cuoi (nam )?((19|20)[0-9]{2})"#, .secondHalf),
        (#"((19|20)[0-9]{2}) ?h1"#, .firstHalf),
        (#"((19|20)[0-9]{2}) ?h2"#, .secondHalf),
    ]

    private static let comparisonMarkers = [
        " so sanh", " so voi", " tang/giam", " tang giam", " tang, giam", " tang (+)", " chenh lech", " toc do",
        " cung ky", " % so ", " ty le tang", " tang truong", " +/-", " +/ -",
    ]
}
