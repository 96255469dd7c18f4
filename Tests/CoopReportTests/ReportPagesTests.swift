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
        return try ReportBuilder(
            ReportRequest(
                dataset: dataset, scheme: scheme, period: Period(year: 2017), cluster: Cluster.builtIn("dbsh-2017"),
                language: language, pageSize: pageSize, sensitivityDraws: 50))
    }

    /// The 63-province national report of the samples, scored on four indicators.
    func nationalReport(language: Language, pageSize: PageSize) throws -> ReportBuilder {
        let dataset = try DatasetReader().read(files: [Self.root.appendingPathComponent("samples/national-2024-illustrative.csv").path])
        let scheme = try SchemeReader().read(
            text: """
                title: "Toàn quốc"
                criteria:
                  - {id: new, label: "HTX thành lập mới", indicator: new_htx, points: 30, method: minmax}
                  - {id: size, label: "Thành viên bình quân mỗi HTX", formula: "members / htx", points: 20, method: proportional}
                  - {id: tht, label: "Tổ hợp tác", indicator: tht, points: 20, method: rank}
                awards:
                  - {ranks: "1", title: "Cờ thi đua"}
                """, file: "national.yaml")
        return try ReportBuilder(
            ReportRequest(
                dataset: dataset, scheme: scheme, period: Period(year: 2024), cluster: nil,
                language: language, pageSize: pageSize, sensitivityDraws: 50))
    }

    @Test(arguments: [(Language.vi, PageSize.a4), (.en, .a4Landscape)])
    func everyChartOnEveryPageOfThe63ProvinceReportDrawsEveryNameItPromises(language: Language, pageSize: PageSize) throws {
        let pages = try nationalReport(language: language, pageSize: pageSize).pages()
        var charts = 0
        for (number, page) in pages.enumerated() {
            for block in page.blocks {
                guard case let .chart(chart, height) = block, !chart.requiredLabels.isEmpty else { continue }
                charts += 1
                let recording = try RecordingBackend()
                chart.draw(on: recording, size: Size(width: page.size.width - 96, height: height))
                #expect(
                    Completeness.missing(choices: chart.requiredLabelChoices, drawn: recording.texts.map(\.text)) == [],
                    "page \(number + 1): \(chart.title)")
            }
        }
        let scorecards = pages.flatMap(\.blocks).compactMap { block -> ScorecardTable? in
            if case let .chart(chart, _) = block { return chart as? ScorecardTable } else { return nil }
        }
        let robustness = pages.flatMap(\.blocks).compactMap { block -> RankIntervalChart? in
            if case let .chart(chart, _) = block { return chart as? RankIntervalChart } else { return nil }
        }
        #expect(scorecards.count >= 2 && scorecards.flatMap(\.rows).count == 63, "the scorecard across pages, every province once")
        #expect(robustness.count >= 2 && robustness.flatMap(\.items).count == 63, "the robustness chart across pages, every province once")
        #expect(Set(robustness.map(\.worstRank)).count == 1, "one rank axis on every page")
        #expect(charts >= 4 + 4)
    }

    @Test func everyFigureFileOfThe63ProvinceReportDrawsEveryNameItPromises() throws {
        let size = Size(width: 160 / 25.4 * 72, height: 100 / 25.4 * 72)  // the figures' 160 × 100 mm
        let figures = try nationalReport(language: .vi, pageSize: .a4).figures.all(fitting: size)
        for figure in figures {
            let recording = try RecordingBackend()
            figure.chart.draw(on: recording, size: size)
            #expect(Completeness.missing(choices: figure.chart.requiredLabelChoices, drawn: recording.texts.map(\.text)) == [], "\(figure.name)")
        }
        let names = figures.map(\.name)
        #expect(names.contains("scorecard-2024-1") && names.contains("scorecard-2024-2") && !names.contains("scorecard-2024"))
        #expect(names.contains("robustness-2024-1") && !names.contains("robustness-2024"))
        #expect(Set(names).count == names.count, "one file name each")
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
