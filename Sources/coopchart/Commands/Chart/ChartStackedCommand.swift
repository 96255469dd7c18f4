import ArgumentParser
import CoopFigures

struct ChartStackedCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "stacked",
        abstract: "The composition of a total per province: indicators stacked, absolute or as 100 %.",
        discussion: """
            Each --indicator is one layer of the stack, bottom first (e.g. HTX, credit funds and unions as \
            the collective-economy organisations of a province). --percent draws every province's stack as \
            100 % with the shares printed where they fit; negative values cannot be shares and are named.

            Examples:
              coopchart chart stacked samples/*.csv --indicator htx --indicator credit_funds --indicator unions --year 2017 -o orgs.png
              coopchart chart stacked samples/*.csv --indicator htx --indicator tht --year 2017 --percent -o share.pdf --theme print
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorsInPeriod
    @Flag(help: "Draw each stack as 100 % (shares) instead of absolute values.") var percent = false
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.stacked).with(\.percent, percent) }
}
