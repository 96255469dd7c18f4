import Testing
import CoopWorkbook

/// What a workbook's cells hold, before any table is read from them.
@Suite struct WorkbookCellTests {
    @Test func serialNumbersAreDaysInThe1900System() {
        #expect(CalendarDay(serial: 1, uses1904: false) == CalendarDay(year: 1900, month: 1, day: 1))
        #expect(CalendarDay(serial: 59, uses1904: false) == CalendarDay(year: 1900, month: 2, day: 28))
        // Lotus' phantom 29 February 1900, kept by Excel as serial 60.
        #expect(CalendarDay(serial: 60, uses1904: false) == CalendarDay(year: 1900, month: 2, day: 29))
        #expect(CalendarDay(serial: 61, uses1904: false) == CalendarDay(year: 1900, month: 3, day: 1))
        #expect(CalendarDay(serial: 45291, uses1904: false) == CalendarDay(year: 2023, month: 12, day: 31))
        #expect(CalendarDay(serial: 45291.75, uses1904: false) == CalendarDay(year: 2023, month: 12, day: 31))
    }

    @Test func serialNumbersAreDaysInThe1904System() {
        #expect(CalendarDay(serial: 0, uses1904: true) == CalendarDay(year: 1904, month: 1, day: 1))
        #expect(CalendarDay(serial: 43829, uses1904: true) == CalendarDay(year: 2023, month: 12, day: 31))
    }

    @Test func impossibleSerialsAreNoDate() {
        #expect(CalendarDay(serial: -1, uses1904: false) == nil)
        #expect(CalendarDay(serial: .infinity, uses1904: false) == nil)
        #expect(CalendarDay(serial: 1e12, uses1904: false) == nil)
    }

    @Test func cellReferencesReadAndWriteTheSpreadsheetWay() {
        #expect(CellAddress(reference: "D9") == CellAddress(row: 8, column: 3))
        #expect(CellAddress(reference: "$AA$10") == CellAddress(row: 9, column: 26))
        #expect(CellAddress(reference: "XFD1048576") == CellAddress(row: 1_048_575, column: 16_383))
        #expect(CellAddress(reference: "9D") == nil)
        #expect(CellAddress(reference: "A0") == nil)
        #expect(CellAddress(reference: "ABCD1") == nil)
        #expect(CellAddress(row: 8, column: 3).description == "D9")
        #expect(CellAddress.columnName(701) == "ZZ")
        #expect(CellAddress.columnName(702) == "AAA")
    }

    @Test func mergedRangesReadTheirReference() {
        let range = MergedRange(reference: "B4:D5")
        #expect(range?.first == CellAddress(row: 3, column: 1))
        #expect(range?.contains(CellAddress(row: 4, column: 3)) == true)
        #expect(range?.contains(CellAddress(row: 5, column: 3)) == false)
        #expect(MergedRange(reference: "D5:B4") == nil)
    }

    @Test func textIsNotAWorkbookAndArchivesAreRecognisedByTheirFirstBytes() {
        #expect(Workbook.container(of: Array("province,year".utf8)) == nil)
        #expect(Workbook.container(of: [0x50, 0x4B, 0x03, 0x04]) == .zip)
        #expect(Workbook.container(of: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .ole)
    }
}
