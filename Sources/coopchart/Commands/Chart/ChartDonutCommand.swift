import ArgumentParser
import CoopFigures

struct ChartDonutCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "donut",
        abstract: "Each province's share of the cluster total, as a ring.",
        discussion: """
            Shares are printed so that they add up to exactly 100 %. Provinces under 3 % of the total, or \
            beyond the seventh slice, are grouped as "Khác" ("Other" with --lang en) and named in a note. \
            Only indicators that add up (counts) make sense here; averages and shares are refused.

            Example:
              coopchart chart donut samples/*.csv --indicator new_htx --year 2017 -o new-htx-shares.png
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorInPeriod
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.donut) }
}
