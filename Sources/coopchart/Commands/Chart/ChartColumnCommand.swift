import ArgumentParser
import CoopFigures

struct ChartColumnCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "column",
        abstract: "One indicator in one period as vertical bars in a fixed order.",
        discussion: """
            Bars stand in registry order (the statistics office's codes), by value, by name, or in the order \
            of --province options. When the names no longer fit under their bars (34 or 63 provinces on a \
            slide) the chart turns into horizontal rows. Negative values hang below a visible zero line; \
            missing figures leave a gap marked "—" and are named in a note; the average is a dashed line.

            Examples:
              coopchart chart column samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --indicator htx --year 2017 -o htx.png
              coopchart chart column samples/*.csv --indicator new_htx --year 2017 --order value --size a4-landscape -o new.pdf
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorInPeriod
    @Option(help: ArgumentHelp("Order of the bars: registry (default), value (highest first), name.", valueName: "ORDER"))
    var order: FigureRequest.Order = .registry
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.column).with(\.order, order) }
}
