import ArgumentParser
import CoopFigures

struct ChartTilemapCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "tilemap",
        abstract: "Provinces as tiles placed roughly where they lie, coloured by one indicator.",
        discussion: """
            Every province is an equal tile, so small provinces count as much as large ones. Tiles follow \
            the 63-province map for periods before 1 July 2025 and the 34-province map after the merger; a \
            cluster draws only its members. Tiles show the name (initials when it does not fit) and the value.

            Example:
              coopchart chart tilemap samples/*.csv --cluster dbsh-2017 --indicator htx --year 2017 -o htx-map.png
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorInPeriod
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.tilemap) }
}
