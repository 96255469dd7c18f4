import CoopCharts
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
        let chart = Fixtures.chart([(Fixtures.longLabel, 12.5), ("Bắc Ninh", -4), ("Hà Nam", 3), ("Ninh Bình", -9.5)],
                                   reference: .init(value: 0.5, name: "Bình quân"), missing: ["Thái Bình"])
        try compare(chart, golden: "ranking-negative.png")
    }

    private func compare(_ chart: RankingBarChart, golden name: String) throws {
        try Self.compareImage(chart, golden: name, options: options)
    }

    /// Renders `chart` and compares it with the golden file `name` (or writes it when updating).
    static func compareImage(_ chart: some Chart, golden name: String, options: RenderOptions) throws {
        let bytes = try ChartRenderer.render(chart, format: .png, options: options)
        let goldenURL = Self.directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COOPCHART_UPDATE_GOLDEN"] == "1" {
            try Data(bytes).write(to: goldenURL, options: .atomic)
            return
        }
        let expectedBytes = try #require(FileManager.default.contents(atPath: goldenURL.path),
                                         "missing \(goldenURL.path); run with COOPCHART_UPDATE_GOLDEN=1")
        let actual = try DecodedImage(png: bytes)
        let expected = try DecodedImage(png: [UInt8](expectedBytes))
        try #require(actual.width == expected.width && actual.height == expected.height)

        var totalDifference = 0
        var stronglyDiffering = 0
        for pixel in 0..<(actual.width * actual.height) {
            var largest = 0
            for channel in 0..<4 {
                let difference = abs(Int(actual.rgba[pixel * 4 + channel]) - Int(expected.rgba[pixel * 4 + channel]))
                totalDifference += difference
                largest = max(largest, difference)
            }
            if largest > 64 { stronglyDiffering += 1 }
        }
        let meanDifference = Double(totalDifference) / Double(actual.rgba.count) / 255
        let differingShare = Double(stronglyDiffering) / Double(actual.width * actual.height)
        let matches = meanDifference < 2.0 / 255 && differingShare < 0.005
        if !matches {
            let failed = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
            try Data(bytes).write(to: failed)
            Issue.record("\(name): mean difference \(meanDifference * 255)/255, \(differingShare * 100)% pixels off by >64; actual image at \(failed.path)")
        }
    }
}
