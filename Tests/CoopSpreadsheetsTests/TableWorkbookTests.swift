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
        let report = ValidationReport(findings: [Finding(warningAt: origin, "the cluster total differs", vietnamese: "số tổng của cụm chênh lệch")],
                                      files: 2, figures: 2425)
        let vietnamese = OfficeTables.findings(report, language: .vi)
        #expect(vietnamese.subtitle == "không có lỗi, 1 cảnh báo trong 2 tệp (đã đọc 2.425 số liệu)")
        #expect(vietnamese.columns.map(\.header) == ["Mức", "Tệp", "Dòng", "Trường", "Nội dung"])
        #expect(vietnamese.rows.first?.first == .text("cảnh báo"))
        #expect(vietnamese.rows.first?.last == .text("số tổng của cụm chênh lệch"))
        let english = OfficeTables.findings(report, language: .en)
        #expect(english.subtitle == "no errors, 1 warning in 2 files (2425 figures read)")
        #expect(english.rows.first?.last == .text("the cluster total differs"))
    }
}
