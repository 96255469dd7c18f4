import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

struct ChartTilemapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tilemap",
        abstract: "Provinces as tiles placed roughly where they lie, coloured by one indicator.",
        discussion: """
        Every province is an equal tile, so small provinces count as much as large ones. Tiles follow \
        the 63-province map for periods before 1 July 2025 and the 34-province map after the merger; a \
        cluster draws only its members. Tiles show the name (initials when it does not fit) and the value.

        Example:
          coopchart chart tilemap samples/*.csv --cluster dbsh-2017 --indicator htx --year 2017 -o htx-map.png
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or label.", valueName: "ID")) var indicator: String
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @Option(name: .customLong("province"), help: ArgumentHelp("Limit to these provinces (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year, indicator: indicator)
            let indicator = try inputs.indicator(self.indicator)
            let period = try parsePeriod(year)
            let scope = try inputs.scope(indicators: [indicator], periods: [period], provinces: provinces)
            let tiles = try scope.map { index -> TileMapChart.Tile in
                let province = inputs.dataset.registry.provinces[index]
                guard let position = TileGrid.position(of: province, in: period) else {
                    throw InputError(file: "--year", message: "\(province.longDescription) has no tile on the map of \(period)")
                }
                return TileMapChart.Tile(label: province.name, column: position.column, row: position.row, value: inputs.value(index, period, indicator))
            }
            let language = inputs.language
            let chart = TileMapChart(
                chrome: inputs.chrome(title: "\(indicator.label(language)) \(periodTitle(period, language))",
                                      subtitle: inputs.subtitle([], unit: indicator.unit(language)), decimals: indicator.isCount ? 0 : 1,
                                      theme: try rendering.resolvedTheme()),
                tiles: tiles)
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
