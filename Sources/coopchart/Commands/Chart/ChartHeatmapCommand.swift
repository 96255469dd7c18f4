import ArgumentParser
import CoopFigures

struct ChartHeatmapCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Provinces × indicators, each cell coloured by its place among the provinces, values printed.",
        discussion: """
            Colours are normalised within each indicator (lowest to highest among the provinces drawn), so \
            indicators with different units share one scale; the figures themselves are printed in the cells \
            (with ≈, > or < when they are approximate or bounds). Missing cells are white, marked "—" and named.

            Example:
              coopchart chart heatmap samples/*.csv --indicator htx --indicator new_htx --indicator members --indicator revenue_avg --year 2017 -o profile.png
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorsInPeriod
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.heatmap) }
}
