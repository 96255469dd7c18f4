import ArgumentParser

struct HarmonizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "harmonize", abstract: "(not yet built)", shouldDisplay: false)
}
