import CoopCharts
import CoopFormatting
import Testing

@Suite("Ranking bar chart layout, read from a recording")
struct RankingBarLayoutTests {
    @Test("bars run from the highest value at the top down to the lowest", arguments: [2, 9, 63])
    func barsDescendTopToBottom(count: Int) throws {
        let chart = count == 9 ? Fixtures.nine : Fixtures.many(count)
        let layout = try RecordedLayout(chart)
        let values = chart.rankedBars.map(\.value)
        #expect(layout.bars.count == count)
        #expect(values == values.sorted(by: >))
        #expect(RecordedLayout.readsDownPanels(layout.bars))
        let widths = layout.bars.map(\.width)
        #expect(zip(widths, widths.dropFirst()).allSatisfy { $0 >= $1 - 1e-9 })
        // Completeness: every name and every value label is drawn whole, not only "no overlap".
        #expect(layout.missingLabels(of: chart) == [])
    }

    @Test("63 bars on a slide split into side-by-side panels with legible type", arguments: [30, 34, 57, 63])
    func manyBarsKeepEveryName(count: Int) throws {
        let chart = Fixtures.many(count)
        let layout = try RecordedLayout(chart)
        #expect(layout.missingLabels(of: chart) == [])
        let names = layout.texts.filter { text in chart.rankedBars.contains { $0.label == text.text } }
        #expect(names.count == count)
        #expect(names.allSatisfy { $0.font.size >= 6.5 - 1e-9 })
        #expect(layout.overlappingTexts == [])
    }

    @Test("the nine-province chart ranks Quảng Ninh first and Hà Nam last, Nam Định (10) above Hưng Yên (8)")
    func nineProvincesOrder() {
        let labels = Fixtures.nine.rankedBars.map(\.label)
        #expect(
            labels == [
                "Quảng Ninh", "Bắc Ninh", "Ninh Bình", "Vĩnh Phúc", "Hải Dương", "Nam Định",
                "Hưng Yên", "Thái Bình", "Hà Nam",
            ])
    }

    @Test("ties keep the order they were given in")
    func tiesAreStable() {
        let chart = Fixtures.chart([("B", 5), ("A", 7), ("C", 5), ("D", 5)])
        #expect(chart.rankedBars.map(\.label) == ["A", "B", "C", "D"])
    }

    @Test(
        "every text lies inside the canvas and no two texts overlap",
        arguments: [2, 9, 63])
    func textsInsideAndApart(count: Int) throws {
        let chart = count == 9 ? Fixtures.nine : Fixtures.many(count)
        let layout = try RecordedLayout(chart)
        #expect(layout.textsOutsideCanvas == [])
        #expect(layout.overlappingTexts == [])
    }

    @Test("long Vietnamese names are wrapped or shortened, staying inside and apart", arguments: [2, 9, 63])
    func longLabels(count: Int) throws {
        var pairs = (0..<count).map { ("\(Fixtures.longLabel) \($0 + 1)", Double(count - $0) * 3) }
        pairs[0].0 = Fixtures.longLabel + " và các xã lân cận thuộc vùng kinh tế trọng điểm phía Nam"
        let chart = Fixtures.chart(
            pairs, title: "Một tiêu đề rất dài " + String(repeating: "về kinh tế tập thể ", count: 12),
            reference: .init(value: 10, name: "Bình quân"))
        let layout = try RecordedLayout(chart)
        #expect(layout.textsOutsideCanvas == [])
        #expect(layout.overlappingTexts == [])
        let labelColumn = layout.texts.filter { $0.text.hasPrefix("Thành phố") }
        #expect(!labelColumn.isEmpty)
        #expect(labelColumn.allSatisfy { $0.box.width <= 960 * 0.45 + 0.01 })
        #expect(layout.texts.contains { $0.text.hasSuffix("…") })
    }

    @Test("negative values draw bars to the left of the zero line, with labels inside and apart")
    func negativeValues() throws {
        let chart = Fixtures.chart([("Tăng mạnh", 12.5), ("Giảm", -7.5), ("Giảm nhẹ", -1), ("Đi ngang", 0)])
        let layout = try RecordedLayout(chart)
        let zeroLine = try #require(layout.recording.strokedPaths.first { $0.style.dash.isEmpty })
        guard case let .move(start) = zeroLine.path.elements[0] else { Issue.record("zero line has no start"); return }
        let negative = layout.bars.filter { $0.maxX <= start.x + 1e-9 && $0.width > 0 }
        #expect(negative.count == 2)
        #expect(layout.bars[0].minX >= start.x - 1e-9)
        #expect(layout.text("−7,5") != nil)
        #expect(layout.textsOutsideCanvas == [])
        #expect(layout.overlappingTexts == [])
    }

    @Test(
        "all-equal, all-zero and single-bar charts draw finite bars",
        arguments: [
            [("A", 4.0), ("B", 4.0), ("C", 4.0)], [("A", 0.0), ("B", 0.0)], [("Một mình", 42.0)],
        ])
    func degenerateValues(pairs: [(String, Double)]) throws {
        let chart = Fixtures.chart(pairs, reference: .init(value: pairs[0].1, name: "Bình quân"))
        let layout = try RecordedLayout(chart)
        // A zero is a bar of no length: its value label says 0.
        #expect(layout.bars.count == pairs.filter { $0.1 != 0 }.count)
        #expect(layout.missingLabels(of: chart) == [])
        #expect(layout.bars.allSatisfy { $0.x.isFinite && $0.width.isFinite && $0.width >= 0 })
        #expect(layout.textsOutsideCanvas == [])
        #expect(layout.overlappingTexts == [])
    }

    @Test("value labels carry the bound marks in the Vietnamese number format")
    func boundMarks() throws {
        let chart = RankingBarChart(
            chrome: ChartChrome(title: "Doanh thu"),
            bars: [
                .init(label: "A", value: 120_000, bound: .atLeast), .init(label: "B", value: 590, bound: .approx),
                .init(label: "C", value: 3000, bound: .atMost), .init(label: "D", value: 46.5),
            ])
        let layout = try RecordedLayout(chart)
        for expected in [">120.000", "≈590", "<3.000", "46,5"] { #expect(layout.text(expected) != nil, "\(expected)") }
        let legend = try #require(chart.boundsLegend)
        #expect(legend.contains(ValueBound.approx.legend(.vi)) && legend.contains(ValueBound.atLeast.legend(.vi)))
        #expect(layout.texts.contains { $0.text.contains("ít nhất") })
    }

    @Test("English charts use English separators and the English missing note")
    func englishLocale() throws {
        let chart = RankingBarChart(
            chrome: ChartChrome(title: "Revenue", locale: .en, maxDecimals: 1),
            bars: [.init(label: "A", value: 2_425_931.5)], missingLabels: ["Ha Nam"])
        let layout = try RecordedLayout(chart)
        #expect(layout.text("2,425,931.5") != nil)
        #expect(layout.text("No data: Ha Nam") != nil)
    }

    @Test("items without data are named in a note and never drawn as bars")
    func missingItems() throws {
        let chart = Fixtures.chart([("Bắc Ninh", 35), ("Hà Nam", .nan)], missing: ["Thái Bình"])
        let layout = try RecordedLayout(chart)
        #expect(layout.bars.count == 1)
        #expect(layout.text("Chưa có số liệu: Thái Bình, Hà Nam") != nil)
        #expect(!layout.texts.contains { $0.text == "Hà Nam" })
    }

    @Test("decomposed (NFD) input reaches the backend precomposed (NFC)")
    func textArrivesNFC() throws {
        let nfdLabel = "Thái Bình".decomposedStringWithCanonicalMapping
        let nfdTitle = "Số hợp tác xã".decomposedStringWithCanonicalMapping
        #expect(Array(nfdLabel.unicodeScalars) != Array("Thái Bình".unicodeScalars))
        let chart = RankingBarChart(
            chrome: ChartChrome(title: nfdTitle, footnotes: ["Nguồn: Liên minh HTX".decomposedStringWithCanonicalMapping]),
            bars: [.init(label: nfdLabel, value: 6)])
        let layout = try RecordedLayout(chart)
        #expect(layout.text("Thái Bình") != nil)
        #expect(layout.text("Số hợp tác xã") != nil)
        #expect(layout.texts.allSatisfy { Array($0.text.unicodeScalars) == Array($0.text.nfc.unicodeScalars) })
    }

    @Test("the reference line is dashed and its label sits apart from every other text")
    func referenceLine() throws {
        let layout = try RecordedLayout(Fixtures.nine)
        let dashed = layout.recording.strokedPaths.filter { !$0.style.dash.isEmpty }
        #expect(dashed.count == 1)
        let label = try #require(layout.text("Bình quân cụm: 22,9"))
        #expect(layout.texts.filter { $0 != label }.allSatisfy { !$0.box.intersects(label.box) })
    }

    @Test("the highlighted bar is drawn in the highlight colour, the others in the bar colour")
    func highlight() throws {
        let layout = try RecordedLayout(Fixtures.nine)
        let colours = layout.recording.filledRects.filter { $0.color == Palette.bar || $0.color == Palette.highlight }
        #expect(colours.map(\.color) == [Palette.bar, Palette.highlight] + Array(repeating: Palette.bar, count: 7))
    }
}
