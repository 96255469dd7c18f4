import Foundation
import Testing
@testable import CoopAnalytics

/// Tables as offices lay them out, read from CSV (the same engine reads sheets).
@Suite struct OfficeLayoutTests {
    func read(_ csv: String, year: String? = nil, indicator: String? = nil, indicatorOption: String? = nil) throws -> Dataset {
        var reader = DatasetReader()
        reader.defaultPeriod = year.flatMap { Period(parsing: $0) }
        reader.defaultIndicator = indicator
        reader.controls.indicator = indicatorOption
        var dataset = Dataset()
        try reader.read(bytes: Array(csv.utf8), file: "bao-cao.csv", into: &dataset)
        return dataset
    }

    func error(_ csv: String, year: String? = nil, indicator: String? = nil, indicatorOption: String? = nil) -> String? {
        do {
            _ = try read(csv, year: year, indicator: indicator, indicatorOption: indicatorOption)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func figures(_ dataset: Dataset) -> [String] { WorkbookFixtures.figures(dataset) }

    @Test func titleRowsSTTAndTotalsAroundAWideTable() throws {
        let dataset = try read(
            """
            BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2023,,,
            ,,,
            STT,Tỉnh/TP,Số HTX,Số thành viên
            1,Hà Nội,2210,1210500
            2,Hải Phòng,540,268900
            ,Tổng cộng,2750,1479400
            ,,,
            ,Người lập biểu,,CHỦ TỊCH
            """, year: "2023")
        #expect(figures(dataset) == ["Hà Nội 2023 htx 2210", "Hà Nội 2023 members 1210500", "Hải Phòng 2023 htx 540", "Hải Phòng 2023 members 268900"])
        #expect(WorkbookFixtures.totals(dataset) == ["Tổng cộng 2023 htx 2750", "Tổng cộng 2023 members 1479400"])
    }

    @Test func aTitleNamingOnePeriodGivesTheTableItsPeriod() throws {
        let csv = """
            BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2023,,
            Tỉnh/TP,Số HTX,Số thành viên
            Hà Nội,2210,1210500
            """
        #expect(figures(try read(csv)) == ["Hà Nội 2023 htx 2210", "Hà Nội 2023 members 1210500"])
        // --year is the fallback for tables that name no period; it never changes what a file says.
        #expect(figures(try read(csv, year: "2024")) == ["Hà Nội 2023 htx 2210", "Hà Nội 2023 members 1210500"])
    }

    @Test func aTotalRowFirstAsTheGSOWritesIt() throws {
        let dataset = try read("Tỉnh, thành phố;Năm;Số QTDND\nTỔNG SỐ;2023;30\nThái Bình;2023;18\nNam Định;2023;12\n")
        #expect(figures(dataset) == ["Nam Định 2023 credit_funds 12", "Thái Bình 2023 credit_funds 18"])
        #expect(WorkbookFixtures.totals(dataset) == ["TỔNG SỐ 2023 credit_funds 30"])
    }

    @Test func yearsAsColumnsWithoutAnIndicatorNeedIndicator() throws {
        let csv = "Tỉnh,2021,2022\nQuảng Ninh,86,25\n"
        let message = error(csv, indicatorOption: "--indicator")
        #expect(message?.contains("or give --indicator ID") == true, "\(message ?? "")")
        // A command without --indicator is told what to change in the file instead, never an option it lacks.
        let withoutOption = error(csv)
        #expect(withoutOption?.contains("write the indicator in the header above the years") == true, "\(withoutOption ?? "")")
        #expect(withoutOption?.contains("--indicator") == false)
        #expect(figures(try read(csv, indicator: "new_htx")) == ["Quảng Ninh 2021 new_htx 86", "Quảng Ninh 2022 new_htx 25"])
    }

    /// A table laid out as an office writes it, the year it is for (when no column gives one), and the
    /// figures read from it.
    struct OfficeTable: CustomTestStringConvertible, Sendable {
        let behaviour: String
        let csv: String
        var year: String? = nil
        let figures: [String]
        var testDescription: String { behaviour }
    }

    static let tables = [
        OfficeTable(
            behaviour: "a column-number row and a units row are skipped",
            csv: """
                STT,Địa phương,Số thành viên,Doanh thu bình quân
                A,B,1,2
                ,,nghìn người,tỷ đồng
                1,Hà Nội,1210,4.5
                """, year: "2023", figures: ["Hà Nội 2023 members 1210000", "Hà Nội 2023 revenue_avg 4500"]),
        OfficeTable(
            behaviour: "a scale in the header converts the figures",
            csv: "Tỉnh,Năm,Doanh thu bình quân (tỷ đồng/HTX)\nHà Nội,2023,\"4,25\"\n", figures: ["Hà Nội 2023 revenue_avg 4250"]),
        OfficeTable(
            behaviour: "a super-header over years is one indicator with years as columns",
            csv: """
                STT,Tỉnh,Số HTX thành lập mới,,
                ,,2021,2022,2023
                1,Quảng Ninh,86,25,30
                """, figures: ["Quảng Ninh 2021 new_htx 86", "Quảng Ninh 2022 new_htx 25", "Quảng Ninh 2023 new_htx 30"]),
        OfficeTable(
            behaviour: "a year super-header over indicators",
            csv: """
                ,Năm 2023,
                Tỉnh,Số HTX,Số THT
                Hà Nam,289,320
                """, figures: ["Hà Nam 2023 htx 289", "Hà Nam 2023 tht 320"]),
        OfficeTable(
            behaviour: "regional subtotals are left out",
            csv: "SỐ HTX NĂM 2023,,,\nSTT,Tỉnh,Năm,Số HTX\n,Đồng bằng sông Hồng,2023,500\n1,Hà Nam,2023,289\n", figures: ["Hà Nam 2023 htx 289"]),
        OfficeTable(
            behaviour: "a plain CSV still takes the fast path", csv: "province,year,indicator,value\nHà Nam,2017,htx,289\n",
            figures: ["Hà Nam 2017 htx 289"]),
    ]

    @Test(arguments: tables)
    func isReadAsItsFigures(_ table: OfficeTable) throws {
        #expect(figures(try read(table.csv, year: table.year)) == table.figures)
    }

    static let badTables = [
        BadCSV(
            "a table that names no period needs --year-of or --year",
            """
            BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2022 VÀ NĂM 2023,,
            Tỉnh/TP,Số HTX,Số thành viên
            Hà Nội,2210,1210500
            """, .beginning("bao-cao.csv:2: year: the table has no year column, and neither its headers, the sheet's name nor a title name its period"),
            .containing("give it with --year-of bao-cao.csv=2023 for this file, or --year 2023 for every file that names no period")),
        BadCSV(
            "a unit in the header is checked against the indicator", "Tỉnh,Năm,Số thành viên (HTX)\nHà Nội,2023,1210\n",
            .containing("the header gives the unit \"HTX\", but members is in người")),
        BadCSV(
            "an unknown header close to an indicator is a typo with a suggestion", "Tỉnh,Năm,Số HTXX\nHà Nội,2023,5\n",
            .containing("column \"Số HTXX\" is not a known indicator; did you mean htx")),
        BadCSV(
            "an unknown province with figures is an error, not the end of the table", "STT,Tỉnh,Năm,Số HTX\n1,Hà Nộii,2023,5\n2,Hà Nam,2023,6\n",
            .beginning("bao-cao.csv:2: province: the row has figures, but \"Hà Nộii\" is neither a province"), .containing("did you mean Hà Nội")),
        BadCSV(
            "in a data file, an unknown province is the data contract's error", "Tỉnh,Năm,Số HTX\nHà Nộii,2023,5\n",
            .beginning("bao-cao.csv:2: province: unknown province \"Hà Nộii\"; did you mean Hà Nội")),
        BadCSV(
            "in an office table, a row not understood is an error at its cell", "BÁO CÁO NĂM 2023\nSTT,Tỉnh,Số HTX\n1,Hà Nộii,5\n2,Hà Nam,6\n",
            .beginning("bao-cao.csv:3: province: the row has figures, but \"Hà Nộii\" is neither a province"), .containing("did you mean Hà Nội")),
    ]

    @Test(arguments: badTables)
    func isRefusedWithWhatToDo(_ bad: BadCSV) {
        bad.expectMessage(error(bad.csv))
    }
}
