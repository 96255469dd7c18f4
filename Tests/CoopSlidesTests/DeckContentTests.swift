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

    static func request(
        files: [String] = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"], language: Language = .vi,
        cluster: Cluster? = Cluster.builtIn("dbsh-2017")
    ) throws -> ReportRequest {
        let dataset = try DatasetReader().read(files: files.map { root.appendingPathComponent($0).path })
        let scheme = try SchemeReader(catalog: dataset.catalog).read(file: root.appendingPathComponent("samples/scheme-dbsh-2017.yaml").path)
        return ReportRequest(
            dataset: dataset.filter { cluster?.contains(province: $0.province, period: $0.period) ?? true }, scheme: scheme,
            period: Period(year: 2017), cluster: cluster, language: language)
    }

    @Test func theDeckFollowsTheReportsFiguresInOrderAfterItsCover() throws {
        let request = try Self.request()
        let deck = try PowerPointDeck.deck(request, options: SlideOptions())
        let figures = try ReportFigures(request).all
        guard case .cover = deck.slides[0].body else { Issue.record("the first slide is not the cover"); return }
        let figureTitles = deck.slides.compactMap { slide -> String? in
            switch slide.body {
            case .charts, .picture: return slide.title
            default: return nil
            }
        }
        #expect(figureTitles == figures.map(\.caption))
    }

    @Test func everyFigureSlidesNotesCiteEachOfItsSourcesWhole() throws {
        let request = try Self.request()
        let deck = try PowerPointDeck.deck(request, options: SlideOptions())
        let figures = try ReportFigures(request).all
        for figure in figures {
            let slide = try #require(deck.slides.first { $0.title == figure.caption })
            let notes = slide.notes.joined(separator: "\n")
            for source in figure.sources { #expect(notes.contains(source), "\(figure.caption) lacks \(source)") }
        }
        let used = Set(request.dataset.observations.filter { $0.period == request.period }.compactMap(\.source))
        let all = deck.slides.flatMap(\.notes).joined(separator: "\n")
        for source in used { #expect(all.contains(source), "no slide cites \(source)") }
    }

    @Test func theHighlightMustBeAProvinceOfTheReport() throws {
        let request = try Self.request()
        #expect(throws: InputError.self) { try PowerPointDeck.deck(request, options: SlideOptions(highlight: "Hà Nội")) }
        #expect(throws: InputError.self) { try PowerPointDeck.deck(request, options: SlideOptions(highlight: "Ninh Binhh")) }
        let deck = try PowerPointDeck.deck(request, options: SlideOptions(highlight: "ninh binh"))
        guard case let .charts(charts) = deck.slides[1].body else { Issue.record("slide 2 is not a chart"); return }
        let index = try #require(charts[0].categories.firstIndex(of: "Ninh Bình"))
        #expect(charts[0].series[0].pointColors[index] != nil)
    }
}

/// Coopchart's charts as native charts: the names in full, the order and labels coopchart prints.
@Suite struct NativeConversionTests {
    let conversion = NativeConversion(theme: .conference, fontName: "Arial", highlight: "Ninh Bình", words: SlideWords.for(.vi))

    @Test func aRankingBecomesBarsHighestFirstWithPlainNamesMarkedLabelsAndTheHighlight() throws {
        let chart = RankingBarChart(
            chrome: ChartChrome(title: "HTX thành lập mới năm 2017", subtitle: "Đơn vị: HTX", locale: .vi, maxDecimals: 0),
            bars: [
                .init(label: "Hà Nam²", value: 4), .init(label: "Quảng Ninh¹", value: 2_425_931),
                .init(label: "Ninh Bình¹", value: 590, bound: .approx),
            ],
            reference: ChartReference(value: 808_841.67, name: "Bình quân cụm"))
        let natives = try #require(conversion.convert(chart))
        #expect(natives.count == 1)
        let native = natives[0]
        #expect(native.kind == .bar && native.firstCategoryAtTop)
        #expect(native.categories == ["Quảng Ninh", "Ninh Bình", "Hà Nam"])
        #expect(native.series[0].values == [2_425_931, 590, 4])
        #expect(native.series[0].labels == ["2.425.931¹", "≈590¹", "4²"])
        #expect(native.series[0].pointColors == [nil, 0xE69F00, nil])
        #expect(native.series[1].style == .reference && native.series[1].name == "Bình quân cụm: 808.841,7")
        #expect(native.valueTitle == "HTX")
        #expect(native.numberFormat == "[>=1000000]#\".\"###\".\"##0;[>=1000]#\".\"##0;0")
    }

    @Test func sixtyThreeBarsStandInTwoPanelsOnOneScaleNamingEveryProvince() throws {
        let bars = (1...63).map { RankingBarChart.Bar(label: "Tỉnh \($0)", value: Double($0)) }
        let natives = try #require(conversion.convert(RankingBarChart(chrome: ChartChrome(title: "t"), bars: bars)))
        #expect(natives.count == 2)
        #expect(natives.flatMap(\.categories) == (1...63).reversed().map { "Tỉnh \($0)" })
        #expect(natives[0].valueRange.maximum == natives[1].valueRange.maximum)
        #expect(natives.allSatisfy { $0.labelsEveryCategory })
    }

    @Test func kindsWithoutANativeFormStayPictures() {
        let bands = RankIntervalChart(chrome: ChartChrome(title: "t"), items: [.init(name: "Hà Nam", nominalRank: 1, medianRank: 1, lowRank: 1, highRank: 2)])
        #expect(conversion.convert(bands) == nil)
    }

    @Test func aBubbleChartStaysAPictureSoItsSizesAreNotDropped() throws {
        let items: [ScatterChart.Item] = [.init(label: "Hà Nam", x: 10, y: 20, size: 300), .init(label: "Nam Định", x: 12, y: 25, size: 500)]
        let bubbles = ScatterChart(chrome: ChartChrome(title: "t"), items: items, xTitle: "x", yTitle: "y", sizeTitle: "Số thành viên")
        #expect(conversion.convert(bubbles) == nil)
        let points = ScatterChart(chrome: ChartChrome(title: "t"), items: items.map { .init(label: $0.label, x: $0.x, y: $0.y) }, xTitle: "x", yTitle: "y")
        let native = try #require(conversion.convert(points))
        #expect(native.count == 1)
    }
}
