import Testing
@testable import CoopAnalytics

@Suite struct IndicatorTableTests {
    let csv = """
        province,year,indicator,value,qualifier,source
        Quảng Ninh,2017,new_htx,86,,A
        Bắc Ninh,2017,new_htx,35,,A
        Ninh Bình,2017,new_htx,22,approx,B
        Vĩnh Phúc,2017,new_htx,22,,A
        Nam Định,2017,new_htx,10,,A
        Quảng Ninh,2016,new_htx,64,,A
        """

    @Test func competitionRanksShareTheBestRankAndSkip() {
        #expect(CompetitionRanking.ranks([86, 35, 22, 22, 10]) == [1, 2, 3, 3, 5])
        #expect(CompetitionRanking.ranks([5, 5, 5, 5, 5, 1]) == [1, 1, 1, 1, 1, 6])
        #expect(CompetitionRanking.ranks([3, 1, 2], higherIsBetter: false) == [3, 1, 2])
    }

    @Test func totalsSharesRanksAndGrowth() throws {
        let data = try dataset(csv)
        let table = IndicatorTable(dataset: data, indicator: IndicatorCatalog.standard["new_htx"]!, period: Period(year: 2017))
        #expect(table.total?.value == 175)
        #expect(table.total?.qualifier == .approx)
        #expect(table.rows.map(\.rank) == [1, 2, 3, 3, 5])
        let first = table.rows[0]
        #expect(abs(first.sharePercent! - 86.0 / 175 * 100) < 1e-9)
        #expect(abs(first.growthPercent! - (86.0 - 64) / 64 * 100) < 1e-9)
        #expect(table.rows[1].growthPercent == nil)
        #expect(table.sources == ["A", "B"])
        #expect(table.average?.value == 35)
    }

    @Test func membersWithoutAFigureAreMissingAndTheSumBecomesALowerBound() throws {
        let data = try dataset(csv.replacingOccurrences(of: ",approx,", with: ",,"))
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let table = IndicatorTable(dataset: data, indicator: IndicatorCatalog.standard["new_htx"]!, period: Period(year: 2017), scope: cluster.members)
        #expect(table.missing.count == 4)
        #expect(table.total?.qualifier == .atLeast)
        #expect(table.rows.count == 5)
    }

    @Test func averagesAreWeightedByTheirDenominator() throws {
        let data = try dataset(
            """
            province,year,indicator,value
            Hà Nam,2017,revenue_avg,100
            Hà Nam,2017,htx,1
            Nam Định,2017,revenue_avg,200
            Nam Định,2017,htx,3
            """)
        let table = IndicatorTable(dataset: data, indicator: IndicatorCatalog.standard["revenue_avg"]!, period: Period(year: 2017))
        #expect(table.total?.value == 175)
        #expect(table.total?.method == .weightedMean(over: "htx"))
        #expect(table.rows.allSatisfy { $0.sharePercent == nil })
    }

    @Test func aWeightedMeanWithoutWeightsSaysWhy() throws {
        let data = try dataset("province,year,indicator,value\nHà Nam,2017,revenue_avg,100\n")
        let table = IndicatorTable(dataset: data, indicator: IndicatorCatalog.standard["revenue_avg"]!, period: Period(year: 2017))
        #expect(table.total == nil)
        #expect(table.totalUnavailableReason?.contains("needs htx") == true)
    }
}
