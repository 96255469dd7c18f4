import Foundation
import ArgumentParser
import CoopAnalytics
import CoopService

/// Everything coopchart tells the user outside its outputs goes to stderr, one line per message.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Prints the operation's notes in the command line's words.
    static func notes(_ notes: [ServiceNote]) {
        for note in notes { self.note(CommandLineWords.describe(note)) }
    }

    /// Runs a command body, turning input errors into `FILE:LINE: message` lines (`--option: message` for a
    /// setting) and exit status 1 (usage errors exit with 64 from ArgumentParser). A drawing or writing
    /// failure names `output`, the file that was not written.
    static func reportingErrors(output: String? = nil, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputError {
            note(CommandLineWords.describe(error))
            throw ExitCode(1)
        } catch let errors as InputErrors {
            note(errors.errors.map(CommandLineWords.describe).joined(separator: "\n"))
            throw ExitCode(1)
        } catch let failure as OutputFailure {
            note("\(output ?? "coopchart"): \(failure); nothing was written")
            throw ExitCode(1)
        }
    }

    /// A usage error (exit status 64) with the message of an operation's check.
    static func usage(_ check: () throws -> Void) throws {
        do {
            try check()
        } catch let error as InputError {
            throw ValidationError(error.message(in: .en, spelling: CommandLineWords.option))
        }
    }
}
