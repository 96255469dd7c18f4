import Foundation

/// The password for `--hash-password`: on a terminal it is asked for twice with the echo off (so it is
/// neither shown nor left in the shell's history); from a pipe or a file it is the first line.
enum PasswordPrompt {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func read() throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            let line = readLine(strippingNewline: true) ?? ""
            guard !line.isEmpty else { throw Problem(description: "no password on standard input; type it, or pipe it from a file") }
            return line
        }
        let first = try ask("Password for coopchart serve: ")
        guard !first.isEmpty else { throw Problem(description: "an empty password protects nothing; type one") }
        let second = try ask("The same password again: ")
        guard first == second else { throw Problem(description: "the two passwords differ; nothing was written, run it again") }
        return first
    }

    /// Prompts on stderr (stdout is the hash line, often redirected to the file) and reads a line without echo.
    private static func ask(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw Problem(description: "cannot read the terminal's settings") }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
