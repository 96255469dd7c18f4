import ArgumentParser
import Foundation

/// Parses the one command the command line names as if it were the root, so a run pays only for that command.
///
/// swift-argument-parser, parsing from the root, first tries the whole command line as a completion-script
/// request, and at each level builds the full argument set of the subcommand it meets (by reflection) to see
/// whether it takes pass-through arguments, then builds it again to parse it: for `coopchart chart bar …` that
/// cost about 3,5 million instructions of the 154 million of a whole `chart bar` run (BENCHMARKS.md, "Start-up").
/// Here the named command is the root of its own parse, under its full name, so usage lines, help and errors
/// read exactly as they do from the root ("Usage: coopchart chart bar …"; CoopchartCLITests/DirectCommandTests
/// compares them for every command); the command's options, checks and run are its own.
enum DirectCommand {
    /// The command `arguments` name by its full path (`chart bar`, `rank`), with that path; nil when they name no
    /// command down to one without subcommands, give it nothing more, or ask for something only the whole tree
    /// answers (a completion script), so the whole tree parses them as before.
    static func named(in arguments: [String]) -> (ParsableCommand.Type, path: [String])? {
        guard !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }) else { return nil }
        var command: ParsableCommand.Type = CoopChart.self
        var path: [String] = []
        while let word = arguments.dropFirst(path.count).first,
            let next = command.configuration.subcommands.first(where: { name(of: $0) == word || $0.configuration.aliases.contains(word) })
        {
            command = next
            path.append(word)
        }
        // Nothing after the path (`coopchart chart bar`): the root answers a bare command with its short error,
        // while a root with no arguments at all would print its whole help.
        guard !path.isEmpty, command.configuration.subcommands.isEmpty, arguments.count > path.count else { return nil }
        return (command, path)
    }

    /// Parses and runs `command` with `arguments` (those after its path) and exits, as `ParsableCommand.main` does.
    static func run(_ command: ParsableCommand.Type, path: [String], arguments: [String]) -> Never {
        root(for: command, path: path).main(arguments)
        exit(0)
    }

    /// The root type that parses `command` on its own, named by `path` (its words after `coopchart`).
    static func root(for command: ParsableCommand.Type, path: [String]) -> ParsableCommand.Type {
        superCommandName = ([CoopChart.configuration.commandName ?? "coopchart"] + path.dropLast()).joined(separator: " ")
        return root(command)
    }

    private static func root<Command: ParsableCommand>(_: Command.Type) -> ParsableCommand.Type { Root<Command>.self }

    /// "coopchart chart" for a kind of chart: the words before the command's own name in usage lines and help.
    /// Set once, before parsing, on the main thread (a generic type has no stored static property of its own).
    nonisolated(unsafe) static var superCommandName = "coopchart"

    /// A command's name as typed; every coopchart command names itself in its configuration.
    static func name(of command: ParsableCommand.Type) -> String? { command.configuration.commandName }

    /// `Command` as a root: its configuration under its full name (`coopchart chart bar`: swift-argument-parser's
    /// `_superCommandName` would name it so in usage lines but not in "See '… --help'"), its arguments as an option
    /// group (whose decoding also runs the command's `validate()`), its `run()`.
    struct Root<Command: ParsableCommand>: ParsableCommand {
        static var configuration: CommandConfiguration {
            let own = Command.configuration
            return CommandConfiguration(
                commandName: DirectCommand.superCommandName + " " + (own.commandName ?? ""), abstract: own.abstract, usage: own.usage,
                // The root's version: from the root, every command answers --version (and lists it in its help).
                discussion: own.discussion, version: CoopChart.configuration.version, shouldDisplay: own.shouldDisplay, helpNames: own.helpNames,
                aliases: own.aliases
            )
        }

        @OptionGroup var command: Command

        mutating func run() throws {
            try command.run()
        }
    }
}
