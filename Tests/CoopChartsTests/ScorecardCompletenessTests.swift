import CoopCharts
import Testing

/// The score sheet promises every row's rank, name, points and total: at national scale it continues in
/// blocks side by side rather than cutting a name or dropping a row.
@Suite struct ScorecardCompletenessTests {
    @Test("every rank, name, point and total is printed whole", arguments: [9, 34, 63])
    func everyRowIsPrinted(count: Int) throws {
        let chart = CatalogFixtures.chart("scorecard", count: count) as! ScorecardTable
        #expect(chart.requiredLabels.count >= count * 3)
        for size in [Size(width: 960, height: 540), PageSize.a4.size, PageSize.a4Landscape.size] {
            let layout = try RecordedLayout(chart, size: size)
            #expect(layout.missingLabels(of: chart) == [], "\(count) rows at \(size)")
        }
    }
}

/// A document cuts a long score sheet into pages rather than blocks side by side: each part one block of
/// rows under the header, in type a printed table can be read in, every row once, the notes under the last.
@Suite struct ScorecardPagesTests {
    /// The box of the report's scorecard on an A4 page (its text width, the page's height less the heading and the sentences).
    static let box = Size(width: PageSize.a4.size.width - 96, height: PageSize.a4.size.height - 96 - 40 - 150)

    @Test("34 and 63 rows: one block a page, type of 8 pt or more, every row once, the header on every part", arguments: [34, 63])
    func aLongScorecardIsCutIntoPages(count: Int) throws {
        let chart = CatalogFixtures.chart("scorecard", count: count) as! ScorecardTable
        let parts = chart.pages(fitting: Self.box, fontFamily: .default, minimumTypeSize: 8)
        #expect(parts.count >= 2)
        #expect(parts.flatMap(\.rows).map(\.name) == chart.rows.map(\.name), "every row once, in order")
        #expect(parts.map(\.rows.count).max()! - parts.map(\.rows.count).min()! <= 1, "rows shared out evenly")
        for (index, part) in parts.enumerated() {
            let layout = try RecordedLayout(part, size: Self.box)
            #expect(layout.missingLabels(of: part) == [], "part \(index + 1)")
            #expect(layout.overlappingTexts == [], "part \(index + 1)")
            #expect(layout.textsOutsideCanvas == [], "part \(index + 1)")
            let names = layout.texts.filter { text in part.rows.contains { $0.name == text.text } }
            #expect(names.count == part.rows.count)
            #expect(Set(names.map { Int($0.origin.x.rounded()) }).count == 1, "one block: every name starts in the same column")
            #expect(names.allSatisfy { $0.font.size >= 8 }, "part \(index + 1): \(names.map(\.font.size).min() ?? 0) pt")
            #expect(layout.texts.contains { $0.text == "Hạng" } && layout.texts.contains { $0.text == "Tổng" }, "the header on part \(index + 1)")
            #expect(layout.texts.contains { $0.text.contains("tiếp theo") } == (index > 0), "later parts say the table continues")
            let noted = layout.texts.contains { $0.text.hasPrefix("Nguồn: Liên minh HTX") }
            #expect(noted == (index == parts.count - 1), "the notes close the last part only")
        }
        #expect(parts.allSatisfy { $0.optionalColumns == chart.optionalColumns }, "every part has the award and adjustment columns")
    }

    @Test func aScorecardThatFitsItsPageStaysWhole() {
        let chart = CatalogFixtures.chart("scorecard", count: 9) as! ScorecardTable
        let parts = chart.pages(fitting: Self.box, fontFamily: .default, minimumTypeSize: 8)
        #expect(parts.count == 1)
        #expect(parts.first?.rows.count == 9 && parts.first?.allNotes == chart.allNotes)
    }
}

/// The robustness chart promises every row's name; a document cuts a long one into pages on one rank axis.
@Suite struct RankIntervalPagesTests {
    @Test func sixtyThreeNamesDoNotFitAFigureOf160By100MillimetresAndTheChartSaysSo() throws {
        let chart = CatalogFixtures.chart("rank-interval", count: 63) as! RankIntervalChart
        #expect(chart.requiredLabels.count == 63)
        #expect(chart.requiredLabels.first == "1. Tỉnh số 1 Đắk Lắk")
        let figure = try RecordedLayout(chart, size: Size(width: 453.5, height: 283.5))
        #expect(!figure.missingLabels(of: chart).isEmpty, "a name the rows cannot hold is missing, and the completeness check sees it")
    }

    @Test func aLongChartIsCutIntoPagesThatDrawEveryName() throws {
        let chart = CatalogFixtures.chart("rank-interval", count: 63) as! RankIntervalChart
        let box = ScorecardPagesTests.box
        let parts = chart.pages(fitting: box, fontFamily: .default, minimumTypeSize: 7)
        #expect(parts.count >= 2)
        #expect(parts.flatMap(\.items) == chart.orderedItems, "every row once, in order")
        #expect(Set(parts.map(\.worstRank)) == [63], "one axis for all parts")
        for part in parts {
            let layout = try RecordedLayout(part, size: box)
            #expect(layout.missingLabels(of: part) == [])
            #expect(layout.texts.filter { part.requiredLabels.contains($0.text) }.allSatisfy { $0.font.size >= 7 })
        }
        let nine = CatalogFixtures.chart("rank-interval", count: 9) as! RankIntervalChart
        #expect(nine.pages(fitting: box, fontFamily: .default, minimumTypeSize: 7).count == 1)
    }
}
