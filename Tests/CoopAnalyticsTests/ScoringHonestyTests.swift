import CoopScoringTestSupport
import Testing
@testable import CoopAnalytics

/// Rankings the data cannot support are refused; estimates are carried to every output of scoring.
@Suite struct ScoringHonestyTests {
    let twoYears = """
        province,year,indicator,value
        Hà Nam,2022,new_htx,10
        Nam Định,2022,new_htx,12
        Hà Nam,2023,new_htx,14
        Nam Định,2023,new_htx,9
        Hà Nam,2023,htx,300
        Nam Định,2023,htx,410
        """

    let bonusScheme = """
        title: T
        criteria:
          - {id: new, indicator: new_htx, points: 50, method: minmax}
        adjustments:
          - {province: Hà Nam, points: 2, reason: "Đăng cai hội nghị"}
        awards:
          - {ranks: "1", title: "Cờ thi đua"}
        """

    func error(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return String(describing: error) }
    }

    @Test func aPeriodWithoutAnyFigureIsRefusedNamingThePeriodsTheDataHas() throws {
        let data = try dataset(twoYears)
        let scheme = try scoringScheme(bonusScheme)
        let scope = data.provinces(in: Period(year: 2023))
        let message = try #require(error { try ScoreEngine(dataset: data).score(scheme, period: Period(year: 2024), scope: scope) })
        #expect(message.hasPrefix("scheme.yaml: nothing to rank in 2024"))
        #expect(message.contains("new_htx"))
        #expect(message.contains("2022, 2023"))
    }

    @Test func aCriterionNobodyHasIsRefusedNamingItsIndicatorAndWhereItExists() throws {
        let data = try dataset(twoYears + "\nHà Nam,2022,profit_avg,120\n")
        let scheme = try scoringScheme(
            """
            title: T
            criteria:
              - {id: new, indicator: new_htx, points: 50, method: minmax}
              - {id: profit, indicator: profit_avg, points: 20, method: minmax}
            """)
        let message = try #require(
            error { try ScoreEngine(dataset: data).score(scheme, period: Period(year: 2023), scope: data.provinces(in: Period(year: 2023))) })
        #expect(message.hasPrefix("scheme.yaml:4: criterion \"profit\" (indicator profit_avg) has no value for any of the 2 provinces in scope in 2023"))
        #expect(message.contains("profit_avg is in the data for 2022"))
    }

    @Test func aFormulaCriterionNobodyHasNamesEachOperand() throws {
        let data = try dataset(twoYears)
        let scheme = try scoringScheme(
            """
            title: T
            criteria:
              - {id: new, indicator: new_htx, points: 50, method: minmax}
              - {id: mph, formula: "members / htx", points: 20, method: proportional}
            """)
        let message = try #require(
            error { try ScoreEngine(dataset: data).score(scheme, period: Period(year: 2023), scope: data.provinces(in: Period(year: 2023))) })
        #expect(message.contains("criterion \"mph\" (formula members / htx)"))
        #expect(message.contains("members is in no file read"))
        #expect(message.contains("htx is in the data for 2023"))
    }

    @Test func aProvinceMissingSomeCriteriaKeepsTheMissingRule() throws {
        let sheet = try scoreSheet(
            twoYears + "\nNinh Bình,2023,new_htx,11\n",
            """
            title: T
            criteria:
              - {id: new, indicator: new_htx, points: 50, method: minmax}
              - {id: size, indicator: htx, points: 10, method: minmax}
            """, period: Period(year: 2023))
        let ninhBinh = sheet.row("Ninh Bình")
        #expect(ninhBinh.flags.contains("missing:size"))
        #expect(sheet.points("Ninh Bình", "size") == 0)
        #expect(!ninhBinh.flags.contains("no-data"))
    }

    @Test func aProvinceWithNoFigureAtAllGetsNoAwardAndRanksLast() throws {
        let csv = """
            province,year,indicator,value
            Nam Định,2023,new_htx,0
            Ninh Bình,2023,new_htx,0
            """
        let data = try dataset(csv)
        let scheme = try scoringScheme(bonusScheme)
        // Hà Nam is in scope (a cluster member) but has no figure: its +2 must not win the flag.
        let scope = [data.registry.provinces.firstIndex { $0.name == "Hà Nam" }!] + data.provinces(in: Period(year: 2023))
        let sheet = try ScoreEngine(dataset: data).score(scheme, period: Period(year: 2023), scope: scope)
        let haNam = sheet.row("Hà Nam")
        #expect(haNam.award == nil)
        #expect(haNam.flags.contains("no-data"))
        #expect(haNam.rank == 3)
        #expect(sheet.row("Nam Định").award == "Cờ thi đua")
        #expect(sheet.row("Ninh Bình").award == "Cờ thi đua")
    }

    // MARK: estimates

    let estimates = """
        province;year;indicator;value
        Hà Nam;2023;new_htx;khoảng 38
        Nam Định;2023;new_htx;25
        Ninh Bình;2023;new_htx;hơn 30
        Hà Nam;2023;members;12.000
        Nam Định;2023;members;hơn 154.071
        Ninh Bình;2023;members;9.500
        Hà Nam;2023;htx;300
        Nam Định;2023;htx;410
        Ninh Bình;2023;htx;280
        """

    let estimateScheme = """
        title: T
        criteria:
          - {id: new, indicator: new_htx, points: 50, method: minmax}
          - {id: mph, formula: "members / htx", points: 30, method: proportional}
        """

    func estimateSheet() throws -> ScoreSheet {
        try scoreSheet(estimates, estimateScheme, period: Period(year: 2023))
    }

    @Test func approximateAndBoundedInputsAreFlaggedPerCriterion() throws {
        let sheet = try estimateSheet()
        #expect(sheet.row("Hà Nam").flags.contains("approx:new"))
        #expect(!sheet.row("Hà Nam").flags.contains { $0.hasSuffix(":mph") })
        #expect(sheet.row("Ninh Bình").flags.contains("bound:new"))
        #expect(sheet.row("Nam Định").flags.contains("bound:mph"))
        #expect(!sheet.row("Nam Định").flags.contains { $0.hasSuffix(":new") })
    }

    @Test func theCellsCarryTheMarkOfWhatTheyRestOn() throws {
        let sheet = try estimateSheet()
        let new = sheet.columns.firstIndex { $0.id == "new" }!, mph = sheet.columns.firstIndex { $0.id == "mph" }!
        #expect(sheet.row("Hà Nam").cells[new].estimate == .approx)
        #expect(sheet.row("Ninh Bình").cells[new].estimate == .atLeast)
        // Through a division a bound loses its direction: the formula's value is approximate.
        #expect(sheet.row("Nam Định").cells[mph].estimate == .approx)
        #expect(sheet.row("Hà Nam").cells[mph].estimate == .exact)
    }

    @Test func theTableMarksPointsAndTheCSVAndJSONCarryTheFlags() throws {
        let sheet = try estimateSheet()
        let output = ScoreSheetOutput(sheet: sheet, language: .vi)
        #expect(output.table().contains("≈50"))
        #expect(output.table().contains(">19,23"))
        #expect(output.csv().contains("approx:new"))
        #expect(output.csv().contains("bound:mph"))
        let json = output.json().text()
        #expect(json.contains("\"qualifiers\""))
        #expect(json.contains("\"new\": \"approx\"") || json.contains("\"new\":\"approx\""))
    }

    @Test func theExplanationSaysTheValueIsAnEstimate() throws {
        let sheet = try estimateSheet()
        let lines = ScoreExplanation(sheet: sheet, language: .vi).lines(for: sheet.row("Hà Nam"))
        #expect(lines.contains("   Giá trị: new_htx ≈ 38 (khoảng, ước tính)"))
        let english = ScoreExplanation(sheet: sheet, language: .en).lines(for: sheet.row("Ninh Bình"))
        #expect(english.contains("   Value: new_htx > 30 (at least, a lower bound)"))
        let formula = ScoreExplanation(sheet: sheet, language: .vi).lines(for: sheet.row("Nam Định"))
        #expect(formula.contains { $0.contains("members / htx = >154.071 / 410 ≈") })
    }

    @Test func theDrawsMoveEstimatesAndOnlyTowardsTheirOpenSide() throws {
        let sheet = try estimateSheet()
        let input = SensitivityInput(sheet: sheet, estimateSpread: 0.1)
        let new = try #require(input.uncertain.first { sheet.columns[$0.column].id == "new" })
        var generator = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let ninhBinh = UncertainCriterion.draw(30, .atLeast, 0.1, &generator)
            #expect(ninhBinh >= 30 && ninhBinh <= 33)
            let below = UncertainCriterion.draw(30, .atMost, 0.1, &generator)
            #expect(below >= 27 && below <= 30)
            let about = UncertainCriterion.draw(38, .approx, 0.1, &generator)
            #expect(about >= 34.2 && about <= 41.8)
        }
        #expect(new.estimatedCount == 2)
    }

    @Test func estimatesWidenTheBandsAndNoEstimateSpreadKeepsTheWeightOnlyModel() throws {
        // Two provinces whose order depends only on an approximate figure: ±10 % can swap them.
        let sheet = try scoreSheet(
            """
            province,year,indicator,value,qualifier
            Hà Nam,2023,new_htx,100,approx
            Nam Định,2023,new_htx,96,exact
            Ninh Bình,2023,new_htx,10,exact
            """, "title: T\ncriteria:\n  - {id: new, indicator: new_htx, points: 50, method: proportional}\n", period: Period(year: 2023))
        let withEstimates = SensitivityAnalysis(sheet: sheet, draws: 2000, seed: 5, spread: 0, estimateSpread: 0.1)
        let without = SensitivityAnalysis(sheet: sheet, draws: 2000, seed: 5, spread: 0, estimateSpread: 0)
        let haNam = try #require(withEstimates.rows.first { $0.name == "Hà Nam" })
        #expect(haNam.highRank == 2)
        #expect(haNam.firstShare < 1 && haNam.firstShare > 0.5)
        #expect(without.rows.allSatisfy { $0.lowRank == $0.nominalRank && $0.highRank == $0.nominalRank })
        #expect(withEstimates.estimatedValues == 1)
        // The same seed and threads do not change the result with estimates either.
        #expect(SensitivityAnalysis(sheet: sheet, draws: 2000, seed: 5, spread: 0, estimateSpread: 0.1, threads: 3).rows == withEstimates.rows)
    }
}

/// Over generated datasets and schemes: whatever the gaps, no award goes to a total made from no data,
/// and a refusal happens exactly when some criterion (or the whole period) has no value at all.
@Suite struct ScoringHonestyProperties {
    static let provinces = [
        "Hà Nam", "Nam Định", "Thái Bình", "Hưng Yên", "Ninh Bình", "Bắc Ninh", "Hải Dương",
        "Quảng Ninh", "Vĩnh Phúc", "Hà Nội", "Hải Phòng", "Thanh Hóa",
    ]
    static let indicators = ["new_htx", "htx", "members", "tht", "credit_funds"]

    @Test(arguments: 0..<150) func noAwardFromNoDataAndRefusalOnlyWhenACriterionIsEmpty(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        func chance(_ p: Double) -> Bool { random.nextUnit() < p }
        let presence = [0.0, 0.2, 0.6, 1.0][Int(random.next() % 4)]
        var csv = "province,year,indicator,value,qualifier\n"
        var present: [String: Set<String>] = [:]
        for name in Self.provinces {
            for id in Self.indicators where chance(presence) {
                let qualifier = ["exact", "approx", "at_least", "at_most"][Int(random.next() % 4)]
                csv += "\(name),2023,\(id),\(random.next() % 50),\(qualifier)\n"
                present[id, default: []].insert(name)
            }
        }
        csv += "Hà Nam,2019,htx,7,exact\n"  // so the data is never empty
        let criteria = (0..<Int(1 + random.next() % 3)).map { k in
            (
                id: "c\(k)", indicator: Self.indicators[Int(random.next() % UInt64(Self.indicators.count))],
                method: ["minmax", "proportional", "rank"][Int(random.next() % 3)]
            )
        }
        var yaml = "title: T\ncriteria:\n"
        for c in criteria { yaml += "  - {id: \(c.id), indicator: \(c.indicator), points: 10, method: \(c.method)}\n" }
        yaml += "adjustments:\n"
        for name in Self.provinces.prefix(3) { yaml += "  - {province: \(name), points: \(Int(random.next() % 5) + 1), reason: bonus}\n" }
        yaml += "awards:\n  - {ranks: \"1-12\", title: Khen}\n"

        let data = try dataset(csv)
        let scheme = try scoringScheme(yaml)
        let scope = Self.provinces.map { provinceIndex($0, Period(year: 2023)) }
        let someCriterionIsEmpty = criteria.contains { present[$0.indicator, default: []].isEmpty }
        do {
            let sheet = try ScoreEngine(dataset: data).score(scheme, period: Period(year: 2023), scope: scope)
            #expect(!someCriterionIsEmpty, "a criterion without any value must be refused")
            for row in sheet.rows where row.award != nil {
                #expect(row.cells.contains { !$0.isMissing }, "\(row.name) was awarded from no data")
            }
            let withData = sheet.rows.filter { $0.cells.contains { !$0.isMissing } }.map(\.rank)
            let withoutData = sheet.rows.filter { $0.cells.allSatisfy(\.isMissing) }.map(\.rank)
            #expect((withData.max() ?? 0) < (withoutData.min() ?? Int.max), "a province without data ranked above one with data")
        } catch let error as InputError {
            #expect(someCriterionIsEmpty, "refused although every criterion has a value: \(error)")
        }
    }
}
