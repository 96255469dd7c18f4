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

    @Test func eachRawFigureHasOneCellThatEveryCriterionReadingItRefersTo() throws {
        let (sheet, _, _) = try ScorecardCase.everyMethod.scored()
        let layout = DataSheetLayout(columns: sheet.columns)
        let keys = layout.figures.map(\.key)
        #expect(keys == ["new_htx", "dissolved_htx", "members", "credit_funds", "target_new_htx", "htx", "prev(htx)", "tht"])
        #expect(Set(layout.figures.flatMap { [$0.valueColumn, $0.qualifierColumn] }).count == 2 * keys.count, "no column twice")
        let newHTX = layout.figures[0].valueColumn
        // a (min–max), e (against its plan) and h (against 15) all read new_htx: one cell.
        #expect([0, 4, 7].map { layout.blocks[$0].valueColumn } == [newHTX, newHTX, newHTX])
        #expect(layout.blocks[4].targetColumn == layout.figures[4].valueColumn)
        #expect(layout.readers(of: layout.figures[0], columns: sheet.columns) == ["a", "e", "h"])
        // f is a formula over htx and prev(htx): a column of its own, after every figure.
        #expect(layout.blocks[5].isFormula && layout.blocks[5].operands.map(\.key) == ["htx", "prev(htx)"])
        #expect(layout.blocks[5].valueColumn > layout.figures.map(\.qualifierColumn).max()!)
        #expect(layout.sourcesColumn == layout.blocks[5].qualifierColumn + 1)
    }

    /// A province's staff correct one figure in the workbook: every criterion that reads it moves, and
    /// the recalculated scorecard is the one coopchart gives for the corrected data, winner included.
    @Test func correctingOneFigureInTheWorkbookGivesCoopchartsRankingOfTheCorrectedData() throws {
        let folder = try TemporaryFolder.make("coopchart-office")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = ScorecardCase.everyMethod
        let corrected = original.replacing("Hải Dương,2017,new_htx,0,exact", with: "Hải Dương,2017,new_htx,40,exact", name: "corrected")
        let (before, _, _) = try original.scored()
        let (after, _, _) = try corrected.scored()
        #expect(before.rows[0].name != after.rows[0].name, "the correction changes the winner")
        #expect(after.rows[0].name == "Hải Dương")
        for id in ["a", "e", "h"] { #expect(before.points("Hải Dương", id) != after.points("Hải Dương", id), "\(id) reads new_htx") }

        let (workbook, _) = try original.write(into: folder)
        let (_, expected) = try corrected.write(into: folder)
        let edited = folder.appendingPathComponent("edited.xlsx").path
        let edit = try OfficeCheck.python("check_scorecard.py", ["edit", workbook, "new_htx", "2017", "30", "40", edited])
        #expect(edit.status == 0, "\(edit.output)")
        let formulas = try OfficeCheck.python("check_scorecard.py", ["formulas", edited, expected])
        #expect(formulas.status == 0, "\(formulas.output)")
        let office = try OfficeCheck.python("check_scorecard.py", ["libreoffice", folder.appendingPathComponent("lo").path, edited, expected])
        #expect(office.status == 0, "\(office.output)")
        #expect(office.output.contains("ok 5"))
    }

    @Test func theFormulasSayWhatTheSchemeSays() {
        let column = ScoreSheet.Column(
            id: "plan", label: "Kế hoạch", method: .target, direction: .higher, maxPoints: 25, source: "new_htx",
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
