import CoopCharts
import CoopFormatting
import Testing

/// The numbers a chart prints besides its values (the average line's label) follow the chart's locale:
/// a Vietnamese chart writes 22,9, never 22.9.
@Suite struct ChromeNumberFormatTests {
    private func texts(_ chart: some Chart) throws -> [String] {
        try RecordedLayout(chart).texts.map(\.text)
    }

    @Test("the ranking chart's average label uses a decimal comma in Vietnamese and a point in English")
    func rankingAverageFollowsLocale() throws {
        var chart = Fixtures.chart(Fixtures.nineProvinces, reference: .init(value: 206.0 / 9, name: "Bình quân cụm"))
        #expect(try texts(chart).contains("Bình quân cụm: 22,9"))
        chart.chrome.locale = .en
        chart.reference = .init(value: 206.0 / 9, name: "Cluster average")
        #expect(try texts(chart).contains("Cluster average: 22.9"))
    }

    @Test("an approximate average keeps its mark and the Vietnamese format: ≈40,9, and 2.425.931 is grouped with dots")
    func approximateAverageInVietnamese() throws {
        let chart = Fixtures.chart(
            [("Ninh Bình", 40.5), ("Hà Nam", 41.25)],
            reference: .init(value: 40.875, name: "Bình quân", bound: .approx))
        #expect(try texts(chart).contains("Bình quân: ≈40,9"))
        let large = Fixtures.chart([("Toàn cụm", 2_425_931)], reference: .init(value: 2_425_931, name: "Tổng", maxDecimals: 0))
        #expect(try texts(large).contains("Tổng: 2.425.931"))
    }

    @Test("the column chart's average line label is printed in the chart's locale")
    func columnAverageFollowsLocale() throws {
        for (locale, expected) in [(Language.vi, "Bình quân: 40,9"), (.en, "Bình quân: 40.9")] {
            let chart = CategoryBarChart(
                chrome: ChartChrome(title: "Doanh thu bình quân năm 2017", locale: locale, maxDecimals: 1),
                categories: ["Ninh Bình", "Hà Nam", "Bắc Ninh"],
                series: [ChartSeries(name: "2017", values: [40.5, 38.25, 44])],
                orientation: .vertical, reference: ChartReference(value: 40.916, name: "Bình quân"))
            #expect(try texts(chart).contains(expected))
        }
    }

    @Test("no text of a Vietnamese chart holds an English-style decimal (a point followed by one or two digits)")
    func vietnameseChromeHasNoEnglishDecimals() throws {
        let kinds = [
            "column", "grouped", "stacked", "stacked-percent", "line", "bump", "radar", "donut", "scatter", "heatmap",
            "multiples", "tilemap", "scorecard", "rank-interval",
        ]
        var all = try texts(Fixtures.nine)
        for kind in kinds { all += try texts(CatalogFixtures.chart(kind, count: 9)) }
        let english = all.filter { $0.contains(/\d\.\d{1,2}(\D|$)/) }
        #expect(english.isEmpty, "\(english)")
    }
}
