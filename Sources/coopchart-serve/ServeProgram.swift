import ArgumentParser
import Foundation

/// The coopchart-serve program: `coopchart serve …` arrives here with the arguments after `coopchart` (the
/// launcher in the coopchart binary starts this program in its place). `--config FILE` is read first, so its
/// options go through the same parser, checks and messages as options typed on the command line.
@main
enum ServeProgram {
    static func main() async {
        let arguments: [String]
        do {
            arguments = try ConfigurationFile.expand(Array(CommandLine.arguments.dropFirst()))
        } catch {
            StandardError.note("coopchart: \(error)")
            exit(1)
        }
        await ServeRoot.main(arguments)
    }
}

/// `coopchart` as this program knows it: only `serve` (also when the program is started without it).
struct ServeRoot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coopchart",
        subcommands: [ServeCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// Messages for the person running the server, one a line on stderr.
enum StandardError {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
