import Foundation
import Testing
@testable import CoopAnalytics

/// Cells as offices write them: the GSO's markers, units and scale words, spaces for thousands,
/// province names and periods in their everyday forms.
@Suite struct WrittenValueTests {
    func one(_ cell: String, indicator: String = "members", year: String = "2023", province: String = "Hà Nam") throws -> [Observation] {
        try ingest("province,year,indicator,value\n\(province),\(year),\(indicator),\"\(cell)\"\n").observations
    }

    @Test func aDashIsZeroForACount() throws {
        for dash in ["-", "–", "—"] {
            #expect(try one(dash, indicator: "new_htx").map(\.value) == [0], "\(dash)")
        }
    }

    @Test func aDashIsMissingForAnAverage() throws {
        #expect(try one("-", indicator: "revenue_avg").isEmpty)
    }

    @Test func noDataAndNotApplicableAreMissingNeverZero() throws {
        for marker in ["..", "…", "x", "X", "n/a", "KXĐ"] {
            #expect(try one(marker, indicator: "htx").isEmpty, "\(marker)")
        }
    }

    @Test func unitsAndScaleWordsAreConvertedIntoTheIndicatorsUnit() throws {
        #expect(try one("8 HTX", indicator: "htx").map(\.value) == [8])
        #expect(try one("1,2 triệu").map(\.value) == [1_200_000])
        #expect(try one("2,5 nghìn").map(\.value) == [2_500])
        #expect(try one("3 tỷ đồng", indicator: "revenue_avg").map(\.value) == [3_000])
        #expect(try one("42,3%", indicator: "effective_share").map(\.value) == [42.3])
    }

    @Test func aUnitOfAnotherIndicatorIsAnError() {
        let message = ingestError("province,year,indicator,value\nHà Nam,2023,htx,8 người\n")
        #expect(message?.contains("\"8 người\" is not a number") == true, "\(message ?? "")")
    }

    @Test func spacesAndNoBreakSpacesGroupThousands() throws {
        #expect(try one("268 900").map(\.value) == [268_900])
        #expect(try one("268\u{00A0}900").map(\.value) == [268_900])
        #expect(ingestError("province,year,indicator,value\nHà Nam,2023,members,26 89\n") != nil)
    }

    @Test func provinceNamesAsOfficesWriteThem() throws {
        let names = ["Daklak": "Đắk Lắk", "Kontum": "Kon Tum", "BR-VT": "Bà Rịa - Vũng Tàu", "T. Thái Bình": "Thái Bình", "Tp HCM": "Hồ Chí Minh"]
        for (written, name) in names {
            let observations = try one("5", province: written)
            #expect(observations.count == 1)
            #expect(observations.first.map { Dataset().registry.provinces[$0.province].name } == name, "\(written)")
        }
    }

    @Test func newAndOldAreCheckedAgainstThePeriod() throws {
        let registry = Dataset().registry
        let new = try one("5", year: "2026", province: "Bắc Ninh (mới)")
        #expect(new.first.map { registry.provinces[$0.province].code } == "24")
        let old = try one("5", year: "2023", province: "Bắc Ninh (cũ)")
        #expect(old.first.map { registry.provinces[$0.province].code } == "27")
        let message = ingestError("province,year,indicator,value\nBắc Ninh (mới),2023,members,5\n")
        #expect(message?.contains("names the unit formed on 1 July 2025") == true, "\(message ?? "")")
    }

    @Test func periodsAsPeopleWriteThem() throws {
        #expect(try one("5", year: "Năm 2023").map(\.period) == [Period(year: 2023)])
        #expect(try one("5", year: "6 tháng đầu năm 2023").map(\.period) == [Period(year: 2023, part: .firstHalf)])
        #expect(try one("5", year: "6 tháng cuối năm 2023").map(\.period) == [Period(year: 2023, part: .secondHalf)])
    }

    @Test func quartersAreRefusedWithTheReason() {
        let message = ingestError("province,year,indicator,value\nHà Nam,Quý I/2023,members,5\n")
        #expect(message?.contains("year: \"Quý I/2023\" is not a period: quarters are not periods coopchart keeps") == true, "\(message ?? "")")
    }

    @Test func validateSaysHowEachMarkerWasRead() throws {
        let (_, errors, notes) = DatasetReader().readReporting(files: [try WorkbookFixtures.path("markers.xlsx")])
        #expect(errors.isEmpty, "\(errors)")
        #expect(
            notes.lines.contains(
                "note: \"-\" no occurrence (GSO \"-\"): read as 0, in 1 cell: markers.xlsx:Biểu 02!D2".replacingOccurrences(
                    of: "markers.xlsx", with: try WorkbookFixtures.path("markers.xlsx"))))
        #expect(notes.lines.contains { $0.contains("\"1,2 triệu\" \"triệu\" read in người") })
        #expect(notes.lines.contains { $0.contains("\"..\" no data (GSO \"..\"): left missing, never 0") })
    }
}
