import Foundation
import Testing
@testable import CoopAnalytics

/// .xlsx, .ods and .xls workbooks read like the CSV that holds the same figures.
@Suite struct WorkbookFormatTests {
    @Test func aLongTableReadsTheSameFromCSVXlsxOdsAndXls() throws {
        let csv = WorkbookFixtures.figures(try WorkbookFixtures.read(["clean.csv"]))
        #expect(csv.count == 30)
        for name in ["long.xlsx", "long.ods", "long.xls"] {
            #expect(WorkbookFixtures.figures(try WorkbookFixtures.read([name])) == csv, "\(name)")
        }
    }

    @Test func theGSOLayoutReadsTheSameInEveryFormat() throws {
        let expected = WorkbookFixtures.figures(try WorkbookFixtures.read(["clean.csv"])).filter { $0.contains(" 2023 ") && !$0.contains("new_htx") }
        #expect(expected.count == 15)
        for name in ["gso.xlsx", "gso.ods", "gso.xls", "gso.csv"] {
            let dataset = try WorkbookFixtures.read([name], year: "2023")
            #expect(WorkbookFixtures.figures(dataset) == expected, "\(name)")
            #expect(WorkbookFixtures.totals(dataset) == ["TỔNG SỐ 2023 htx 4840", "TỔNG SỐ 2023 members 2327330"], "\(name)")
        }
    }

    @Test func yearsAsColumnsReadTheSameInEveryFormat() throws {
        let expected = WorkbookFixtures.figures(try WorkbookFixtures.read(["clean.csv"])).filter { $0.contains("new_htx") }
        #expect(expected.count == 15)
        for name in ["years.xlsx", "years.ods", "years.xls", "years.csv"] {
            let dataset = try WorkbookFixtures.read([name])
            #expect(WorkbookFixtures.figures(dataset) == expected, "\(name)")
            #expect(WorkbookFixtures.totals(dataset) == ["Tổng cộng 2021 new_htx 258", "Tổng cộng 2022 new_htx 202", "Tổng cộng 2023 new_htx 242"], "\(name)")
        }
    }

    @Test func aDateInTheYearColumnIsItsYearInThe1904System() throws {
        let dataset = try WorkbookFixtures.read(["cells-1904.xlsx"])
        let figures = WorkbookFixtures.figures(dataset)
        #expect(figures.contains("Hà Nội 2023 htx 2210"))
        #expect(figures.contains("Hải Phòng 2023 htx 540"))
    }

    @Test func formulasGiveTheirSavedResultsAndPercentCellsTheirPercentage() throws {
        let figures = WorkbookFixtures.figures(try WorkbookFixtures.read(["cells-1904.xlsx"]))
        #expect(figures.contains("Hà Nội 2023 new_htx 142"))
        #expect(figures.contains("Hải Phòng 2023 new_htx 40"))
        #expect(figures.contains("Hà Nội 2023 effective_share 42.3"))
        #expect(figures.contains("Hải Phòng 2023 effective_share 50"))
    }

    @Test func everySheetWithATableIsReadAndHiddenSheetsAreSkippedWithANote() throws {
        let (dataset, errors, notes) = WorkbookFixtures.reader().readReporting(files: [try WorkbookFixtures.path("cells-1904.xlsx")])
        #expect(errors.isEmpty)
        let figures = WorkbookFixtures.figures(dataset)
        #expect(figures.contains("Quảng Ninh 2023 htx 463"))
        #expect(!figures.contains { $0.hasPrefix("Hà Nam") })
        #expect(notes.lines.contains { $0.contains("Nháp: read as nothing (a hidden sheet)") })
        #expect(notes.lines.contains { $0.contains("Ghi chú: read as nothing (no table)") })
    }

    @Test func sheetSelectsSheetsByNameOrNumber() throws {
        #expect(WorkbookFixtures.figures(try WorkbookFixtures.read(["cells-1904.xlsx"], sheets: ["quang ninh"])) == ["Quảng Ninh 2023 htx 463"])
        #expect(WorkbookFixtures.figures(try WorkbookFixtures.read(["cells-1904.xlsx"], sheets: ["2"])) == ["Quảng Ninh 2023 htx 463"])
        // A hidden sheet named on purpose is read.
        #expect(WorkbookFixtures.figures(try WorkbookFixtures.read(["cells-1904.xlsx"], sheets: ["Nháp"])) == ["Hà Nam 2023 htx 999"])
    }

    @Test func anUnknownSheetIsAnErrorListingTheSheets() throws {
        let error = try WorkbookFixtures.error(["cells-1904.xlsx"], sheets: ["Biểu 9"])
        #expect(
            error
                == "cells-1904.xlsx: the workbook has no sheet \"Biểu 9\"; its sheets are \"Tổng hợp\", \"Quảng Ninh\", \"Nháp\", \"Ghi chú\" (--sheet takes a name or a number from 1 to 4)"
        )
    }

    @Test func aFormulaWithoutASavedResultIsAnErrorAtItsCell() throws {
        let error = try WorkbookFixtures.error(["formula-without-value.xlsx"])
        #expect(
            error?.hasPrefix("formula-without-value.xlsx:Biểu 01!C3: htx: the formula =SUM(C2:C2)-1670 has no result coopchart can trust") == true,
            "\(error ?? "")")
        #expect(error?.contains("open the file in Excel or LibreOffice and save it again") == true)
    }

    /// XlsxWriter saves a formula with a placeholder result and asks for recalculation on opening
    /// (`fullCalcOnLoad`): the result cannot be trusted, so the formula is refused like one without a result.
    @Test func aFormulaInAWorkbookThatAsksToBeRecalculatedIsAnErrorAtItsCell() throws {
        let error = try WorkbookFixtures.error(["formulas-recalculate-on-load.xlsx"])
        #expect(
            error?.hasPrefix("formulas-recalculate-on-load.xlsx:Tổng hợp!D2: new_htx: the formula =C2-2068 has no result coopchart can trust") == true,
            "\(error ?? "")")
    }

    /// An .xls written without a calculation engine (xlwt) saves its formulas without results.
    @Test func aFormulaInAnXlsSavedWithoutComputingItIsAnErrorAtItsCell() throws {
        let error = try WorkbookFixtures.error(["formula-xlwt.xls"])
        #expect(
            error?.hasPrefix(
                "formula-xlwt.xls:Biểu 01!C2: htx: the formula =… (a formula of a workbook saved without computing it) has no result coopchart can trust")
                == true,
            "\(error ?? "")")
    }

    @Test func aBadCellIsNamedBySheetAndCell() throws {
        let error = try WorkbookFixtures.error(["bao-cao.xlsx"], year: "2023")
        #expect(error?.hasPrefix("bao-cao.xlsx:Biểu 01!D8: members: \"12a\" is not a number") == true, "\(error ?? "")")
    }

    @Test func aDuplicateAcrossAWorkbookAndACSVNamesBothCells() throws {
        let tmp = try TemporaryFiles(["other.csv": "province,year,indicator,value\nHải Phòng,2023,htx,541\n"])
        defer { tmp.cleanup() }
        var reader = WorkbookFixtures.reader(year: "2023")
        reader.parallel = false
        do {
            _ = try reader.read(files: [try WorkbookFixtures.path("gso.xlsx"), tmp.path("other.csv")])
            Issue.record("a conflicting duplicate must be refused")
        } catch {
            let text = String(describing: error)
            #expect(text.contains("given twice with different values: 541 here and 540 at "), "\(text)")
            #expect(text.contains("gso.xlsx:Biểu 01!C10"), "\(text)")
        }
    }
}
