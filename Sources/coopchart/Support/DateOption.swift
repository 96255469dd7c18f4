import ArgumentParser
import CoopAnalytics

/// A date given on the command line (`--at`, `--to`, `--date`), read by the one definition of a typed
/// date (`DateText`: YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).
enum DateOption {
    /// The date, or an error naming the option, the value and the accepted forms (exit status 1).
    static func read(_ text: String, option: String) throws -> SimpleDate {
        let reading = DateText.read(text)
        guard let date = reading.date else {
            throw InputError(file: option, message: DateText.problem(reading, shown: "\"\(text)\"") ?? "")
        }
        return date
    }

    /// The same check as a usage error, for `validate()` (exit status 64).
    static func check(_ text: String, option: String) throws {
        let reading = DateText.read(text)
        if let problem = DateText.problem(reading, shown: "\"\(text)\"") { throw ValidationError("\(option): \(problem)") }
    }
}
