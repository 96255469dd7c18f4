import CoopCharts
import CoopFigures
import CoopTestSupport
import Foundation
import Testing

/// The province map at every page preset, compared with committed PNGs with a tolerance (antialiasing differs
/// between Cairo and FreeType builds): the 34 units with two missing on the four large presets, the Red River
/// Delta cluster on the whole country on the column preset (the only map that preset holds). Regenerate with
/// `COOPCHART_UPDATE_GOLDEN=1 swift test --filter MapGolden` and look at them before committing.
@Suite("Map golden images")
struct MapGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("the map at each page preset matches its golden image", arguments: PageSize.allCases)
    func preset(page: PageSize) throws {
        let chart: any Chart = page == .column ? try MapTests.cluster() : try MapTests.national(34, missing: 2)
        var options = RenderOptions(pngScale: 1, documentDate: .fixed("2024-01-01T00:00:00Z"))
        options.size = page.size
        let bytes = try ChartRenderer.render(chart, format: .png, options: options)
        if let mismatch = try GoldenImage.mismatch(bytes, golden: Self.directory.appendingPathComponent("map-\(page.rawValue).png")) {
            Issue.record("\(mismatch)")
        }
    }
}
