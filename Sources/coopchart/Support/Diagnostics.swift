import Foundation
import ArgumentParser
import CoopAnalytics

/// Everything coopchart tells the user outside its outputs goes to stderr, one line per message.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Runs a command body, turning input errors into `FILE:LINE: message` lines and exit status 1
    /// (usage errors exit with 64 from ArgumentParser).
    static func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputError {
            note(error.description)
            throw ExitCode(1)
        } catch let errors as InputErrors {
            note(errors.description)
            throw ExitCode(1)
        }
    }
}
