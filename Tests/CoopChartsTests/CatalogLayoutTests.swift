import CoopCharts
import CoopFormatting
import Foundation
import Testing

/// The promises every kind makes, read off a recording: text stays on the canvas and never overlaps,
/// at 2, 9 and 63 items, with long names, in every theme and on every page size.
@Suite("Chart catalog layout, read from recordings")
struct CatalogLayoutTests {
    static let cases: [(String, Int)] = CatalogFixtures.kinds.flatMap { kind in [2, 9, 63].map { (kind, $0) } }

    @Test("every text lies inside the canvas and no two texts overlap", arguments: cases)
    func insideAndApart(kind: String, count: Int) throws {
        let layout = try RecordedLayout(CatalogFixtures.chart(kind, count: count))
        #expect(layout.textsOutsideCanvas == [], "\(kind) ×\(count)")
        #expect(layout.overlappingTexts == [], "\(kind) ×\(count)")
        #expect(layout.texts.count >= 3, "\(kind) ×\(count) draws its title, notes and labels")
    }

    @Test("long Vietnamese names stay inside and apart", arguments: cases)
    func longNames(kind: String, count: Int) throws {
        let layout = try RecordedLayout(CatalogFixtures.chart(kind, count: count, long: true))
        #expect(layout.textsOutsideCanvas == [], "\(kind) ×\(count)")
        #expect(layout.overlappingTexts == [], "\(kind) ×\(count)")
    }

    @Test("every page size and theme keeps text inside and apart", arguments: PageSize.allCases)
    func sizesAndThemes(page: PageSize) throws {
        for (index, kind) in CatalogFixtures.kinds.enumerated() {
            let theme = Theme.builtIn[index % Theme.builtIn.count]
            let layout = try RecordedLayout(CatalogFixtures.chart(kind, count: 9, theme: theme, locale: index % 2 == 0 ? .vi : .en), size: page.size)
            #expect(layout.textsOutsideCanvas == [], "\(kind) \(page) \(theme.name)")
            #expect(layout.overlappingTexts == [], "\(kind) \(page) \(theme.name)")
        }
    }

    @Test("a single item, all-equal values and all-zero values draw finite marks", arguments: CatalogFixtures.kinds)
    func degenerate(kind: String) throws {
        for count in [1] {
            let layout = try RecordedLayout(CatalogFixtures.chart(kind, count: count))
            #expect(layout.textsOutsideCanvas == [] && layout.overlappingTexts == [], "\(kind)")
            #expect(layout.allMarksFinite, "\(kind)")
        }
        for constant in [0.0, 7.0] {
            let charts: [any Chart] = [
                CategoryBarChart(
                    chrome: CatalogFixtures.chrome("Bằng nhau"), categories: ["A", "B", "C"],
                    series: [ChartSeries(name: "x", values: [ChartValue(constant), ChartValue(constant), ChartValue(constant)])]),
                LineChart(
                    chrome: CatalogFixtures.chrome("Bằng nhau"), periods: ["2016", "2017"],
                    series: [ChartSeries(name: "A", values: [ChartValue(constant), ChartValue(constant)])]),
                DonutChart(
                    chrome: CatalogFixtures.chrome("Bằng nhau"),
                    items: [.init(label: "A", value: ChartValue(constant)), .init(label: "B", value: ChartValue(constant))]),
                ScatterChart(
                    chrome: CatalogFixtures.chrome("Bằng nhau"), items: [.init(label: "A", x: ChartValue(constant), y: ChartValue(constant))], xTitle: "x",
                    yTitle: "y"),
                HeatmapChart(
                    chrome: CatalogFixtures.chrome("Bằng nhau"), rows: ["A", "B"], columns: [.init(label: "x")],
                    values: [[ChartValue(constant)], [ChartValue(constant)]]),
                TileMapChart(chrome: CatalogFixtures.chrome("Bằng nhau"), tiles: [.init(label: "A", column: 0, row: 0, value: ChartValue(constant))]),
                SmallMultiplesChart(
                    chrome: CatalogFixtures.chrome("Bằng nhau"), periods: ["2017"], series: [ChartSeries(name: "A", values: [ChartValue(constant)])]),
            ]
            for chart in charts {
                let layout = try RecordedLayout(chart)
                #expect(layout.allMarksFinite, "\(type(of: chart)) \(constant)")
                #expect(layout.textsOutsideCanvas == [] && layout.overlappingTexts == [], "\(type(of: chart)) \(constant)")
            }
        }
    }

    @Test("column bars keep the given order left to right, negative bars hang below the zero line")
    func columnOrder() throws {
        let chart = CategoryBarChart(
            chrome: CatalogFixtures.chrome("Thứ tự"), categories: ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình"],
            series: [ChartSeries(name: "2017", values: [22, 4, -10, 6])])
        let layout = try RecordedLayout(chart)
        let bars = layout.bars
        #expect(bars.count == 4)
        #expect(bars.map(\.x) == bars.map(\.x).sorted())
        let xs = ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình"].compactMap { layout.text($0)?.box.midX }
        #expect(xs.count == 4 && xs == xs.sorted())
        // Nam Định's bar starts at the zero line and goes down: its top is where the others' bottoms are.
        #expect(abs(bars[2].minY - bars[0].maxY) < 0.01)
        #expect(layout.text("−10") != nil && layout.text("22") != nil)
    }

    @Test("63 columns switch to horizontal rows, top to bottom in the given order")
    func manyColumnsTurnHorizontal() throws {
        let chart = CatalogFixtures.chart("column", count: 63) as! CategoryBarChart
        let layout = try RecordedLayout(chart)
        let bars = layout.bars
        #expect(bars.count == 63)
        // Rows, not columns: the names, right-aligned before their bars, read down each panel and on
        // into the next in the given order, every one of them drawn.
        let names = chart.categories.compactMap { layout.text($0)?.box }
        #expect(names.count == 63)
        #expect(RecordedLayout.readsDownPanels(names.map { Rect(x: $0.maxX, y: $0.y, width: 1, height: $0.height) }))
    }

    @Test("bump charts put rank 1 at the top")
    func bumpRankOneOnTop() throws {
        let chart = BumpChart(
            chrome: CatalogFixtures.chrome("Thứ hạng"), periods: ["2016", "2017", "2018"],
            items: [
                .init(name: "Quảng Ninh", ranks: [1, 1, 2]), .init(name: "Bắc Ninh", ranks: [2, 3, 1]), .init(name: "Hà Nam", ranks: [3, 2, 3]),
            ])
        let layout = try RecordedLayout(chart)
        let first = try #require(layout.text("1. Quảng Ninh")), second = try #require(layout.text("2. Bắc Ninh"))
        let third = try #require(layout.text("3. Hà Nam"))
        #expect(first.box.midY < second.box.midY && second.box.midY < third.box.midY)
        let lastFirst = try #require(layout.text("Bắc Ninh (1)")), lastThird = try #require(layout.text("Hà Nam (3)"))
        #expect(lastFirst.box.midY < lastThird.box.midY)
    }

    @Test("donut shares add up to exactly 100 % and every printed share is drawn", arguments: [2, 9, 13, 20])
    func donutShares(count: Int) throws {
        // A few large items and a long tail, so beyond twelve the named slices hold most of the total.
        let items = (0..<count).map { index -> DonutChart.Item in
            let value: Double = index < 6 ? Double(500 - index * 40) : Double(30 - index)
            return DonutChart.Item(label: "Tỉnh \(index + 1)", value: ChartValue(value))
        }
        let chart = DonutChart(chrome: CatalogFixtures.chrome("Tỷ trọng"), items: items)
        let slices = chart.slices
        #expect(slices.map(\.tenthsOfPercent).reduce(0, +) == 1000)
        let layout = try RecordedLayout(chart)
        let shares = layout.texts.map(\.text).filter { $0.hasSuffix("%") && !$0.contains(" ") }
        let printed = shares.compactMap { Double($0.dropLast().replacingOccurrences(of: ",", with: ".")) }
        #expect(abs(printed.reduce(0, +) - 100) < 1e-9, "\(printed)")
        #expect(layout.missingLabels(of: chart) == [])
    }

    @Test("up to 12 items each get a slice, however thin; a 13th is named rather than grouped alone")
    func donutNamesTwelve() {
        for count in [12, 13] {
            let items = (0..<count).map { DonutChart.Item(label: "P\($0)", value: ChartValue($0 == 0 ? 1000 : 1)) }
            let chart = DonutChart(chrome: CatalogFixtures.chrome("Tỷ trọng"), items: items)
            #expect(chart.grouping == .none)
            #expect(chart.slices.count == count && !chart.slices.contains { $0.isOther })
        }
    }

    @Test("beyond 12 items the smallest are grouped as Khác, and the chart says how many")
    func donutGroupsTheTail() throws {
        let items = (0..<20).map { DonutChart.Item(label: "Tỉnh \($0 + 1)", value: ChartValue($0 < 12 ? 100 : 5)) }
        let chart = DonutChart(chrome: CatalogFixtures.chrome("Tỷ trọng"), items: items)
        guard case let .grouped(count, share) = chart.grouping else { Issue.record("\(chart.grouping)"); return }
        #expect(count == 8 && abs(share - 40.0 / 1240) < 1e-12)
        #expect(chart.slices.count == 13 && chart.slices.last?.isOther == true && chart.slices.last?.label == "Khác (8)")
        let layout = try RecordedLayout(chart)
        #expect(layout.text("Khác (8): 40") != nil)
        #expect(layout.texts.contains { $0.text.hasPrefix("Khác gộp 8 phần nhỏ nhất (3,2% tổng): Tỉnh 13, Tỉnh 14") })
        #expect(layout.missingLabels(of: chart) == [])
    }

    @Test("63 near-equal shares are no donut: nothing is grouped into a ring of Khác, the chart says why", arguments: [30, 63])
    func donutRefusesMostlyOther(count: Int) throws {
        let items = (0..<count).map { DonutChart.Item(label: "Tỉnh \($0 + 1)", value: ChartValue(Double(100 + $0 % 3))) }
        let chart = DonutChart(chrome: CatalogFixtures.chrome("Tỷ trọng"), items: items)
        guard case let .unreadable(units, named, share) = chart.grouping else { Issue.record("\(chart.grouping)"); return }
        #expect(units == count && named == 12 && share <= 0.5)
        #expect(chart.slices.isEmpty)
        let layout = try RecordedLayout(chart)
        #expect(!layout.texts.contains { $0.text.hasPrefix("Khác") })
        // The reason is wrapped over lines: read it as one text.
        #expect(layout.texts.map(\.text).joined(separator: " ").contains("biểu đồ thanh"))
        // Its completeness check refuses it, so no command writes it.
        #expect(!layout.missingLabels(of: chart).isEmpty)
    }

    @Test("donut shares by largest remainder: three equal thirds print 33,4 + 33,3 + 33,3")
    func donutThirds() {
        let chart = DonutChart(chrome: CatalogFixtures.chrome("Ba phần"), items: ["A", "B", "C"].map { .init(label: $0, value: 1) })
        #expect(chart.slices.map(\.tenthsOfPercent) == [334, 333, 333])
    }

    @Test("English chrome says Other and No data")
    func englishChrome() throws {
        let chart = DonutChart(
            chrome: CatalogFixtures.chrome("Shares", locale: .en),
            items: (0..<16).map { .init(label: "P\($0)", value: ChartValue(Double(200 - $0 * 12))) } + [.init(label: "Q", value: .missing)])
        let layout = try RecordedLayout(chart)
        #expect(layout.texts.contains { $0.text.hasPrefix("Other (4):") })
        #expect(layout.texts.contains { $0.text.hasPrefix("Other groups the 4 smallest shares") })
        #expect(layout.texts.contains { $0.text.hasPrefix("No data: Q") })
    }

    @Test("a missing value is named in a note, never drawn as a zero-height bar")
    func missingIsNoted() throws {
        let chart = CategoryBarChart(chrome: CatalogFixtures.chrome("Thiếu"), categories: ["A", "B"], series: [ChartSeries(name: "x", values: [5, .missing])])
        let layout = try RecordedLayout(chart)
        #expect(layout.bars.count == 1)
        #expect(layout.text("Chưa có số liệu: B") != nil)
        #expect(layout.text("—") != nil)
    }

    @Test("approximate values carry ≈ and the legend explains it")
    func boundMarks() throws {
        let layout = try RecordedLayout(CatalogFixtures.chart("column", count: 9))
        #expect(layout.texts.contains { $0.text.hasPrefix("≈") })
        #expect(layout.texts.contains { $0.text.contains(ValueBound.approx.legend(.vi)) })
    }

    @Test("the rank-interval chart lists items by nominal rank, rank 1 on top")
    func rankIntervalOrder() throws {
        let chart = RankIntervalChart(
            chrome: CatalogFixtures.chrome("Độ vững"),
            items: [
                .init(name: "B", nominalRank: 2, medianRank: 2, lowRank: 1, highRank: 3),
                .init(name: "A", nominalRank: 1, medianRank: 1, lowRank: 1, highRank: 2),
                .init(name: "C", nominalRank: 3, medianRank: 3, lowRank: 2, highRank: 3),
            ])
        let layout = try RecordedLayout(chart)
        let ys = ["1. A", "2. B", "3. C"].compactMap { layout.text($0)?.box.midY }
        #expect(ys.count == 3 && ys == ys.sorted())
    }

    @Test("the scorecard marks ties, explains the vote at rank 1 and prints every row", arguments: [2, 9, 63])
    func scorecard(count: Int) throws {
        let table = CatalogFixtures.chart("scorecard", count: count) as! ScorecardTable
        let layout = try RecordedLayout(table, size: PageSize.a4.size)
        #expect(layout.textsOutsideCanvas == [] && layout.overlappingTexts == [])
        #expect(layout.texts.filter { $0.text == "=1" }.count == 2)
        #expect(layout.text(ChartStrings(.vi).voteNote) != nil)
        let names = CatalogFixtures.names(count, long: false)
        #expect(names.allSatisfy { name in layout.texts.contains { $0.text == name || ($0.text.hasSuffix("…") && name.hasPrefix($0.text.dropLast())) } })
    }

    @Test("lengths parse with units and page presets have their sizes")
    func lengthsAndPages() {
        #expect(Length(parsing: "210mm")?.points == 210 / 25.4 * 72)
        #expect(Length(parsing: "960pt")?.points == 960)
        #expect(Length(parsing: "1920px")?.points(dpi: 144) == 960)
        #expect(Length(parsing: "540") == .points(540))
        #expect(Length(parsing: "-3mm") == nil && Length(parsing: "12 furlongs") == nil)
        #expect(PageSize.slide.size == Size(width: 960, height: 540))
        #expect(abs(PageSize.column.size.width - 240.94) < 0.01)
    }
}
