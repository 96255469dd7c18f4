import Foundation
/// A reporting period: a calendar year or one of its halves ("2017", "2017-H1", "2017-H2").
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Part: Int, Sendable, Comparable {
        case firstHalf = 1, secondHalf = 2, year = 3
        public static func < (lhs: Part, rhs: Part) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let part: Part

    public init(year: Int, part: Part = .year) {
        self.year = year
        self.part = part
    }

    /// Years the registry and the sources can speak of; anything else is a typing error.
    public static let acceptedYears = 1945...2100

    /// Parses "2017", "2017-H1", "2017-h2", "2017 H1"; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let pieces = trimmed.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" }).map(String.init)
        guard let first = pieces.first, first.count == 4, first.allSatisfy(\.isASCII),
            let year = Int(first), Period.acceptedYears.contains(year)
        else { return nil }
        switch pieces.count {
        case 1: self.init(year: year)
        case 2 where pieces[1] == "H1": self.init(year: year, part: .firstHalf)
        case 2 where pieces[1] == "H2": self.init(year: year, part: .secondHalf)
        default: return nil
        }
    }

    public var description: String {
        switch part {
        case .year: return String(year)
        case .firstHalf: return "\(year)-H1"
        case .secondHalf: return "\(year)-H2"
        }
    }

    /// The same part of the previous year: growth is always year over year, so a half-year
    /// is never compared with the other half of the same year.
    public var previous: Period { Period(year: year - 1, part: part) }

    public var firstDay: SimpleDate { SimpleDate(year: year, month: part == .secondHalf ? 7 : 1, day: 1) }
    public var lastDay: SimpleDate {
        part == .firstHalf ? SimpleDate(year: year, month: 6, day: 30) : SimpleDate(year: year, month: 12, day: 31)
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.part) < (rhs.year, rhs.part)
    }
}

/// A calendar date without time or zone: registry validity and period bounds need nothing more.
/// Text becomes a date through `SimpleDate(parsing:)` / `DateText` only.
public struct SimpleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Period {
    /// A period given as an option (`--year 2017`, `--year 2017-H1`, `--year "6 tháng đầu năm 2023"`),
    /// or an error naming the option and what would be accepted.
    public static func parse(_ text: String, option: String) throws -> Period {
        do {
            return try parse(text, parameter: .year)
        } catch var error as InputError {
            error.file = option
            error.parameter = nil
            error.message = ParameterText.plain(error.message)
            throw error
        }
    }

    /// A period given for a setting of a request (`year`, `years`, `year-of`), or an error naming the setting.
    public static func parse(_ text: String, parameter: RequestParameter = .year) throws -> Period {
        switch PeriodText.read(text) {
        case .period(let period): return period
        case .quarter:
            throw InputError(
                parameter: parameter, message: "\"\(text)\": \(PeriodText.refusal)",
                vietnamese:
                    "\"\(text)\": quý không phải là kỳ coopchart lưu; số liệu theo năm (2023) hoặc nửa năm (2023-H1, \"6 tháng đầu năm 2023\"); hãy cộng các quý thành nửa năm hoặc cả năm"
            )
        case .none:
            throw InputError(
                parameter: parameter, message: "\"\(text)\" is not a period; write a year such as 2017, or a half-year such as 2017-H1 or 2017-H2",
                vietnamese: "\"\(text)\" không phải là một kỳ; hãy viết một năm như 2017, hoặc nửa năm như 2017-H1 hay 2017-H2")
        }
    }

    /// Several periods: a range of years (`2015-2019`), a comma list (`2015,2017,2019`, half-years
    /// allowed) or one period.
    public static func parseList(_ text: String, option: String) throws -> [Period] {
        do {
            return try parseList(text, parameter: .years)
        } catch var error as InputError {
            error.file = option
            error.parameter = nil
            error.message = ParameterText.plain(error.message)
            throw error
        }
    }

    /// Several periods for a setting of a request (`years`), or an error naming it.
    public static func parseList(_ text: String, parameter: RequestParameter = .years) throws -> [Period] {
        let trimmed = text.replacingOccurrences(of: " ", with: "")
        if trimmed.contains(",") { return try trimmed.split(separator: ",").map { try parse(String($0), parameter: parameter) } }
        let parts = trimmed.split(separator: "-").map(String.init)
        if parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), parts[0].count == 4, parts[1].count == 4 {
            guard first <= last, last - first < 60, acceptedYears.contains(first), acceptedYears.contains(last) else {
                throw InputError(
                    parameter: parameter,
                    message:
                        "\"\(text)\" is not a range of years; write the first year then the last, e.g. 2015-2019 (under 60 years, within \(acceptedYears.lowerBound)–\(acceptedYears.upperBound))",
                    vietnamese:
                        "\"\(text)\" không phải là một khoảng năm; hãy viết năm đầu rồi năm cuối, ví dụ 2015-2019 (dưới 60 năm, trong khoảng \(acceptedYears.lowerBound)–\(acceptedYears.upperBound))"
                )
            }
            return (first...last).map { Period(year: $0) }
        }
        return [try parse(trimmed, parameter: parameter)]
    }
}
