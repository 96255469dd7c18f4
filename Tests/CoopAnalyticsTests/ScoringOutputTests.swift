import CoopScoringTestSupport
import Testing
@testable import CoopAnalytics

@Suite struct ScoringOutputTests {
    let csv = """
        province,year,indicator,value
        Quảng Ninh,2017,new_htx,86
        Bắc Ninh,2017,new_htx,35
        Nam Định,2017,new_htx,10
        """

    @Test func csvTextCellsAreNeutralisedAgainstFormulaInjection() {
        #expect(CSVText.neutralised("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(CSVText.neutralised("+1") == "'+1")
        #expect(CSVText.neutralised("-2+3") == "'-2+3")
        #expect(CSVText.neutralised("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.neutralised("\tx") == "'\tx")
        #expect(CSVText.neutralised("\rx") == "'\rx")
        #expect(CSVText.neutralised("Cờ thi đua") == "Cờ thi đua")
        #expect(CSVText.neutralised("") == "")
    }

    @Test func csvFieldsAreQuotedWhenNeeded() {
        #expect(CSVText.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVText.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSVText.field(.text("=1,2")) == "\"'=1,2\"")
        #expect(CSVText.field(.number(-8)) == "-8")
        #expect(CSVText.field(.number(9.87)) == "9.87")
        #expect(CSVText.field(.generated("=")) == "=")
    }

    @Test func theRankingCSVHasTheContractColumnsAndNeutralisedText() throws {
        let sheet = try scoreSheet(
            csv,
            """
            title: T
            criteria:
              - {id: new, indicator: new_htx, points: 30, method: minmax}
            adjustments:
              - {province: Nam Định, points: -8, reason: "=cmd|' /C calc'!A0"}
            awards:
              - {ranks: "1", title: "=HYPERLINK(\\"http://evil\\")"}
            """)
        let lines = ScoreSheetOutput(sheet: sheet, language: .vi).csv().split(separator: "\n").map(String.init)
        #expect(lines[0] == "rank,code,province,total,new,adjustments,award,flags")
        #expect(lines[1] == "1,22,Quảng Ninh,30,30,0,\"'=HYPERLINK(\"\"http://evil\"\")\",")
        #expect(lines[2] == "2,27,Bắc Ninh,9.87,9.87,0,,")
        #expect(lines[3] == "3,36,Nam Định,-8,0,-8,,")
    }

    @Test func theJSONCarriesTheSameColumns() throws {
        let sheet = try scoreSheet(csv, "title: T\ncriteria:\n  - {id: new, indicator: new_htx, points: 30, method: minmax}\n")
        let text = ScoreSheetOutput(sheet: sheet, language: .vi).json().text()
        #expect(text.contains("\"rank\": 2,\n      \"code\": \"27\",\n      \"province\": \"Bắc Ninh\",\n      \"total\": 9.87"))
        #expect(text.contains("\"flags\": []"))
    }

    @Test func theTableFormatsNumbersForTheLanguage() throws {
        let sheet = try scoreSheet(csv, "title: T\ncriteria:\n  - {id: new, indicator: new_htx, points: 30, method: minmax}\n")
        #expect(ScoreSheetOutput(sheet: sheet, language: .vi).table().contains("9,87"))
        #expect(ScoreSheetOutput(sheet: sheet, language: .en).table().contains("9.87"))
    }

    @Test func theExplanationFillsTheNumbersIntoTheFormula() throws {
        let sheet = try scoreSheet(csv, "title: T\ncriteria:\n  - {id: new, indicator: new_htx, points: 30, method: minmax}\n")
        let lines = ScoreExplanation(sheet: sheet, language: .vi).lines(for: sheet.row("Bắc Ninh"))
        #expect(lines.contains("   Điểm: 30 × (35 − 10) / (86 − 10) = 9,87"))
        #expect(lines.contains("   Giá trị: new_htx = 35"))
        #expect(lines.last == "Tổng: 9,87 = 9,87")
    }

    @Test func theExplanationOfAFormulaShowsItsOperandsAndTheTarget() throws {
        let sheet = try scoreSheet(
            """
            province,year,indicator,value
            Hà Nam,2017,members,227700
            Hà Nam,2017,htx,289
            Hà Nam,2017,new_htx,4
            Hà Nam,2017,target_new_htx,8
            """,
            """
            title: T
            criteria:
              - {id: density, formula: "members / htx", points: 15, method: proportional}
              - {id: plan, indicator: new_htx, target: target_new_htx, method: target, cap: 1.2, points: 25}
            adjustments:
              - {province: Hà Nam, points: -1, reason: "Báo cáo chậm"}
            """)
        let lines = ScoreExplanation(sheet: sheet, language: .vi).lines(for: sheet.row("Hà Nam"))
        #expect(lines.contains("   Giá trị: members / htx = 227.700 / 289 = 787,8893"))
        #expect(lines.contains("   Điểm: 25 × min(4 / 8; 1,2) = 25 × 0,5 = 12,5"))
        #expect(lines.contains("Tổng: 15 + 12,5 − 1 = 26,5"))
        let english = ScoreExplanation(sheet: sheet, language: .en).lines(for: sheet.row("Hà Nam"))
        #expect(english.contains("   Points: 25 × min(4 / 8, 1.2) = 25 × 0.5 = 12.5"))
    }
}
