import CoopFormatting

/// The date a PDF or EPS file carries. Three states, named, rather than an optional string whose
/// empty value meant "none".
public enum DocumentDate: Sendable, Hashable {
    /// Cairo stamps the current time.
    case now
    /// No date at all (PDF); an empty creation date (EPS).
    case omitted
    /// A fixed ISO 8601 UTC date, "2024-01-01T00:00:00Z".
    case fixed(String)

    /// The text written into the file, or nil for Cairo's own current time.
    var written: String? {
        switch self {
        case .now: return nil
        case .omitted: return ""
        case .fixed(let iso): return iso
        }
    }

    /// A calendar day (YYYY-MM-DD) as the fixed date at midnight UTC.
    public static func day(_ isoDay: String) -> DocumentDate { .fixed(isoDay + "T00:00:00Z") }

    /// The date for a SOURCE_DATE_EPOCH value (a whole, non-negative number of seconds since 1970), or
    /// nil when it is anything else ("1.5", "-3"). Callers read the environment; the library stays free
    /// of process state.
    public static func sourceDateEpoch(_ text: String) -> DocumentDate? {
        let digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int64(digits) else { return nil }
        let days = seconds / 86_400, secondsOfDay = seconds % 86_400
        let (year, month, day) = CivilDate.date(daysSince1970: Int(days))
        return .fixed(
            "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(Int(secondsOfDay / 3600), 2)):"
                + "\(pad(Int(secondsOfDay % 3600 / 60), 2)):\(pad(Int(secondsOfDay % 60), 2))Z")
    }

    /// The calendar day of a fixed date, for a cover page.
    public var day: String? { if case .fixed(let iso) = self { return String(iso.prefix(10)) } else { return nil } }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
