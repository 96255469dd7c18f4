import ArgumentParser

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a chart of province figures to PNG, PDF, SVG or EPS.",
        discussion: """
            The output format follows the file extension of -o. Text is Vietnamese by default \
            (--lang en for English), numbers are written the Vietnamese way (2.425.931; 46,5).

            Every kind takes --size (slide, a4, a4-landscape, a5, column) or --width/--height with units \
            (180mm, 960pt, 1920px), --dpi for PNG, and --theme conference|print|slide|colorblind or a YAML \
            file. Approximate and bounded figures keep their marks (≈, >, <); a missing figure is a visible \
            gap named in a note, never a zero; the sources used are cited at the bottom.

            Example:
              coopchart chart bar samples/dbsh-2017.csv --indicator new_htx --year 2017 -o new-htx.png
              coopchart chart line samples/*.csv --indicator new_htx --years 2015-2019 -o trend.pdf --theme print --size a4-landscape
            """,
        subcommands: [
            ChartBarCommand.self, ChartColumnCommand.self, ChartGroupedCommand.self, ChartStackedCommand.self, ChartLineCommand.self,
            ChartBumpCommand.self, ChartRadarCommand.self, ChartDonutCommand.self, ChartScatterCommand.self, ChartHeatmapCommand.self,
            ChartMultiplesCommand.self, ChartTilemapCommand.self, ChartMapCommand.self,
        ]
    )
}
