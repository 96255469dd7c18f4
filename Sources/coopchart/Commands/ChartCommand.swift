import ArgumentParser

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a chart of province figures to PNG, PDF, SVG or EPS.",
        subcommands: []
    )
}
