import ArgumentParser
import CoopFigures

struct ChartMultiplesCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "multiples",
        abstract: "Small multiples: one small panel per province on a shared scale.",
        discussion: """
            Each province gets a panel with its line over the periods (a single bar when one period is \
            given), all on one scale so panels compare at a glance; each panel prints its latest value.

            Example:
              coopchart chart multiples samples/*.csv --indicator htx --years 2015-2019 -o htx-panels.png --size a4-landscape
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorOverPeriods
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.multiples) }
}
