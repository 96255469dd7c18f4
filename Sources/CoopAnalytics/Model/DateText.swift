import CoopFormatting

/// The one reading of a date typed by a person, used everywhere coopchart takes a date (registry
/// cells, `--at`, `--to`, `--date`): `YYYY-MM-DD` (2025-07-01), `DD/MM/YYYY` (01/07/2025, the way
/// Vietnamese offices write dates) and `DD-MM-YYYY` (01-07-2025), with one- or two-digit day and month
/// (1/7/2025). Day first is the only order read with slashes or a trailing year: 01/07/2025 is the
/// first of July. A two-digit year (20/12/23) is refused, since its century is a guess.
///
/// It works on the cell's bytes, so the registry's hot loop reads dates in place without a String.
public enum DateText {
    /// The accepted forms, for messages.
    public static let accepted = "YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)"

    /// What a text says as a date.
    public enum Reading: Equatable, Sendable {
        case date(SimpleDate)
        /// Day, month and a year of two digits: `20/12/23`.
        case twoDigitYear(day: Int, month: Int, year: Int)
        /// A well-formed date that is not in the calendar: `31/02/2024`, month 13. `dayFirst` is set
        /// when it was written with the year last (so a month above 12 may be an American month-first date).
        case notInCalendar(year: Int, month: Int, day: Int, dayFirst: Bool)
        case notADate

        public var date: SimpleDate? {
            if case .date(let date) = self { return date }
            return nil
        }
    }

    public static func read(_ text: String) -> Reading {
        var text = text
        return text.withUTF8 { read($0) }
    }

    /// Reads the bytes of a cell; spaces and tabs around the date are ignored.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        // The two spellings registries hold almost always, read at fixed places; anything else (or a
        // non-digit in them) goes the general way, which reads these the same (a test holds them equal).
        if end - start == 10 {
            func digits(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for index in (start + from)..<(start + from + count) {
                    let digit = Int(bytes[index]) &- 0x30
                    guard digit >= 0 && digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            if bytes[start + 4] == 0x2D && bytes[start + 7] == 0x2D, let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) {
                return calendar(year: year, month: month, day: day, dayFirst: false)
            }
            if bytes[start + 2] == 0x2F && bytes[start + 5] == 0x2F, let day = digits(0, 2), let month = digits(3, 2), let year = digits(6, 4) {
                return calendar(year: year, month: month, day: day, dayFirst: true)
            }
        }
        return readByParts(bytes, from: start, to: end)
    }

    /// The general reading: three runs of digits split by one kind of separator, '-' or '/'.
    static func readByParts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Reading {
        var values = (0, 0, 0), lengths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte >= 0x30 && byte <= 0x39 {
                let digit = Int(byte - 0x30)
                switch part {
                case 0: values.0 = values.0 * 10 + digit; lengths.0 += 1
                case 1: values.1 = values.1 * 10 + digit; lengths.1 += 1
                default: values.2 = values.2 * 10 + digit; lengths.2 += 1
                }
                if lengths.0 > 4 || lengths.1 > 4 || lengths.2 > 4 { return .notADate }
            } else if byte == 0x2D || byte == 0x2F {
                guard separator == 0 || separator == byte, part < 2 else { return .notADate }
                separator = byte
                guard (part == 0 ? lengths.0 : lengths.1) > 0 else { return .notADate }
                part += 1
            } else {
                return .notADate
            }
        }
        guard part == 2, lengths.2 > 0 else { return .notADate }
        let shortFirst = (1...2).contains(lengths.0), shortMiddle = (1...2).contains(lengths.1)
        let year: Int, month: Int, day: Int, dayFirst: Bool
        if lengths.0 == 4 && separator == 0x2D && shortMiddle && (1...2).contains(lengths.2) {
            (year, month, day, dayFirst) = (values.0, values.1, values.2, false)
        } else if lengths.2 == 4 && shortFirst && shortMiddle {
            (year, month, day, dayFirst) = (values.2, values.1, values.0, true)
        } else if lengths.2 == 2 && shortFirst && shortMiddle {
            return .twoDigitYear(day: values.0, month: values.1, year: values.2)
        } else {
            return .notADate
        }
        return calendar(year: year, month: month, day: day, dayFirst: dayFirst)
    }

    /// The date, when it is in the calendar.
    private static func calendar(year: Int, month: Int, day: Int, dayFirst: Bool) -> Reading {
        guard year >= 1, (1...12).contains(month), day >= 1, day <= SimpleDate.daysIn(month: month, year: year) else {
            return .notInCalendar(year: year, month: month, day: day, dayFirst: dayFirst)
        }
        return .date(SimpleDate(year: year, month: month, day: day))
    }

    /// Why the text `shown` (already quoted for the message) is not a date, and what would be; nil for a date.
    public static func problem(_ reading: Reading, shown: String) -> String? {
        problem(reading, shown: shown, in: .en)
    }

    /// The same in `language` (`DateWords` holds both).
    public static func problem(_ reading: Reading, shown: String, in language: Language) -> String? {
        DateWords(language: language).problem(reading, shown: shown).map { language == .vi ? $0.nfc : $0 }
    }
}

extension SimpleDate {
    /// Reads a date in any form `DateText` accepts; nil when it is not one.
    public init?(parsing text: String) {
        guard let date = DateText.read(text).date else { return nil }
        self = date
    }
}
