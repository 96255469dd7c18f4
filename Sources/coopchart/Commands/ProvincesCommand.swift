import ArgumentParser

struct ProvincesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "provinces", abstract: "(not yet built)", shouldDisplay: false)
}
