import CoopCharts
import CoopFigures
import Foundation
import Testing

/// The tile map of the whole country, before (63) and after (34) the merger: every tile's label tells it
/// apart from every other, and the tiles fill the page rather than a narrow strip of it.
@Suite struct TilemapTests {
    static func tilemap(count: Int, page: PageSize) throws -> (chart: TileMapChart, texts: [RecordingBackend.RecordedText], size: Size) {
        // Every unit of the period with a figure, so every tile is on the map.
        let units = count == 63 ? GeneratedFigures.before : GeneratedFigures.after
        let year = count == 63 ? "2024" : "2026"
        let rows = units.enumerated().map { index, province in "\(province.name),\(year),htx,\(index * 37 % 500),exact,minh hoạ" }
        let data = try figureData((["province,year,indicator,value,qualifier,source"] + rows).joined(separator: "\n"))
        let figure = try Figures.make(FigureRequest(kind: .tilemap, indicators: ["htx"], year: year), from: data)
        let chart = try #require(figure.chart as? TileMapChart)
        #expect(chart.tiles.count == count)
        let recording = try RecordingBackend()
        chart.draw(on: recording, size: page.size)
        return (chart, recording.texts, page.size)
    }

    @Test("no two tiles share a short form: Quảng Ninh, Quảng Nam and Quảng Ngãi are not QN three times", arguments: [63, 34])
    func shortFormsAreUnique(count: Int) throws {
        let (chart, _, _) = try Self.tilemap(count: count, page: .slide)
        let shorts = chart.shortLabels
        #expect(Set(shorts).count == shorts.count, "\(Dictionary(grouping: shorts, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test("every tile is labelled, by name or its own short form, on every page", arguments: [63, 34])
    func everyTileIsLabelledOnce(count: Int) throws {
        for page in [PageSize.slide, .a4, .a4Landscape] {
            let (chart, texts, _) = try Self.tilemap(count: count, page: page)
            let drawn = texts.map(\.text)
            let labels = zip(chart.tiles, chart.shortLabels).map { tile, short in drawn.contains(tile.label) ? tile.label : short }
            for (tile, label) in zip(chart.tiles, labels) {
                #expect(
                    drawn.filter { $0 == label }.count == 1, "\(page.rawValue): \(tile.label) drawn as \"\(label)\" \(drawn.filter { $0 == label }.count) times"
                )
            }
            #expect(Completeness.missing(choices: chart.requiredLabelChoices, drawn: drawn) == [], "\(page.rawValue)")
        }
    }

    @Test("the tiles fill the page: on a slide the map spans most of its width or height", arguments: [63, 34])
    func tilesFillThePage(count: Int) throws {
        let (chart, texts, size) = try Self.tilemap(count: count, page: .slide)
        let labels = Set(chart.tiles.map(\.label) + chart.shortLabels)
        let boxes = texts.filter { labels.contains($0.text) }.map(\.box)
        let left = boxes.map(\.minX).min()!, right = boxes.map(\.maxX).max()!
        let top = boxes.map(\.minY).min()!, bottom = boxes.map(\.maxY).max()!
        #expect(
            right - left > size.width * 0.6 || bottom - top > size.height * 0.6,
            "labels span \(right - left) × \(bottom - top) of \(size.width) × \(size.height)")
    }
}
