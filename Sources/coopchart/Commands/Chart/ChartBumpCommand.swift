import ArgumentParser
import CoopFigures

struct ChartBumpCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "bump",
        abstract: "Each province's rank on one indicator over several periods, rank 1 at the top.",
        discussion: """
            Ranks are competition ranks (1, 2, 2, 4) among the provinces drawn, highest value first. Names \
            stand at both ends with the first and last rank; a period without a figure breaks the line.

            Example:
              coopchart chart bump samples/*.csv --indicator new_htx --years 2015-2019 -o rank-trend.png
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorOverPeriods
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.bump) }
}
