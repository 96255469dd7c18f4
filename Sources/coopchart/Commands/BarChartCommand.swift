import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct BarChartCommand: ParsableCommand {
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

    @Option(help: ArgumentHelp("Indicator id or Vietnamese label, e.g. new_htx or \"HTX thành lập mới\".", valueName: "ID"))
    var indicator: String

    @Option(help: ArgumentHelp("Period: a year (2017) or a half-year (2017-H1, 2017-H2).", valueName: "PERIOD"))
    var year: String

    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            let format = try rendering.format()
            let period = try parsePeriod(year)
            let (dataset, cluster) = try data.load(year: year, indicator: indicator)
            guard let indicator = dataset.catalog.indicator(named: self.indicator) else {
                throw InputError(file: "--indicator", message: "unknown indicator \"\(self.indicator)\"; did you mean \(dataset.catalog.suggestions(for: self.indicator).joined(separator: ", "))?")
            }
            let table = IndicatorTable(dataset: dataset, indicator: indicator, period: period,
                                       scope: try cluster?.scope(in: period, registry: dataset.registry))
            guard !table.rows.isEmpty else {
                let periods = dataset.observations.filter { $0.indicator == indicator.id }.map(\.period)
                let have = Set(periods).sorted().map(\.description).joined(separator: ", ")
                throw InputError(file: data.files.joined(separator: ", "),
                                 message: "no figures for \(indicator.id) in \(period)\(cluster.map { " in \($0.name)" } ?? ""); periods with \(indicator.id): \(have.isEmpty ? "none" : have)")
            }
            var chart = RankingBarChartBuilder.chart(for: table, dataset: dataset, cluster: cluster, language: data.lang)
            chart.chrome.theme = try rendering.resolvedTheme()
            let bytes = try ChartRendering.render(chart, format: format, options: rendering.renderOptions(), path: rendering.output)
            try AtomicFile.write(bytes, to: rendering.output, inputs: data.files, force: rendering.overwrite.force)
        }
    }
}
