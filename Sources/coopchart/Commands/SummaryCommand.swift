import ArgumentParser

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summary", abstract: "(not yet built)", shouldDisplay: false)
}
