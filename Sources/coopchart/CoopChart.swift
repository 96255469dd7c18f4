import ArgumentParser

/// The entry point: `coopchart serve …` becomes the coopchart-serve program (ServeLauncher); a command named on
/// the command line down to its last word (`coopchart chart bar …`) is parsed on its own (DirectCommand); anything
/// else (`coopchart`, `coopchart --help`, `coopchart chart`, `coopchart help rank`, a misspelt command) goes to
/// the whole command tree.
@main
enum CoopChartMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        ServeLauncher.replaceProcessIfAsked(arguments)
        if let (command, path) = DirectCommand.named(in: arguments) {
            DirectCommand.run(command, path: path, arguments: Array(arguments.dropFirst(path.count)))
        }
        CoopChart.main()
    }
}

struct CoopChart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coopchart",
        abstract: "Charts, tables and rankings of Vietnam's cooperative-economy figures, province by province.",
        discussion: """
            coopchart reads province-level figures (new cooperatives, cooperative groups, credit funds, \
            members, revenue, plan targets…) from CSV files, checks them, and draws conference-ready charts \
            in PNG, PDF, SVG or EPS with Vietnamese text and number formats. `coopchart serve` puts all of it \
            behind a web page for colleagues who only have a browser.

            Examples:
              coopchart demo -o demo-output
              coopchart chart bar samples/dbsh-2017.csv --indicator new_htx --year 2017 -o new-htx.pdf
              coopchart serve
            """,
        version: "0.1.0\nProvince outlines: TaliaCao/Vietnam-Shape-Map, Copyright (c) 2025 Talia Cao, MIT licence (full notice: coopchart credits)",
        subcommands: [
            DemoCommand.self, ChartCommand.self, RankCommand.self, SummaryCommand.self, ValidateCommand.self,
            HarmonizeCommand.self, ProvincesCommand.self, AggregateCommand.self, ReportCommand.self, FiguresCommand.self, SlidesCommand.self,
            CreditsCommand.self, ServeCommand.self,
        ]
    )
}
