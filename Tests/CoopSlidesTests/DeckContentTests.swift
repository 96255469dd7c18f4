import Foundation
import Testing
import CoopAnalytics
import CoopCharts
import CoopFormatting
import CoopReport
@testable import CoopSlides

/// The deck's content, slide by slide, from the samples: the report's figures in its order, native
/// charts holding every province by its full name in coopchart's order, sources in the notes.
@Suite struct DeckContentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func request(files: [String] = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"], language: Language = .vi,
                        cluster: Cluster? = Cluster.builtIn("dbsh-2017")) throws -> ReportRequest {
        let dataset = try DatasetReader().read(files: files.map { root.appendingPathComponent($0).path })
        let scheme = try SchemeReader(catalog: dataset.catalog).read(file: root.appendingPathComponent("samples/scheme-dbsh-2017.yaml").path)
        return ReportRequest(dataset: dataset.filter { cluster?.contains(province: $0.province, period: $0.period) ?? true }, scheme: scheme,
                             period: Period(year: 2017), cluster: cluster, language: language)
    }

    @Test func theDeckFollowsTheReportsFiguresInOrderAfterItsCover() throws {
        let request = try Self.request()
        let deck = try PowerPointDeck.deck(request, options: SlideOptions())
        let figures = try ReportFigures(request).all
        guard case .cover = deck.slides[0].body else { Issue.record("the first slide is not the cover"); return }
        let figureTitles = deck.slides.dropFirst().map(\.title).filter { title in figures.contains { $0.caption == title } }
        #expect(figureTitles == figures.map(\.caption))
    }
}
