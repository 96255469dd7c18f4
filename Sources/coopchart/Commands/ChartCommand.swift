import ArgumentParser

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a chart of province figures to PNG, PDF, SVG or EPS.",
        discussion: """
        The output format follows the file extension of -o. Text is Vietnamese by default \
        (--lang en for English), numbers are written the Vietnamese way (2.425.931; 46,5).

        Example:
          coopchart chart bar samples/dbsh-2017.csv --indicator new_htx --year 2017 -o new-htx.png
        """,
        subcommands: [BarChartCommand.self]
    )
}
