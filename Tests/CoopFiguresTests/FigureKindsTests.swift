import Testing
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting

/// What each figure function builds from a small dataset: order, labels, sources, notes, missing members.
@Suite struct FigureKindsTests {
    static let csv = """
        province,year,indicator,value,qualifier,source,note
        Quảng Ninh,2017,new_htx,86,exact,BC cụm 2017,
        Bắc Ninh,2017,new_htx,35,exact,BC cụm 2017,
        Ninh Bình,2017,new_htx,22,approx,BC Ninh Bình,ước tính
        Hà Nam,2017,new_htx,4,exact,BC cụm 2017,
        Quảng Ninh,2016,new_htx,64,exact,BC cụm 2016,
        Bắc Ninh,2016,new_htx,30,exact,BC cụm 2016,
        Hà Nam,2016,new_htx,5,exact,BC cụm 2016,
        Quảng Ninh,2017,htx,560,exact,BC cụm 2017,
        Bắc Ninh,2017,htx,390,exact,BC cụm 2017,
        Ninh Bình,2017,htx,420,exact,BC cụm 2017,
        Hà Nam,2017,htx,289,exact,BC cụm 2017,
        Quảng Ninh,2017,members,182400,exact,BC cụm 2017,
        Bắc Ninh,2017,members,95000,exact,BC cụm 2017,
        Ninh Bình,2017,members,120000,exact,BC cụm 2017,
        Hà Nam,2017,members,80000,exact,BC cụm 2017,
        """

    func data(cluster: Cluster? = nil) throws -> FigureData {
        var data = try figureData(Self.csv)
        if let cluster { data = FigureData(dataset: data.dataset, cluster: cluster) }
        return data
    }

    @Test func theBarFigureRanksHighestFirstAndCitesEachSourceByNumber() throws {
        let figure = try Figures.make(FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2017"), from: data())
        let chart = try #require(figure.chart as? RankingBarChart)
        #expect(chart.rankedBars.map(\.label) == ["Quảng Ninh¹", "Bắc Ninh¹", "Ninh Bình²", "Hà Nam¹"])
        #expect(chart.rankedBars[2].bound == .approx)
        #expect(figure.sources == ["BC cụm 2017", "BC Ninh Bình"])
        #expect(chart.chrome.footnotes.contains("Nguồn: ¹ BC cụm 2017; ² BC Ninh Bình"))
        #expect(chart.chrome.footnotes.contains("Ghi chú: Ninh Bình 2017: ước tính"))
        #expect(chart.chrome.subtitle == "Đơn vị: HTX · Tổng: ≈147")
        #expect(chart.reference?.name == "Bình quân")
    }

    @Test func aClusterMemberWithoutAFigureIsNamedAsMissing() throws {
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let figure = try Figures.make(FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2017"), from: data(cluster: cluster))
        let chart = try #require(figure.chart as? RankingBarChart)
        #expect(Set(chart.missingLabels) == ["Nam Định", "Thái Bình", "Vĩnh Phúc", "Hải Dương", "Hưng Yên"])
        #expect(chart.reference?.name == "Bình quân 4 tỉnh có số liệu")
        #expect(chart.chrome.subtitle.contains("Cụm thi đua Đồng bằng sông Hồng"))
    }

    @Test func theColumnFigureOrdersByRegistryValueOrName() throws {
        func categories(_ order: FigureRequest.Order) throws -> [String] {
            let chart = try #require(
                try Figures.make(FigureRequest(kind: .column, indicators: ["htx"], year: "2017", order: order), from: data()).chart
                    as? CategoryBarChart)
            return chart.categories
        }
        #expect(try categories(.registry) == ["Quảng Ninh", "Bắc Ninh", "Hà Nam", "Ninh Bình"])
        #expect(try categories(.value) == ["Quảng Ninh", "Ninh Bình", "Bắc Ninh", "Hà Nam"])
        #expect(try categories(.name) == ["Bắc Ninh", "Hà Nam", "Ninh Bình", "Quảng Ninh"])
    }

    @Test func theBumpFigureRanksEachPeriodAndLeavesAGapForAMissingFigure() throws {
        let chart = try #require(try Figures.make(FigureRequest(kind: .bump, indicators: ["new_htx"], years: "2016-2017"), from: data()).chart as? BumpChart)
        let ranks = Dictionary(uniqueKeysWithValues: chart.items.map { ($0.name, $0.ranks) })
        #expect(ranks["Quảng Ninh"] == [1, 1])
        #expect(ranks["Ninh Bình"] == [nil, 3])
        #expect(ranks["Hà Nam"] == [3, 4])
    }

    @Test func theRadarNormalisesEachIndicatorBetweenTheLowestAndHighestProvince() throws {
        let request = FigureRequest(kind: .radar, indicators: ["new_htx", "htx", "members"], year: "2017", provinces: ["Quảng Ninh", "Hà Nam"])
        let chart = try #require(try Figures.make(request, from: data()).chart as? RadarChart)
        #expect(chart.series.map(\.name) == ["Quảng Ninh", "Hà Nam"])
        #expect(chart.series[0].values.map(\.value) == [100, 100, 100])
        #expect(chart.series[1].values.map(\.value) == [0, 0, 0])
        // The average province on the same scale: new_htx mean 36,75 of 4…86 → 39,9.
        let average = try #require(chart.reference?.values[0].value)
        #expect(abs(average - (36.75 - 4) / 82 * 100) < 1e-9)
    }

    @Test func theDonutRefusesAnIndicatorThatDoesNotAddUp() throws {
        let csv = Self.csv + "\nHà Nam,2017,revenue_avg,1200,exact,BC,\n"
        let message = figureError(FigureRequest(kind: .donut, indicators: ["revenue_avg"], year: "2017"), try figureData(csv))
        #expect(message?.hasPrefix("--indicator: revenue_avg is an average or a share") == true)
    }

    @Test func errorsNameTheOptionAtFault() throws {
        let data = try data()
        #expect(
            figureError(FigureRequest(kind: .bar, indicators: ["new_htxx"], year: "2017"), data)?.hasPrefix(
                "--indicator: unknown indicator \"new_htxx\"; did you mean new_htx") == true)
        #expect(
            figureError(FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2017-Q3"), data)?.hasPrefix("--year: \"2017-Q3\": quarters are not periods")
                == true)
        #expect(figureError(FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2015"), data)?.contains("2016, 2017") == true)
        #expect(
            figureError(FigureRequest(kind: .radar, indicators: ["new_htx", "htx"], year: "2017"), data)?.hasPrefix(
                "--indicator: a radar chart needs at least 3") == true)
        #expect(
            figureError(FigureRequest(kind: .line, indicators: ["htx"], years: "2019-2010"), data)?.hasPrefix("--years: \"2019-2010\" is not a range") == true)
        let unknown = figureError(FigureRequest(kind: .column, indicators: ["htx"], year: "2017", provinces: ["Ha Nom"]), data)
        #expect(unknown?.hasPrefix("--province: unknown province \"Ha Nom\" in 2017; did you mean") == true, "\(unknown ?? "")")
    }

    @Test func everyKindDrawsInEnglishWithEnglishWords() throws {
        let data = try data()
        let requests: [FigureRequest] = [
            FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2017", language: .en),
            FigureRequest(kind: .stacked, indicators: ["htx", "new_htx"], year: "2017", percent: true, language: .en),
            FigureRequest(kind: .donut, indicators: ["htx"], year: "2017", language: .en),
            FigureRequest(kind: .line, indicators: ["new_htx"], years: "2016-2017", language: .en),
        ]
        for request in requests {
            let figure = try Figures.make(request, from: data)
            let texts = try drawnTexts(figure.chart).joined(separator: " | ")
            for word in ["Nguồn", "Đơn vị", "Bình quân", "Tỷ trọng", "Cơ cấu", "năm 2017"] {
                #expect(!texts.contains(word), "\(request.kind): \(word) in \(texts)")
            }
        }
    }

    @Test func ranksPerPeriodIsCompetitionRanking() {
        let figure = try? Figures.make(
            FigureRequest(kind: .bump, indicators: ["new_htx"], years: "2017"),
            from: figureData(
                """
                province,year,indicator,value
                Hà Nam,2017,new_htx,5
                Nam Định,2017,new_htx,9
                Thái Bình,2017,new_htx,9
                Ninh Bình,2017,new_htx,1
                """))
        let chart = figure?.chart as? BumpChart
        let ranks = Dictionary(uniqueKeysWithValues: (chart?.items ?? []).map { ($0.name, $0.ranks) })
        #expect(ranks == ["Hà Nam": [3], "Nam Định": [1], "Thái Bình": [1], "Ninh Bình": [4]])
    }
}
