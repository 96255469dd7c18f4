import ArgumentParser
import CoopFigures

struct ChartScatterCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "scatter",
        abstract: "Two indicators against each other, one labelled point per province, optionally sized by a third.",
        discussion: """
            Points are named beside themselves where there is room; the provinces farthest from the middle \
            are named first, so the extremes keep their names when space runs out (the note says how many \
            names were left out). Dashed lines mark the averages. --bubble sizes each point by a third \
            indicator (area proportional to the value). The bubble option is --bubble, not --size: --size is \
            the page size on every chart command.

            Examples:
              coopchart chart scatter samples/*.csv --x htx --y revenue_avg --year 2017 -o htx-revenue.png
              coopchart chart scatter samples/*.csv --x htx --y effective_share --bubble members --year 2017 -o bubbles.pdf
            """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator on the horizontal axis.", valueName: "ID")) var x: String
    @Option(help: ArgumentHelp("Indicator on the vertical axis.", valueName: "ID")) var y: String
    @Option(
        name: [.customLong("bubble"), .customLong("size-by")],
        help: ArgumentHelp("Indicator that sizes the points (area ∝ value); also --size-by.", valueName: "ID"))
    var bubble: String?
    @OptionGroup var period: OnePeriod
    @OptionGroup var selection: ProvinceSelection
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest {
        FigureRequest(kind: .scatter, year: period.year, provinces: selection.provinces, x: x, y: y, bubble: bubble)
    }
}
