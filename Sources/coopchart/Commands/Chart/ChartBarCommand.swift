import ArgumentParser
import CoopFigures

struct ChartBarCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "bar",
        abstract: "Rank the provinces on one indicator in one period, as horizontal bars.",
        discussion: """
            Bars run from the highest value down, each labelled with its value (≈, > or < when the figure \
            is approximate or a bound). A dashed line marks the average; provinces of the cluster with no \
            figure are named in a note, never drawn as zero; the sources are cited at the bottom.

            Examples:
              coopchart chart bar samples/dbsh-2017.csv --indicator new_htx --year 2017 -o new-htx.png
              coopchart chart bar samples/*.csv --cluster dbsh-2017 --indicator "HTX thành lập mới" \\
                  --year 2017 -o new-htx.pdf --lang en
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorInPeriod
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.bar) }
}
