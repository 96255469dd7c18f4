import ArgumentParser
import CoopFigures

struct ChartLineCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "Each province's values of one indicator over several periods, one named line each.",
        discussion: """
            Lines are named at their right end; names are moved apart so they never overlap, and when there \
            is not room for all, the highest and lowest keep theirs and the note says how many were left out. \
            A missing period breaks the line and is named in a note. More than twelve provinces are drawn as \
            small multiples on a shared scale instead.

            Examples:
              coopchart chart line samples/*.csv --indicator new_htx --years 2015-2019 -o new-htx-trend.png
              coopchart chart line samples/*.csv --indicator htx --years 2015-2019 --province "Thái Bình" --province "Nam Định" -o two.svg
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorOverPeriods
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.line) }
}
