import Testing
@testable import CoopAnalytics

@Suite struct HarmonizerTests {
    private func name(_ observation: Observation) -> String { ProvinceRegistry.bundled.provinces[observation.province].name }

    @Test func countsOfMergedProvincesAreSummedIntoTheNewUnit() throws {
        let data = try ingest("province,year,indicator,value\nNinh Bình,2017,htx,420\nHà Nam,2017,htx,289\nNam Định,2017,htx,450\nQuảng Ninh,2017,htx,560\n")
        let result = try Harmonizer.harmonize(data)
        let ninhBinh = try #require(result.dataset.observations.first { $0.indicator == "htx" && self.name($0) == "Ninh Bình" })
        #expect(ninhBinh.value == 1159)
        #expect(ninhBinh.qualifier == .exact)
        #expect(ProvinceRegistry.bundled.provinces[ninhBinh.province].validFrom?.description == "2025-07-01")
        #expect(ninhBinh.note == "= Ninh Bình + Hà Nam + Nam Định")
        #expect(result.dataset.observations.count == 2)
        #expect(result.notes.isEmpty)
    }

    @Test func averagesAreRecomputedWithTheirWeights() throws {
        let data = try ingest("province,year,indicator,value\nHưng Yên,2017,revenue_avg,100\nHưng Yên,2017,htx,1\nThái Bình,2017,revenue_avg,200\nThái Bình,2017,htx,3\n")
        let result = try Harmonizer.harmonize(data)
        #expect(result.dataset.observations.first { $0.indicator == "revenue_avg" }?.value == 175)
        #expect(result.dataset.observations.first { $0.indicator == "htx" }?.value == 4)
    }

    @Test func anIndicatorThatDoesNotAggregateIsRefused() throws {
        let catalog = try IndicatorCatalogFile.load(text: "- {id: rank_flag, label_vi: Cờ, kind: stock, aggregation: none}\n", file: "i.yaml", into: .standard)
        let data = try ingest("province,year,indicator,value\nHà Nam,2017,rank_flag,1\n", file: "f.csv", catalog: catalog)
        #expect(throws: InputError(file: "f.csv", line: 2, field: "indicator",
                                   message: "rank_flag does not aggregate (aggregation: none), so Hà Nam's figure cannot be carried into Ninh Bình (37, from 2025-07-01); leave rank_flag out, or give it a rule (sum or weighted_mean) with --indicators FILE.yaml")) {
            try Harmonizer.harmonize(data)
        }
    }

    @Test func aNewUnitMissingSomeOldUnitsGetsALowerBoundAndANote() throws {
        let data = try ingest("province,year,indicator,value\nHải Dương,2017,htx,560\n")
        let result = try Harmonizer.harmonize(data)
        #expect(result.dataset.observations.first?.qualifier == .atLeast)
        #expect(result.notes == ["Hải Phòng (31, from 2025-07-01): no figures from Hải Phòng for htx 2017; those values are lower bounds (counts) or approximate (averages)"])
    }

    @Test func theUnchangedProvincesPassThrough() throws {
        let data = try ingest("province,year,indicator,value\nQuảng Ninh,2017,htx,560\nHà Nội,2026,htx,1000\n")
        #expect(try Harmonizer.harmonize(data).dataset.observations.map(\.value) == [560, 1000])
    }

    @Test func theHarmonizedCSVHasTheContractColumns() throws {
        let data = try ingest("province,year,indicator,value\nHưng Yên,2017,htx,390\nThái Bình,2017,htx,470\n")
        #expect(HarmonizedTable.csv(try Harmonizer.harmonize(data).dataset) == "code,province,period,indicator,value\n33,Hưng Yên,2017,htx,860\n")
    }
}

@Suite struct SummaryReportTests {
    let csv = "province,year,indicator,value\nQuảng Ninh,2017,new_htx,86\nBắc Ninh,2017,new_htx,35\nQuảng Ninh,2016,new_htx,64\nHà Nam,2017,revenue_avg,100\nHà Nam,2017,htx,1\nNam Định,2017,revenue_avg,\"200,5\"\nNam Định,2017,htx,3\n"

    @Test func theCSVHasTheContractColumnsAndATotalRowPerIndicator() throws {
        let report = SummaryReport(dataset: try ingest(csv), period: Period(year: 2017))
        #expect(report.csv() == """
        indicator,code,province,period,value,qualifier,share_pct,rank,growth_pct
        htx,36,Nam Định,2017,3,exact,75,1,
        htx,35,Hà Nam,2017,1,exact,25,2,
        htx,TOTAL,Tổng,2017,4,exact,100,,
        new_htx,22,Quảng Ninh,2017,86,exact,71.07,1,34.38
        new_htx,27,Bắc Ninh,2017,35,exact,28.93,2,
        new_htx,TOTAL,Tổng,2017,121,exact,100,,
        revenue_avg,36,Nam Định,2017,200.5,exact,,1,
        revenue_avg,35,Hà Nam,2017,100,exact,,2,
        revenue_avg,TOTAL,Tổng,2017,175.375,exact,,,

        """)
    }

    @Test func clusterMembersWithoutAFigureAreListedAsMissing() throws {
        let report = SummaryReport(dataset: try ingest(csv), cluster: Cluster.builtIn("dbsh-2017"), period: Period(year: 2017))
        let newHTX = report.rows.filter { $0.indicator == "new_htx" }
        #expect(newHTX.count == 10)
        #expect(newHTX.filter { $0.value == nil }.count == 7)
        #expect(newHTX.last?.qualifier == .atLeast)
    }

    @Test func theJSONUsesNullForEmptyCells() throws {
        let report = SummaryReport(dataset: try ingest("province,year,indicator,value\nQuảng Ninh,2017,new_htx,~86\n"), period: Period(year: 2017))
        #expect(report.json() == """
        [
          {"indicator": "new_htx", "code": "22", "province": "Quảng Ninh", "period": "2017", "value": 86, "qualifier": "approx", "share_pct": 100, "rank": 1, "growth_pct": null},
          {"indicator": "new_htx", "code": "TOTAL", "province": "Tổng", "period": "2017", "value": 86, "qualifier": "approx", "share_pct": 100, "rank": null, "growth_pct": null}
        ]

        """)
    }

    @Test func theTableUsesTheLanguagesNumberFormat() throws {
        let report = SummaryReport(dataset: try ingest("province,year,indicator,value\nQuảng Ninh,2017,members,\"182.400\"\nHà Nam,2017,members,~1000\n"), period: Period(year: 2017))
        let table = report.table(catalog: .standard, language: .vi)
        #expect(table.contains("182.400"))
        #expect(table.contains("≈1.000"))
        let english = report.table(catalog: .standard, language: .en)
        #expect(english.contains("182,400"))
        #expect(english.contains("≈183,400"))
    }
}
