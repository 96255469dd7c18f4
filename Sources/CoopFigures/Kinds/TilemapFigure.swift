import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `tilemap`: provinces as equal tiles placed roughly where they lie, coloured by one indicator.
enum TilemapFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicator = try context.indicators(maximum: 1)[0]
        let period = try context.period()
        let scope = try context.scope(indicators: [indicator], periods: [period])
        var evidence = FigureEvidence()
        let tiles = try scope.map { index -> TileMapChart.Tile in
            let province = context.dataset.registry.provinces[index]
            guard let position = TileGrid.position(of: province, in: period) else {
                throw InputError(
                    parameter: .year, message: "\(province.longDescription) has no tile on the map of \(period)",
                    vietnamese: "\(province.longDescription) không có ô trên bản đồ kỳ \(period)")
            }
            return TileMapChart.Tile(
                label: province.name, column: position.column, row: position.row,
                value: context.value(index, period, indicator, &evidence))
        }
        let language = context.language
        let chart = TileMapChart(
            chrome: context.chrome(
                title: "\(indicator.label(language)) \(periodTitle(period, language))",
                subtitle: context.subtitle(unit: indicator.unit(language)), decimals: context.decimals([indicator]),
                evidence: evidence),
            tiles: tiles)
        return evidence.figure(chart, data: context.data)
    }
}
