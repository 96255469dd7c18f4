import Foundation
import CoopAnalytics
import CoopCharts

/// The date written into PDF and EPS files: a fixed one when SOURCE_DATE_EPOCH is set (reproducible
/// builds), otherwise the current time. A malformed value is an error, not a silent "now". The CLI and the
/// browser app read it alike, so a chart from either is the same file.
public enum ReproducibleDate {
    /// SOURCE_DATE_EPOCH in seconds since 1970, when set: the one reading of it, for every output
    /// that carries a date (PDF, EPS, workbooks, Word documents).
    public static func epochSeconds() throws -> Int? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return nil }
        let digits = text.filter { !$0.isWhitespace }
        guard DocumentDate.sourceDateEpoch(text) != nil, let seconds = Int(digits) else {
            throw InputError(
                file: "SOURCE_DATE_EPOCH", message: "\"\(text)\" is not a date; it must be a whole number of seconds since 1970-01-01 UTC, such as 1704067200")
        }
        return seconds
    }

    public static func current() throws -> DocumentDate { date(epochSeconds: try epochSeconds()) }

    /// The document date for a SOURCE_DATE_EPOCH already read (nil: now).
    public static func date(epochSeconds: Int?) -> DocumentDate {
        epochSeconds.flatMap { DocumentDate.sourceDateEpoch(String($0)) } ?? .now
    }

    /// For documents that carry no date unless one is given: SOURCE_DATE_EPOCH's, else none.
    public static func currentOrOmitted() throws -> DocumentDate {
        let date = try current()
        return date == .now ? .omitted : date
    }
}
