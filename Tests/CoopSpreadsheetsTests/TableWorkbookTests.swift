import Foundation
import Testing
import CoopAnalytics
@testable import CoopSpreadsheets

/// Formatted tables: what does not fit a sheet is refused before anything is written.
@Suite struct TableWorkbookTests {
    @Test func aTableLargerThanASheetIsRefusedWithTheAdviceToWriteCSV() {
        let plain = SpreadsheetTable(sheetName: "figures", columns: [.init("value", numeric: true)])
        #expect(TableWorkbook.capacity(plain) == 1_048_575, "the header takes the first row")
        let titled = SpreadsheetTable(sheetName: "Tổng hợp", title: "Tổng hợp", subtitle: "…", columns: [.init("x")])
        #expect(TableWorkbook.capacity(titled) == 1_048_572)
        var huge = plain
        huge.rows = Array(repeating: [], count: 1_048_576)
        #expect(throws: SpreadsheetError.self) { try TableWorkbook.bytes(huge) }
        do {
            _ = try TableWorkbook.bytes(huge)
        } catch {
            #expect(error.message == "1048576 rows do not fit in one Excel sheet (at most 1048575); write CSV instead")
        }
    }

    @Test func anEstimateKeepsItsMarkInTheDisplayFormatAndStaysANumber() {
        #expect(TableWorkbook.numberFormat(590, .approx).numberFormat == "\"≈\"#,##0;\"≈\"-#,##0")
        #expect(TableWorkbook.numberFormat(46.5, .atLeast).numberFormat == "\">\"#,##0.0##;\">\"-#,##0.0##")
        #expect(TableWorkbook.numberFormat(206, .exact).numberFormat == "#,##0")
    }

    @Test func sheetNamesExcelRefusesAreAnErrorNamingThem() throws {
        let workbook = try XlsxWorkbook()
        #expect(throws: SpreadsheetError.self) { _ = try workbook.addSheet("Bảng/điểm") }
        _ = try workbook.addSheet("Bảng điểm")
        let bytes = try workbook.finish()
        #expect(Array(bytes.prefix(2)) == [0x50, 0x4B], "a ZIP package")
        #expect(throws: SpreadsheetError.self) { _ = try workbook.finish() }
    }

    @Test func theFindingsTableIsWrittenWhollyInItsLanguage() throws {
        let origin = SourceLocation(file: "bao-cao.csv", line: 7)
        let report = ValidationReport(
            findings: [Finding(warningAt: origin, "the cluster total differs", vietnamese: "số tổng của cụm chênh lệch")],
            files: 2, figures: 2425)
        let vietnamese = OfficeTables.findings(report, language: .vi)
        #expect(vietnamese.subtitle == "không có lỗi, 1 cảnh báo trong 2 tệp (đã đọc 2.425 số liệu)")
        #expect(vietnamese.columns.map(\.header) == ["Mức", "Tệp", "Dòng / ô", "Trường", "Nội dung"])
        #expect(vietnamese.rows.first?.first == .text("cảnh báo"))
        #expect(vietnamese.rows.first?.last == .text("số tổng của cụm chênh lệch"))
        let english = OfficeTables.findings(report, language: .en)
        #expect(english.subtitle == "no errors, 1 warning in 2 files (2425 figures read)")
        #expect(english.rows.first?.last == .text("the cluster total differs"))
    }

    @Test func aWorkbookFindingIsLocatedByItsSheetAndCellNeverByThePackedLineNumber() {
        // How the reader locates cell B10 of sheet "Biểu 01": the sheet in the file's name, the cell packed into the line.
        let cell = Finding(
            error: InputError(
                file: "bao-cao.xlsx:Biểu 01", line: 1_073_751_041, field: "province",
                message: "unknown province \"Hà Nọi\"", vietnamese: "không có tỉnh \"Hà Nọi\" trong danh mục"))
        let line = Finding(error: InputError(file: "bao-cao.csv", line: 12, field: "value", message: "\"12a\" is not a number"))
        let whole = Finding(error: InputError(file: "bao-cao.csv", message: "the file is empty"))
        #expect(cell.position.file == "bao-cao.xlsx" && cell.position.sheet == "Biểu 01" && cell.position.cell == "B10")
        #expect(cell.position.description == cell.location, "the same place every message names")
        let table = OfficeTables.findings(ValidationReport(findings: [cell, line, whole], files: 2, figures: 0), language: .vi)
        #expect(
            table.rows.map { Array($0[1...2]) } == [
                [.text("bao-cao.xlsx"), .text("Biểu 01!B10")],
                [.text("bao-cao.csv"), .integer(12)],
                [.text("bao-cao.csv"), .empty],
            ])
        #expect(table.rows[0][4] == .text("không có tỉnh \"Hà Nọi\" trong danh mục"))
        #expect(table.rows[1][4] == .text("\"12a\" is not a number"), "English where no translation was written")
    }
}
