import CoopScoringTestSupport
import CoopTestSupport
import Foundation
import Testing
@testable import CoopAnalytics
@testable import CoopSpreadsheets

/// The scorecard workbook, read back by openpyxl and recalculated by the `formulas` package and by
/// LibreOffice: every point is a formula, and the formulas give coopchart's numbers.
@Suite struct ScorecardWorkbookTests {
    @Test func theHandBuiltCasesCoverTheRulesTheFormulasMustReproduce() throws {
        let (every, _, _) = try ScorecardCase.everyMethod.scored()
        #expect(every.row("Ninh Bình").flags.contains("missing:c"))
        #expect(every.row("Ninh Bình").flags.contains("missing:f"), "prev(htx) is missing")
        #expect(every.row("Hải Dương").flags.contains("missing:f"), "division by zero")
        #expect(every.points("Thái Bình", "e") == 18, "18/12 = 1.5, capped at 1.2 × 15")
        #expect(every.points("Hà Nam", "d") == 5, "proportional lower: x = 0 gets P")
        let (chain, _, _) = try ScorecardCase.tieBrokenByChain.scored()
        #expect(chain.rows.prefix(3).map(\.total) == [10, 10, 10])
        #expect(chain.rows.prefix(3).map(\.name) == ["Hà Nam", "Ninh Bình", "Nam Định"])
        #expect(chain.rows.prefix(3).map(\.rank) == [1, 2, 3])
        let (vote, _, _) = try ScorecardCase.voteAtTopAndNoData.scored()
        #expect(vote.voteAtTop)
        #expect(vote.row("Hưng Yên").flags.contains("no-data"))
        #expect(vote.row("Hưng Yên").rank == 4)
        #expect(vote.row("Hưng Yên").total == 50)
    }

    /// Writes each case's workbook and CSV, and runs `check_scorecard.py MODE WORKBOOK CSV` on them; each run must pass.
    @discardableResult
    private func checkEveryCase(_ mode: String) throws -> [CapturedRun] {
        let folder = try TemporaryFolder.make("coopchart-office")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try ScorecardCase.all.map { scorecard in
            let (workbook, csv) = try scorecard.write(into: folder)
            let run = try OfficeCheck.python("check_scorecard.py", [mode, workbook, csv])
            #expect(run.status == 0, "\(scorecard.name): \(run.output)")
            return run
        }
    }

    @Test func pointTotalAndRankCellsHoldFormulasWhoseCachedValuesAreCoopchartsNumbers() throws {
        try checkEveryCase("cached")
    }

    @Test func theFormulasPackageRecalculatesCoopchartsTotalsPointsAndRanks() throws {
        for run in try checkEveryCase("formulas") {
            #expect(run.output.contains("ok"))
        }
    }

    @Test func libreOfficeRecalculatesCoopchartsTotalsPointsAndRanks() throws {
        let folder = try TemporaryFolder.make("coopchart-office")
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["libreoffice", folder.path]
        for scorecard in ScorecardCase.all {
            let (workbook, csv) = try scorecard.write(into: folder, language: .en)
            arguments += [workbook, csv]
        }
        let run = try OfficeCheck.python("check_scorecard.py", arguments)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("ok 13"), "5 + 4 + 4 provinces")
    }

    @Test func theFormulasSayWhatTheSchemeSays() {
        let column = ScoreSheet.Column(id: "plan", label: "Kế hoạch", method: .target, direction: .higher, maxPoints: 25, source: "new_htx",
                                       formula: nil, target: .indicator("target_new_htx"), cap: 1.2, count: 9, minimum: 0, maximum: 86)
        #expect(PointFormula.points(column, x: "E5", range: "$E$5:$E$13", target: "G5") == "IF(COUNT(E5)=0,0,25*MIN(E5/G5,1.2))")
        #expect(PointFormula.total(points: "D5:H5", adjustment: "I5") == "ROUND(SUM(D5:H5)+I5,2)")
        #expect(PointFormula.rank(total: "J5", totals: "$J$5:$J$13", tiebreak: [], hasData: nil) == "_xlfn.RANK.EQ(J5,$J$5:$J$13)")
        let formula = try! Formula("(htx - prev(htx)) / prev(htx)")
        let cells = ["htx": "C5", "prev(htx)": "E5"]
        #expect(PointFormula.value(formula) { cells[$0]! } == "IF(COUNT(C5,E5)<2,\"\",IFERROR(((C5-E5)/E5),\"\"))")
        #expect(PointFormula.award(rank: "A5", awards: [(1...1, "Cờ \"vàng\"")], hasData: nil) == "IF(A5=1,\"Cờ \"\"vàng\"\"\",\"\")")
    }
}
