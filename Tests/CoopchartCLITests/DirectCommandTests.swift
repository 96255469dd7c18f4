import ArgumentParser
import Foundation
import Testing
@testable import coopchart

/// A command named on the command line is parsed on its own (DirectCommand), for start-up time; what a person
/// sees must not change: for every command, its help, and the message and exit status of a malformed command
/// line, are those of the whole tree, and what the command line names is found as the whole tree finds it.
@Suite(.serialized) struct DirectCommandTests {
    /// Every command without subcommands, with its words after `coopchart`.
    static let leaves: [(path: [String], command: ParsableCommand.Type)] = {
        var found: [([String], ParsableCommand.Type)] = []
        func walk(_ command: ParsableCommand.Type, _ path: [String]) {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty, !path.isEmpty { found.append((path, command)) }
            for subcommand in subcommands { walk(subcommand, path + [subcommand.configuration.commandName!]) }
        }
        walk(CoopChart.self, [])
        return found
    }()

    @Test func everyCommandIsFoundByItsPathAndNothingElseIs() throws {
        #expect(Self.leaves.count >= 20)
        for (path, command) in Self.leaves {
            let named = try #require(DirectCommand.named(in: path + ["x.csv", "-o", "out.png"]), "\(path)")
            #expect(named.path == path)
            #expect(ObjectIdentifier(named.0) == ObjectIdentifier(command))
        }
        // Only the whole tree answers these: no command, a group of commands, help, a misspelt name, a completion script.
        for arguments in [
            [], ["--help"], ["--version"], ["chart"], ["chart", "--help"], ["help", "rank"], ["chart", "bra", "x.csv"],
            ["rnak"], ["rank", "--generate-completion-script", "bash"], ["chart", "bar"], ["rank"],
        ] {
            #expect(DirectCommand.named(in: arguments) == nil, "\(arguments)")
        }
    }

    @Test func eachCommandsHelpIsTheWholeTreesHelp() {
        for (path, command) in Self.leaves {
            let direct = DirectCommand.root(for: command, path: path).helpMessage(columns: 100)
            let whole = CoopChart.helpMessage(for: command, columns: 100)
            #expect(direct == whole, "coopchart \(path.joined(separator: " ")) --help")
            #expect(direct.contains("USAGE: coopchart \(path.joined(separator: " "))"))
        }
    }

    @Test(arguments: [
        (["chart", "bar"], ["--bogus"]),
        (["chart", "bar"], ["-o"]),
        (["chart", "bar"], ["samples/dbsh-2017.csv", "--indicator", "new_htx"]),
        (["chart", "bar"], ["samples/dbsh-2017.csv", "--indicator", "new_htx", "--year", "2017", "-o", "x.png", "--scale", "eleven"]),
        (["chart", "line"], ["samples/dbsh-2017.csv", "--years"]),
        (["rank"], ["samples/dbsh-2017.csv"]),
        (["summary"], ["--format", "docx", "samples/dbsh-2017.csv"]),
        (["provinces"], ["--at"]),
        (["validate"], ["--lang", "fr", "samples/dbsh-2017.csv"]),
        (["demo"], ["-o"]),
        (["chart", "donut"], ["--version"]),
    ])
    func aMalformedCommandLineOrVersionGetsTheWholeTreesMessageAndStatus(path: [String], arguments: [String]) throws {
        let (command, _) = try #require(DirectCommand.named(in: path + arguments))
        let root = DirectCommand.root(for: command, path: path)
        let directError = try #require(parseError { _ = try root.parseAsRoot(arguments) })
        let wholeError = try #require(parseError { _ = try CoopChart.parseAsRoot(path + arguments) })
        #expect(root.fullMessage(for: directError) == CoopChart.fullMessage(for: wholeError), "\(path + arguments)")
        #expect(root.exitCode(for: directError) == CoopChart.exitCode(for: wholeError))
        if root.exitCode(for: directError) != .success {  // --version is a clean exit with the version alone
            #expect(root.fullMessage(for: directError).contains("coopchart \(path.joined(separator: " "))"))
        }
    }

    private func parseError(_ body: () throws -> Void) -> Error? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }
}
