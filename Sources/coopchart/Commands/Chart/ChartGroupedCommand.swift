import ArgumentParser
import CoopFigures

struct ChartGroupedCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "grouped",
        abstract: "Several periods, or several indicators, side by side for each province.",
        discussion: """
            Give one indicator and a range of years to compare periods, or several --indicator options and one \
            year to compare indicators that share a unit. Provinces stand in registry order; a legend names \
            the bars; missing figures leave a gap marked "—" and are named in a note.

            Examples:
              coopchart chart grouped samples/*.csv --indicator new_htx --years 2015-2019 -o new-htx-years.png
              coopchart chart grouped samples/*.csv --indicator new_htx --indicator target_new_htx --years 2017 -o plan.pdf
            """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label (repeatable; several indicators take one period).", valueName: "ID")) var indicator: [String] = []
    @OptionGroup var periods: SeveralPeriods
    @OptionGroup var selection: ProvinceSelection
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest {
        FigureRequest(kind: .grouped, indicators: indicator, year: periods.year, years: periods.years, provinces: selection.provinces)
    }
}
