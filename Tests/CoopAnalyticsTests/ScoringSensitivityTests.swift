import Testing
@testable import CoopAnalytics

@Suite struct ScoringSensitivityTests {
    /// 12 provinces, 4 criteria with overlapping strengths, so the ranks move under the draws.
    func sheet() throws -> ScoreSheet {
        let names = [
            "Hà Nam", "Nam Định", "Thái Bình", "Hưng Yên", "Ninh Bình", "Bắc Ninh",
            "Hải Dương", "Quảng Ninh", "Vĩnh Phúc", "Hà Nội", "Hải Phòng", "Thanh Hóa",
        ]
        var csv = "province,year,indicator,value\n"
        for (i, name) in names.enumerated() {
            csv += "\(name),2017,new_htx,\((i * 7) % 12)\n\(name),2017,tht,\((i * 5) % 12)\n"
            csv += "\(name),2017,credit_funds,\((i * 11) % 12)\n\(name),2017,members,\(100 + i)\n"
        }
        return try scoreSheet(
            csv,
            """
            title: T
            criteria:
              - {id: a, indicator: new_htx, points: 30, method: minmax}
              - {id: b, indicator: tht, points: 25, method: proportional}
              - {id: c, indicator: credit_funds, points: 25, method: rank}
              - {id: d, indicator: members, points: 20, method: minmax}
            tiebreak: [a]
            """)
    }

    @Test func theSameSeedGivesTheSameResult() throws {
        let sheet = try sheet()
        let first = SensitivityAnalysis(sheet: sheet, draws: 3000, seed: 42, spread: 0.25)
        let second = SensitivityAnalysis(sheet: sheet, draws: 3000, seed: 42, spread: 0.25)
        #expect(first.rows == second.rows)
        #expect(first.rows.contains { $0.lowRank != $0.highRank }, "the draws should move some ranks")
    }

    @Test func oneThreadAndManyThreadsGiveIdenticalResults() throws {
        let sheet = try sheet()
        let single = SensitivityAnalysis(sheet: sheet, draws: 2500, seed: 7, spread: 0.3, threads: 1)
        for threads in [2, 3, 8] {
            let many = SensitivityAnalysis(sheet: sheet, draws: 2500, seed: 7, spread: 0.3, threads: threads)
            #expect(many.rows == single.rows, "threads: \(threads)")
        }
    }

    @Test func noSpreadGivesTheNominalRankEverywhere() throws {
        let sheet = try sheet()
        let analysis = SensitivityAnalysis(sheet: sheet, draws: 300, seed: 1, spread: 0)
        #expect(analysis.rows.allSatisfy { $0.medianRank == $0.nominalRank && $0.lowRank == $0.nominalRank && $0.highRank == $0.nominalRank })
        #expect(analysis.rows.map(\.nominalRank) == sheet.rows.map(\.rank))
    }

    @Test func percentilesAreNearestRank() {
        // 10 draws: ranks 1 ×3, 2 ×5, 4 ×2. 5th: ⌈0.5⌉ = 1st draw → 1; median: 5th draw → 2; 95th: ⌈9.5⌉ = 10th → 4.
        let counts: ArraySlice<Int> = [3, 5, 0, 2]
        #expect(SensitivityAnalysis.percentile(0.05, of: counts, draws: 10) == 1)
        #expect(SensitivityAnalysis.percentile(0.5, of: counts, draws: 10) == 2)
        #expect(SensitivityAnalysis.percentile(0.8, of: counts, draws: 10) == 2)
        #expect(SensitivityAnalysis.percentile(0.95, of: counts, draws: 10) == 4)
    }

    @Test func theGeneratorIsReproducibleAndStreamsDiffer() {
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var first = SplitMix64(seed: 0)
        #expect(first.next() == 0xE220_A839_7B1D_CDAF)  // the published first output of SplitMix64 seeded with 0
        var s0 = SplitMix64(seed: 9, stream: 0), s1 = SplitMix64(seed: 9, stream: 1)
        #expect(s0.next() != s1.next())
        var unit = SplitMix64(seed: 3)
        #expect((0..<1000).allSatisfy { _ in (0..<1).contains(unit.nextUnit()) })
    }
}

/// The draws' allocation-free ranking agrees with the one definition of competition ranking.
@Suite struct DrawRankingTests {
    @Test(arguments: 0..<40) func theHotLoopRanksAsCompetitionRankingDoes(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let n = Int(2 + random.next() % 30), width = Int(1 + random.next() % 3)
        // Few distinct values, so ties on the first key and on every key are common.
        let keys = (0..<(n * width)).map { _ in Double(random.next() % 4) }
        var order = Array(0..<n)
        var fast = Array(repeating: 0, count: n)
        keys.withUnsafeBufferPointer { buffer in
            DrawScratch.competitionRanks(keys: buffer, width: width, order: &order) { p, rank in fast[p] = rank }
        }
        let rows = (0..<n).map { Array(keys[($0 * width)..<($0 * width + width)]) }
        #expect(fast == CompetitionRanking.ranks(keys: rows))
    }
}
