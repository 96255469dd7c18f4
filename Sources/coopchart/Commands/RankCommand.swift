import ArgumentParser

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rank", abstract: "(not yet built)", shouldDisplay: false)
}
