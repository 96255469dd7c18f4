import ArgumentParser
import CoopFigures

struct ChartRadarCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "radar",
        abstract: "One or more provinces' profiles on several indicators, 0–100, against the cluster average.",
        discussion: """
            Each indicator is normalised min–max across the provinces of the cluster (or all provinces with \
            figures): 0 is the lowest province, 100 the highest. The dashed outline is the average province on \
            the same scale. Give the provinces to profile with --province (up to six; default: the first two \
            of the cluster).

            Example:
              coopchart chart radar samples/*.csv --cluster dbsh-2017 --indicator htx --indicator new_htx --indicator members \\
                  --indicator revenue_avg --indicator effective_share --province "Ninh Bình" --province "Hà Nam" --year 2017 -o profile.png
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var selection: IndicatorsInPeriod
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { selection.request(.radar) }
}
