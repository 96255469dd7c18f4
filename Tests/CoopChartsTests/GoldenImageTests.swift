import CoopCharts
import CoopTestSupport
import Foundation
import Testing

/// Compares a few renderings with committed PNGs, allowing for antialiasing differences between
/// Cairo and FreeType builds. Regenerate with `COOPCHART_UPDATE_GOLDEN=1 swift test --filter GoldenImage`.
@Suite("Golden images")
struct GoldenImageTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let options = RenderOptions(width: 640, height: 360, pngScale: 1.5, documentDate: .fixed(Fixtures.fixedDate))

    @Test("the nine-province ranking matches its golden image")
    func nineProvinces() throws { try compare(Fixtures.nine, golden: "ranking-nine.png") }

    @Test("a ranking with negative values and long names matches its golden image")
    func negativeAndLong() throws {
        let chart = Fixtures.chart(
            [(Fixtures.longLabel, 12.5), ("Bắc Ninh", -4), ("Hà Nam", 3), ("Ninh Bình", -9.5)],
            reference: .init(value: 0.5, name: "Bình quân"), missing: ["Thái Bình"])
        try compare(chart, golden: "ranking-negative.png")
    }

    private func compare(_ chart: RankingBarChart, golden name: String) throws {
        try Self.compareImage(chart, golden: name, options: options)
    }

    /// Renders `chart` and compares it with the golden file `name` (or writes it when updating).
    static func compareImage(_ chart: some Chart, golden name: String, options: RenderOptions) throws {
        let bytes = try ChartRenderer.render(chart, format: .png, options: options)
        if let mismatch = try GoldenImage.mismatch(bytes, golden: Self.directory.appendingPathComponent(name)) { Issue.record("\(mismatch)") }
    }
}
