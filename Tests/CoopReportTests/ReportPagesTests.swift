import Foundation
import Testing
import CoopAnalytics
import CoopCharts
import CoopFormatting
@testable import CoopReport

/// The report's pages as they are drawn: the province profiles label every axis whole, the scorecard of a
/// cluster stays on one page.
@Suite struct ReportPagesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The 2017 cluster report of the samples: seven key indicators, with the longest labels of the catalog.
    func clusterReport(language: Language, pageSize: PageSize) throws -> ReportBuilder {
        let files = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"].map { Self.root.appendingPathComponent($0).path }
        let dataset = try DatasetReader().read(files: files)
        let scheme = try SchemeReader().read(file: Self.root.appendingPathComponent("samples/scheme-dbsh-2017.yaml").path)
        return try ReportBuilder(ReportRequest(dataset: dataset, scheme: scheme, period: Period(year: 2017), cluster: Cluster.builtIn("dbsh-2017"),
                                               language: language, pageSize: pageSize, sensitivityDraws: 50))
    }

    /// Every radar of the profile pages, with the size of its cell on the page.
    func profiles(_ pages: [DocumentPage]) -> [(chart: RadarChart, size: Size)] {
        pages.flatMap { page -> [(chart: RadarChart, size: Size)] in
            page.blocks.flatMap { block -> [(chart: RadarChart, size: Size)] in
                guard case let .grid(charts, columns, cellHeight) = block else { return [] }
                let size = Size(width: (page.size.width - 96) / Double(columns), height: cellHeight)
                return charts.compactMap { $0 as? RadarChart }.map { ($0, size) }
            }
        }
    }

    @Test(arguments: [(Language.vi, PageSize.a4), (.en, .a4), (.vi, .a4Landscape)])
    func everyProfileLabelsEveryAxisInFull(language: Language, pageSize: PageSize) throws {
        let report = try clusterReport(language: language, pageSize: pageSize)
        let radars = profiles(report.pages())
        #expect(radars.count == 9, "one profile per member")
        let axes = try #require(radars.first?.chart.axes)
        #expect(axes.count == 7)
        #expect(axes.contains(language == .vi ? "Tỷ lệ HTX hoạt động hiệu quả" : "Share of effective cooperatives"), "\(axes)")
        for (chart, size) in radars {
            let recording = try RecordingBackend()
            chart.draw(on: recording, size: size)
            let drawn = recording.texts.map(\.text)
            // Completeness, not only no overlap: each axis label is spelt out whole, on one line or wrapped onto up to three.
            #expect(Completeness.missing(chart.axes, drawn: drawn) == [], "\(chart.title) at \(size)")
            #expect(!drawn.contains { $0.contains("…") }, "nothing shortened: \(drawn.filter { $0.contains("…") })")
        }
    }
}
