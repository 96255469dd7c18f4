import ArgumentParser
import Foundation

/// `serve` as `coopchart --help` lists it. The command itself is the coopchart-serve program (its options,
/// help and checks are there), which ServeLauncher starts before this parser sees `serve`; so the web
/// server's libraries are not loaded by the other commands.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        // The same line as coopchart-serve's ServeCommand.abstract (the CLI tests compare the two).
        abstract: "Serve the whole tool as a web page: upload files, see the findings, draw charts, rank, make the report."
    )

    func run() throws {
        // Reached only when the launcher was bypassed (this type parsed directly, as in a test).
        ServeLauncher.replaceProcess(with: ["serve"])
    }
}

/// Starts coopchart-serve in this process's place (execv): same process id, so a service manager's SIGTERM,
/// Ctrl+C and the exit status are the server's own, and nothing of this binary stays in memory.
enum ServeLauncher {
    /// The program's name, looked for beside this binary and in ../libexec/coopchart (as the Debian package installs it).
    static let programName = "coopchart-serve"

    /// Replaces the process when the arguments (those after `coopchart`) ask for `serve` (`coopchart serve …` or
    /// `coopchart help serve`); returns otherwise.
    static func replaceProcessIfAsked(_ rest: [String]) {
        if rest.first == "serve" {
            replaceProcess(with: rest)
        } else if rest.count >= 2, rest[0] == "help", rest[1] == "serve" {
            replaceProcess(with: ["serve", "--help"])
        }
    }

    /// `arguments` start with `serve`. Never returns: on failure it explains and exits with status 1.
    static func replaceProcess(with arguments: [String]) -> Never {
        guard let program = program() else {
            FileHandle.standardError.write(
                Data(
                    """
                    coopchart: serve is the program \(programName), which is not beside this coopchart (\(ownFolder() ?? "?")); \
                    build it with `swift build -c release --static-swift-stdlib --product \(programName)` (scripts/quickstart.sh does), \
                    or install the coopchart Debian package

                    """.utf8))
            exit(1)
        }
        let argv = ([CommandLine.arguments.first ?? "coopchart"] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        let reason = String(cString: strerror(errno))
        FileHandle.standardError.write(Data("coopchart: cannot start \(program): \(reason)\n".utf8))
        exit(1)
    }

    /// The coopchart-serve beside this binary, or in ../libexec/coopchart.
    static func program() -> String? {
        guard let folder = ownFolder() else { return nil }
        let candidates = [folder + "/" + programName, folder + "/../libexec/coopchart/" + programName]
        return candidates.first { access($0, X_OK) == 0 }
    }

    static func ownFolder() -> String? { ProgramLocation.folder }
}
