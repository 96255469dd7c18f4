import ArgumentParser
import CoopFigures

struct ChartBumpCommand: ParsableCommand {
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
    @OptionGroup var indicator: OneIndicator
    @OptionGroup var periods: SeveralPeriods
    @OptionGroup var selection: ProvinceSelection
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try FigureRun.draw(FigureRequest(kind: .bump, indicators: [indicator.indicator], years: periods.years, provinces: selection.provinces), data: data, rendering: rendering)
    }
}
