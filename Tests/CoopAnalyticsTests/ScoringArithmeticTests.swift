import CoopScoringTestSupport
import Testing
@testable import CoopAnalytics

/// The arithmetic of issue 4, on cases small enough to compute by hand.
@Suite struct ScoringArithmeticTests {
    @Test func minmaxHigherIsBetterMatchesTheHandComputation() throws {
        // 30 × (35 − 10) / (86 − 10) = 30 × 25 / 76 = 9,868… → 9,87
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Quảng Ninh,2017,new_htx,86
            Bắc Ninh,2017,new_htx,35
            Nam Định,2017,new_htx,10
            """, singleCriterion("indicator: new_htx\npoints: 30\nmethod: minmax"))
        #expect(sheet.points("Quảng Ninh", "c") == 30)
        #expect(sheet.points("Bắc Ninh", "c") == 9.87)
        #expect(sheet.points("Nam Định", "c") == 0)
        #expect(sheet.rows.map(\.name) == ["Quảng Ninh", "Bắc Ninh", "Nam Định"])
        #expect(sheet.rows.map(\.rank) == [1, 2, 3])
    }

    @Test func allEqualValuesGiveEveryoneTheFullPointsAndTieAtRankOne() throws {
        let csv = """
            province,year,indicator,value
            Hà Nam,2017,new_htx,5
            Nam Định,2017,new_htx,5
            Thái Bình,2017,new_htx,5
            """
        let minmax = try scoreSheet(csv, singleCriterion("indicator: new_htx\npoints: 20\nmethod: minmax"))
        #expect(minmax.rows.map(\.total) == [20, 20, 20])
        #expect(minmax.rows.map(\.rank) == [1, 1, 1])
        #expect(minmax.rows.allSatisfy { $0.flags == ["tie", "vote"] })
        let zeros = csv.replacingOccurrences(of: ",5", with: ",0")
        let proportional = try scoreSheet(zeros, singleCriterion("indicator: new_htx\npoints: 20\nmethod: proportional"))
        #expect(proportional.rows.map(\.total) == [20, 20, 20])
    }

    @Test func aZeroMaximumGivesZeroPoints() throws {
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,4
            Nam Định,2017,new_htx,10
            """, singleCriterion("indicator: new_htx\npoints: 0\nmethod: minmax"))
        #expect(sheet.points("Hà Nam", "c") == 0)
        #expect(sheet.points("Nam Định", "c") == 0)
        #expect(sheet.rows.allSatisfy { $0.total == 0 })
    }

    @Test func aMissingValueScoresZeroWithAFlagAndIsLeftOutOfMinAndMax() throws {
        // Thái Bình has data in 2017 but no new_htx: min and max are over Hà Nam and Nam Định only.
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Nam Định,2017,new_htx,20
            Thái Bình,2017,htx,470
            """, singleCriterion("indicator: new_htx\npoints: 10\nmethod: minmax"))
        #expect(sheet.points("Hà Nam", "c") == 0)
        #expect(sheet.points("Nam Định", "c") == 10)
        #expect(sheet.points("Thái Bình", "c") == 0)
        // Without any criterion's figure Thái Bình ranks after the provinces with data.
        #expect(sheet.row("Thái Bình").flags == ["no-data", "missing:c"])
        #expect(sheet.row("Thái Bình").rank == 3)
        #expect(sheet.row("Thái Bình").cells[0].value == nil)
        #expect(sheet.columns[0].minimum == 10 && sheet.columns[0].count == 2)
    }

    @Test func clusterMembersWithoutAnyFigureAreRankedWithMissingFlags() throws {
        let data = try dataset("province,year,indicator,value\nHà Nam,2017,new_htx,4\nNam Định,2017,new_htx,10\n")
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let sheet = try ScoreEngine(dataset: data).score(
            try scoringScheme(singleCriterion("indicator: new_htx\npoints: 10\nmethod: minmax")),
            period: Period(year: 2017), scope: cluster.members, cluster: cluster)
        #expect(sheet.rows.count == 9)
        #expect(sheet.row("Quảng Ninh").flags.contains("missing:c"))
        #expect(sheet.row("Nam Định").rank == 1)
        #expect(sheet.row("Hà Nam").rank == 2)
        #expect(sheet.clusterName == "dbsh-2017")
    }

    @Test func aTieOnTheTotalIsBrokenByTheTiebreakChain() throws {
        // Every total is 10: Yên Bái-like split. tiebreak b: Hưng Yên 10, Thái Bình 5, Hà Nam 0.
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Hà Nam,2017,tht,0
            Hưng Yên,2017,new_htx,0
            Hưng Yên,2017,tht,10
            Thái Bình,2017,new_htx,5
            Thái Bình,2017,tht,5
            """,
            """
            title: T
            criteria:
              - {id: a, indicator: new_htx, points: 10, method: minmax}
              - {id: b, indicator: tht, points: 10, method: minmax}
            tiebreak: [b, a]
            """)
        #expect(sheet.rows.map(\.total) == [10, 10, 10])
        #expect(sheet.rows.map(\.name) == ["Hưng Yên", "Thái Bình", "Hà Nam"])
        #expect(sheet.rows.map(\.rank) == [1, 2, 3])
        #expect(sheet.rows.allSatisfy { $0.flags.isEmpty })
        #expect(sheet.rows.allSatisfy { $0.decidedBy == "b" })
    }

    @Test func aTieThatTheChainCannotBreakSharesTheRankAndSkipsTheNext() throws {
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Quảng Ninh,2017,new_htx,30
            Hà Nam,2017,new_htx,20
            Nam Định,2017,new_htx,20
            Thái Bình,2017,new_htx,10
            """, singleCriterion("indicator: new_htx\npoints: 10\nmethod: minmax", extra: "tiebreak: [c]"))
        #expect(sheet.rows.map(\.rank) == [1, 2, 2, 4])
        #expect(sheet.row("Hà Nam").flags == ["tie"])
        #expect(sheet.row("Nam Định").flags == ["tie"])
        #expect(sheet.row("Quảng Ninh").flags.isEmpty)
        #expect(!sheet.voteAtTop)
    }

    @Test func aFiveWayTieAtRankOneIsAllRankOneWithTieAndVoteAndTheNextRankIsSix() throws {
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Nam Định,2017,new_htx,10
            Thái Bình,2017,new_htx,10
            Hưng Yên,2017,new_htx,10
            Ninh Bình,2017,new_htx,10
            Bắc Ninh,2017,new_htx,2
            """,
            singleCriterion(
                "indicator: new_htx\npoints: 40\nmethod: minmax",
                extra: """
                    awards:
                      - {ranks: "1", title: "Cờ thi đua"}
                      - {ranks: "2-6", title: "Giấy khen"}
                    """))
        #expect(sheet.rows.map(\.rank) == [1, 1, 1, 1, 1, 6])
        #expect(sheet.rows.prefix(5).allSatisfy { $0.flags == ["tie", "vote"] && $0.award == "Cờ thi đua" && $0.total == 40 })
        #expect(sheet.row("Bắc Ninh").flags.isEmpty)
        #expect(sheet.row("Bắc Ninh").award == "Giấy khen")
        #expect(sheet.voteAtTop)
    }

    @Test func lowerIsBetterReversesMinmaxAndProportional() throws {
        let csv = """
            province,year,indicator,value
            Hà Nam,2017,dissolved_htx,2
            Nam Định,2017,dissolved_htx,5
            Thái Bình,2017,dissolved_htx,8
            """
        // minmax lower: 30 × (8 − x) / (8 − 2): 30, 15, 0
        let minmax = try scoreSheet(csv, singleCriterion("indicator: dissolved_htx\npoints: 30\nmethod: minmax\ndirection: lower"))
        #expect([minmax.points("Hà Nam", "c"), minmax.points("Nam Định", "c"), minmax.points("Thái Bình", "c")] == [30, 15, 0])
        // proportional lower: 12 × 2 / x: 12, 4,8, 3
        let proportional = try scoreSheet(csv, singleCriterion("indicator: dissolved_htx\npoints: 12\nmethod: proportional\ndirection: lower"))
        #expect([proportional.points("Hà Nam", "c"), proportional.points("Nam Định", "c"), proportional.points("Thái Bình", "c")] == [12, 4.8, 3])
        // rank lower: ranks 1, 2, 3 of n = 3: 12 × 2/2, 12 × 1/2, 0
        let rank = try scoreSheet(csv, singleCriterion("indicator: dissolved_htx\npoints: 12\nmethod: rank\ndirection: lower"))
        #expect([rank.points("Hà Nam", "c"), rank.points("Nam Định", "c"), rank.points("Thái Bình", "c")] == [12, 6, 0])
    }

    @Test func proportionalLowerGivesAZeroValueTheFullPoints() throws {
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,dissolved_htx,0
            Nam Định,2017,dissolved_htx,4
            """, singleCriterion("indicator: dissolved_htx\npoints: 12\nmethod: proportional\ndirection: lower"))
        #expect(sheet.points("Hà Nam", "c") == 12)
        #expect(sheet.points("Nam Định", "c") == 0)
    }

    @Test func proportionalRefusesNegativeValuesNamingTheProvince() throws {
        let error = #expect(throws: InputError.self) {
            try scoreSheet(
                """
                province,year,indicator,value
                Hà Nam,2017,new_htx,2
                Hà Nam,2016,new_htx,5
                Nam Định,2017,new_htx,4
                Nam Định,2016,new_htx,1
                """, singleCriterion("formula: new_htx - prev(new_htx)\npoints: 10\nmethod: proportional"))
        }
        #expect(error?.description.hasPrefix("scheme.yaml:3:") == true)
        #expect(error?.description.contains("Hà Nam has -3") == true)
    }

    @Test func aCappedTargetStopsAtTheCap() throws {
        let csv = """
            province,year,indicator,value
            Hà Nam,2017,new_htx,30
            Hà Nam,2017,target_new_htx,20
            Nam Định,2017,new_htx,15
            Nam Định,2017,target_new_htx,20
            Thái Bình,2017,new_htx,22
            Thái Bình,2017,target_new_htx,20
            """
        // 25 × min(30/20, 1.2) = 30; 25 × 0.75 = 18.75; 25 × 1.1 = 27.5
        let capped = try scoreSheet(csv, singleCriterion("indicator: new_htx\ntarget: target_new_htx\nmethod: target\ncap: 1.2\npoints: 25"))
        #expect(capped.points("Hà Nam", "c") == 30)
        #expect(capped.points("Nam Định", "c") == 18.75)
        #expect(capped.points("Thái Bình", "c") == 27.5)
        // The default cap is 1.0.
        let plain = try scoreSheet(csv, singleCriterion("indicator: new_htx\ntarget: target_new_htx\nmethod: target\npoints: 25"))
        #expect(plain.points("Hà Nam", "c") == 25)
        #expect(plain.points("Thái Bình", "c") == 25)
        // A number as target: 25 × 15 / 30 = 12.5
        let number = try scoreSheet(csv, singleCriterion("indicator: new_htx\ntarget: 30\nmethod: target\npoints: 25"))
        #expect(number.points("Nam Định", "c") == 12.5)
    }

    @Test func aMissingOrNonPositiveTargetIsAnErrorNamingTheProvince() {
        let missing = #expect(throws: InputError.self) {
            try scoreSheet(
                "province,year,indicator,value\nHà Nam,2017,new_htx,3\n",
                singleCriterion("indicator: new_htx\ntarget: target_new_htx\nmethod: target\npoints: 25"))
        }
        #expect(missing?.description.contains("Hà Nam") == true)
        #expect(missing?.description.contains("target_new_htx") == true)
        let zero = #expect(throws: InputError.self) {
            try scoreSheet(
                "province,year,indicator,value\nHà Nam,2017,new_htx,3\nHà Nam,2017,target_new_htx,0\n",
                singleCriterion("indicator: new_htx\ntarget: target_new_htx\nmethod: target\npoints: 25"))
        }
        #expect(zero?.description.contains("more than 0") == true)
    }

    @Test func rankMethodUsesCompetitionRanks() throws {
        // values 30, 20, 20, 10 → r = 1, 2, 2, 4 of n = 4: 15 × 3/3, 15 × 2/3, 15 × 2/3, 0
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,credit_funds,30
            Nam Định,2017,credit_funds,20
            Thái Bình,2017,credit_funds,20
            Hưng Yên,2017,credit_funds,10
            """, singleCriterion("indicator: credit_funds\npoints: 15\nmethod: rank"))
        #expect(sheet.points("Hà Nam", "c") == 15)
        #expect(sheet.points("Nam Định", "c") == 10)
        #expect(sheet.points("Thái Bình", "c") == 10)
        #expect(sheet.points("Hưng Yên", "c") == 0)
        let single = try scoreSheet(
            "province,year,indicator,value\nHà Nam,2017,credit_funds,3\n", singleCriterion("indicator: credit_funds\npoints: 15\nmethod: rank"))
        #expect(single.points("Hà Nam", "c") == 15)
    }

    @Test func aFormulaWithPrevReadsThePreviousPeriodAndDivisionByZeroIsMissing() throws {
        // growth = new_htx / prev(new_htx): Hà Nam 30/20 = 1.5, Nam Định 10/10 = 1,
        // Thái Bình has no 2016 figure, Hưng Yên had 0 in 2016 (division by zero): both missing.
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,30
            Hà Nam,2016,new_htx,20
            Nam Định,2017,new_htx,10
            Nam Định,2016,new_htx,10
            Thái Bình,2017,new_htx,5
            Hưng Yên,2017,new_htx,7
            Hưng Yên,2016,new_htx,0
            """, singleCriterion("formula: new_htx / prev(new_htx)\npoints: 10\nmethod: proportional"))
        #expect(sheet.row("Hà Nam").cells[0].value == 1.5)
        #expect(sheet.points("Hà Nam", "c") == 10)
        #expect(sheet.points("Nam Định", "c") == 6.67)  // 10 × 1 / 1.5
        #expect(sheet.row("Thái Bình").flags.contains("missing:c"))
        #expect(sheet.row("Hưng Yên").flags.contains("missing:c"))
        #expect(sheet.points("Hưng Yên", "c") == 0)
    }

    @Test func formulasFollowPrecedenceAndAcceptUnicodeSigns() throws {
        let lookup: (String, Bool) -> Double? = { id, previous in id == "htx" ? (previous ? 4 : 10) : nil }
        #expect(try Formula("2 + 3 * 4").evaluate(lookup) == 14)
        #expect(try Formula("(2 + 3) × 4").evaluate(lookup) == 20)
        #expect(try Formula("htx − prev(htx)").evaluate(lookup) == 6)
        #expect(try Formula("-htx / 2").evaluate(lookup) == -5)
        #expect(try Formula("10 - 4 - 3").evaluate(lookup) == 3)
        #expect(try Formula("members / htx").evaluate(lookup) == nil)
        #expect(try Formula("htx / (htx - htx)").evaluate(lookup) == nil)
    }

    @Test func adjustmentsAddToTheTotalByNameOrCode() throws {
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Nam Định,2017,new_htx,20
            """,
            singleCriterion(
                "indicator: new_htx\npoints: 10\nmethod: minmax",
                extra: """
                    adjustments:
                      - {province: ha nam, points: 2, reason: "Đăng cai hội nghị cụm"}
                      - {province: "35", points: 1.5, reason: "Thưởng"}
                      - {province: Nam Định, points: -8, reason: "Không ký giao ước"}
                    """))
        #expect(sheet.row("Hà Nam").total == 3.5)
        #expect(sheet.row("Hà Nam").adjustments.map(\.reason) == ["Đăng cai hội nghị cụm", "Thưởng"])
        #expect(sheet.row("Nam Định").total == 2)
        #expect(sheet.rows.map(\.name) == ["Hà Nam", "Nam Định"])
    }

    @Test func anAdjustmentForAProvinceOutsideTheRankingIsAnError() {
        let error = #expect(throws: InputError.self) {
            try scoreSheet(
                "province,year,indicator,value\nHà Nam,2017,new_htx,10\n",
                singleCriterion(
                    "indicator: new_htx\npoints: 10\nmethod: minmax",
                    extra: """
                        adjustments:
                          - {province: Hà Nội, points: 2, reason: x}
                        """))
        }
        #expect(error?.description.hasPrefix("scheme.yaml:8:") == true)
        #expect(error?.description.contains("Hà Nội") == true)
    }

    @Test func totalsAreRoundedToCentsHalfAwayFromZero() {
        #expect(ScoreRounding.cents(9.868421) == 9.87)
        #expect(ScoreRounding.cents(2.675) == 2.68)
        #expect(ScoreRounding.cents(1.005) == 1.01)
        #expect(ScoreRounding.cents(-1.005) == -1.01)
        #expect(ScoreRounding.cents(0.004) == 0)
    }

    @Test func theTotalIsTheRoundedSumOfUnroundedPoints() throws {
        // 10 × 1/3 + 10 × 1/3 = 6.666… → 6.67, although the shown points 3.33 + 3.33 make 6.66.
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,new_htx,1
            Hà Nam,2017,tht,1
            Nam Định,2017,new_htx,3
            Nam Định,2017,tht,3
            """,
            """
            title: T
            criteria:
              - {id: a, indicator: new_htx, points: 10, method: proportional}
              - {id: b, indicator: tht, points: 10, method: proportional}
            """)
        #expect(sheet.points("Hà Nam", "a") == 3.33)
        #expect(sheet.row("Hà Nam").total == 6.67)
    }

    @Test func rankChangeAgainstThePreviousPeriod() throws {
        let csv = """
            province,year,indicator,value
            Hà Nam,2017,new_htx,30
            Nam Định,2017,new_htx,20
            Thái Bình,2017,new_htx,10
            Hưng Yên,2017,new_htx,5
            Hà Nam,2016,new_htx,5
            Nam Định,2016,new_htx,20
            Thái Bình,2016,new_htx,30
            """
        let yaml = singleCriterion("indicator: new_htx\npoints: 10\nmethod: minmax")
        var current = try scoreSheet(csv, yaml)
        let previous = try scoreSheet(csv, yaml, period: Period(year: 2016))
        ScoreEngine.compare(&current, with: previous)
        #expect(current.row("Hà Nam").change == .up(2))
        #expect(current.row("Nam Định").change == .same)
        #expect(current.row("Thái Bình").change == .down(2))
        #expect(current.row("Hưng Yên").change == .new)
        #expect(current.rows.map { $0.change!.text(.vi) } == ["↑2", "=", "↓2", "mới"])
        #expect(current.row("Hưng Yên").change?.text(.en) == "new")
    }
}
