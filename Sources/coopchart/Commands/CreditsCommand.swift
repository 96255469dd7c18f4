import ArgumentParser
import CoopFigures

/// `coopchart credits`: the data coopchart carries from elsewhere, and the licence notices that travel with it.
struct CreditsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credits",
        abstract: "Where the bundled province outlines come from, and their licence (MIT).",
        discussion: "The map outlines inside coopchart are MIT-licensed; this prints their notice, which travels with every copy."
    )

    func run() throws {
        print(MapCredits.text)
    }
}
