import CoopAnalytics
import CoopReport
import CoopFormatting

/// Parses a `--year` value, or explains what would be accepted.
func parsePeriod(_ text: String, option: String = "--year") throws -> Period {
    guard let period = Period(parsing: text) else {
        throw InputError(file: option, message: "\"\(text)\" is not a period; write a year such as 2017, or a half-year such as 2017-H1 or 2017-H2")
    }
    return period
}
