import CoopWorkbook
import Foundation
import Testing
@testable import CoopAnalytics

/// What issue 22 saw on office tables, each read exactly now or refused at the cell that stops it.
@Suite struct OfficeTableReproductionTests {
    func read(_ csv: String, file: String = "bao-cao.csv", year: String? = nil, visibleOnly: Bool = false) throws -> Dataset {
        var reader = DatasetReader()
        reader.defaultPeriod = year.flatMap { Period(parsing: $0) }
        reader.visibleOnly = visibleOnly
        var dataset = Dataset()
        try reader.read(bytes: Array(csv.utf8), file: file, into: &dataset)
        return dataset
    }

    func error(_ csv: String, year: String? = nil) -> String? {
        do {
            _ = try read(csv, year: year)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func report(_ csv: String) -> (dataset: Dataset, errors: [InputError], notes: ReadNotes) {
        DatasetReader().readReporting(inputs: [DataInput(name: "bao-cao.csv", bytes: Array(csv.utf8))])
    }

    func figures(_ dataset: Dataset) -> [String] { WorkbookFixtures.figures(dataset) }

    /// All 63 provinces of 2023 with a figure each, one row replaced.
    static func nationalTable(replacing code: String, with row: String) -> String {
        let registry = ProvinceRegistry.bundled
        var lines = ["SỐ HỢP TÁC XÃ NĂM 2023", "STT,Tỉnh,Số HTX"]
        var number = 1
        for province in registry.provinces where province.isValid(on: SimpleDate(year: 2023, month: 12, day: 31)) {
            lines.append(province.code == code ? row : "\(number),\(province.name),\(100 + number)")
            number += 1
        }
        return lines.joined(separator: "\n") + "\n,Người lập biểu,\n"
    }

    // MARK: 1. A table's extent and every row's role, from the whole sheet

    @Test func anUnreportedProvinceSpeltTheOldWayNeitherEndsNorShortensTheTable() throws {
        let csv = Self.nationalTable(replacing: "06", with: "6,Bắc Cạn,")
        let (dataset, errors, notes) = report(csv)
        #expect(errors.isEmpty, "\(errors)")
        #expect(Set(dataset.observations.map(\.province)).count == 62)
        #expect(!figures(dataset).contains { $0.hasPrefix("Bắc Kạn") })
        let line = csv.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Bắc Cạn") }! + 1
        #expect(notes.lines.contains { $0.contains("province without figures (not reported) line \(line) (\"Bắc Cạn\")") }, "\(notes.lines)")
    }

    @Test func aRowThatIsNotUnderstoodIsAnErrorAtItsCellWithOrWithoutFigures() {
        for row in ["6,Bắc Cạnn,", "6,Bắc Cạnn,35"] {
            let csv = Self.nationalTable(replacing: "06", with: row)
            let line = csv.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Bắc Cạnn") }! + 1
            let message = error(csv)
            #expect(message?.hasPrefix("bao-cao.csv:\(line): province: ") == true, "\(message ?? "")")
            #expect(message?.contains("\"Bắc Cạnn\" is neither a province, a total") == true, "\(message ?? "")")
            #expect(message?.contains("did you mean Bắc Kạn") == true, "\(message ?? "")")
        }
    }

    @Test func headingsAndSubtotalsAreNeitherProvincesNorTheTotalAndSubtotalsAreChecked() throws {
        let csv = """
            STT,Tỉnh,Năm,Số HTX
            ,TỔNG SỐ,2023,1500
            I,Vùng Đồng bằng sông Hồng,,
            1,Hà Nam,2023,289
            2,Nam Định,2023,735
            ,Cộng vùng,2023,1024
            II,Vùng Trung du và miền núi phía Bắc,,
            3,Hòa Bình,2023,410
            ,Cộng vùng,2023,400
            ,Người lập biểu,,
            """
        let (dataset, errors, notes) = report(csv)
        #expect(errors.isEmpty, "\(errors)")
        #expect(figures(dataset) == ["Hà Nam 2023 htx 289", "Hòa Bình 2023 htx 410", "Nam Định 2023 htx 735"])
        #expect(WorkbookFixtures.totals(dataset) == ["TỔNG SỐ 2023 htx 1500"])
        // The second subtotal says 400 where its one province has 410.
        #expect(
            dataset.readingWarnings.map(\.description) == [
                "bao-cao.csv:9: warning: the subtotal \"Cộng vùng\" gives 400 in \"Số HTX\", but its 1 provinces (line 8) add up to 410"
            ])
        #expect(dataset.readingWarnings.first?.vietnamese?.contains("dòng cộng") == true)
        #expect(notes.lines.contains { $0.contains("heading lines 3, 7") && $0.contains("subtotal lines 6, 9") }, "\(notes.lines)")
    }

    @Test func aSecondTableUnderTheFirstIsRead() throws {
        let csv = """
            Biểu 01: SỐ HTX NĂM 2023
            STT,Tỉnh,Số HTX
            1,Hà Nam,289
            2,Nam Định,735
            ,Tổng cộng,1024

            Biểu 02: SỐ TỔ HỢP TÁC NĂM 2023
            STT,Tỉnh,Số THT
            1,Hà Nam,320
            2,Nam Định,510
            """
        #expect(figures(try read(csv)) == ["Hà Nam 2023 htx 289", "Hà Nam 2023 tht 320", "Nam Định 2023 htx 735", "Nam Định 2023 tht 510"])
    }

    @Test func aProvinceWithFiguresBelowTheSignatureIsAnErrorNotADrop() {
        let message = error("STT,Tỉnh,Năm,Số HTX\n1,Hà Nam,2023,289\n,Người lập biểu,,\n2,Nam Định,2023,735\n")
        #expect(message?.hasPrefix("bao-cao.csv:4: province: \"Nam Định\" has figures but stands below the end of the table") == true, "\(message ?? "")")
    }

    // MARK: 3. Cross-checks that catch a shifted table

    @Test func aCodeThatDisagreesWithTheNameIsAnErrorNamingBoth() {
        // Bắc Ninh's row re-keyed to 2025's code 24, which was Bắc Giang in 2023.
        let message = error("Mã tỉnh,Tên tỉnh,Năm,Số HTX\n24,Bắc Ninh,2023,289\n")
        #expect(
            message?.hasPrefix("bao-cao.csv:2: code: the code \"24\" is Bắc Giang in 2023, but the name beside it is \"Bắc Ninh\" (Bắc Ninh, code 27)") == true,
            "\(message ?? "")")
    }

    @Test func aTableKeyedByCodeReadsItsFirstRowsAsProvincesNotColumnNumbers() throws {
        let dataset = try read("Mã tỉnh,Năm,Số HTX,Số THT\n01,2023,12,3\n02,2023,14,5\n04,2023,9,2\n")
        #expect(
            figures(dataset) == [
                "Cao Bằng 2023 htx 9", "Cao Bằng 2023 tht 2", "Hà Giang 2023 htx 14", "Hà Giang 2023 tht 5", "Hà Nội 2023 htx 12", "Hà Nội 2023 tht 3",
            ])
    }

    @Test func aTotalFarAboveItsProvincesIsAnErrorAtTheTotal() {
        let message = error("STT,Tỉnh,Năm,Số HTX\n1,Hà Nam,2023,289\n2,Nam Định,2023,735\n,Tổng cộng,2023,4840\n")
        #expect(
            message?.hasPrefix("bao-cao.csv:4: total: the total \"Tổng cộng\" gives 4840 in \"Số HTX\", but the 2 provinces read add up to 1024") == true,
            "\(message ?? "")")
    }

    // MARK: 2. Headers, most specific first

    static let headers: [OfficeLayoutTests.OfficeTable] = [
        .init(
            behaviour: "a group over Tổng số HTX and Số HTX thành lập mới: the leaf names the indicator",
            csv: """
                STT,Tỉnh,Hợp tác xã,
                ,,Tổng số HTX,Số HTX thành lập mới
                1,Hà Nam,289,12
                """, year: "2023", figures: ["Hà Nam 2023 htx 289", "Hà Nam 2023 new_htx 12"]),
        .init(
            behaviour: "Thành lập mới năm 2023 over HTX and THT",
            csv: """
                STT,Tỉnh,Thành lập mới năm 2023,
                ,,HTX,THT
                1,Hà Nam,12,30
                """, figures: ["Hà Nam 2023 new_htx 12", "Hà Nam 2023 new_tht 30"]),
        .init(
            behaviour: "a part under its whole (Trong đó) is left out",
            csv: """
                STT,Tỉnh,Số HTX,
                ,,Tổng số,Trong đó: nông nghiệp
                1,Hà Nam,289,200
                """, year: "2023", figures: ["Hà Nam 2023 htx 289"]),
        .init(
            behaviour: "an indicator and a period in one header", csv: "Tỉnh,Số HTX thành lập mới năm 2023,Số HTX đến 31/12/2023\nHà Nam,12,289\n",
            figures: ["Hà Nam 2023 htx 289", "Hà Nam 2023 new_htx 12"]),
        .init(
            behaviour: "an estimate column is approximate and a comparison column is left out",
            csv: """
                Tỉnh,Số HTX,,
                ,Năm 2023,Ước 2024,So sánh 2024/2023 (%)
                Hà Nam,289,300,103.8
                """, figures: ["Hà Nam 2023 htx 289", "Hà Nam 2024 htx 300≈"]),
        .init(
            behaviour: "a plan column is the plan target",
            csv: """
                Tỉnh,Số HTX thành lập mới,
                ,Thực hiện 2023,Kế hoạch 2024
                Hà Nam,12,15
                """, figures: ["Hà Nam 2023 new_htx 12", "Hà Nam 2024 target_new_htx 15"]),
        .init(
            behaviour: "members of HTX under a measure", csv: "Tỉnh,Số thành viên\n,HTX\nHà Nam,25000\n", year: "2023", figures: ["Hà Nam 2023 members 25000"]),
        .init(
            behaviour: "TỔNG SỐ in the STT column (merged across STT and name) is the total",
            csv: "STT,Tỉnh,Năm,Số HTX\nTỔNG SỐ,,2023,289\n1,Hà Nam,2023,289\n",
            figures: ["Hà Nam 2023 htx 289"]),
    ]

    @Test(arguments: headers)
    func headersAreReadMostSpecificFirst(_ table: OfficeLayoutTests.OfficeTable) throws {
        #expect(figures(try read(table.csv, year: table.year)) == table.figures)
    }

    @Test func twoColumnsReadAsTheSameFigureAreAnErrorNamingBoth() {
        let message = error("Tỉnh,Số HTX,Số HTX\nHà Nam,289,290\n", year: "2023")
        #expect(
            message?.contains("columns B (\"Số HTX\") and C (\"Số HTX\") both read as htx 2023") == true
                || message?.contains("columns 2 (\"Số HTX\") and 3 (\"Số HTX\") both read as htx") == true,
            "\(message ?? "")")
    }

    // MARK: 4. Cells as the spreadsheet means them

    @Test func aPercentCellIsShiftedExactlyAndEqualsTheTypedFigure() {
        #expect(CellValueTesting.percent(0.582) == 58.2)
        #expect(CellValueTesting.percent(0.66) == 66)
        #expect(CellValueTesting.percent(0.0001) == 0.01)
        #expect(CellValueTesting.displayed(50 * 1.1) == 55)
        #expect(CellValueTesting.displayed(0.1 + 0.2) == 0.3)
    }

    @Test func workbookCellsReadAsAPersonSeesThem() throws {
        // 58,2 % in .xlsx, .xls and .ods is the 58,2 typed in a CSV file: a tie stays a tie.
        let typed = try read("Tỉnh,Năm,Tỷ lệ HTX hoạt động hiệu quả\nNam Định,2023,\"58,2\"\n").observations[0].value
        for name in ["percent-cells.xlsx", "percent-cells.xls", "percent-cells.ods"] {
            let dataset = try WorkbookFixtures.read([name])
            #expect(dataset.observations.filter { $0.indicator == "effective_share" }.map(\.value).sorted() == [typed, 66], "\(name)")
        }
        // =50*1.1 saved as 55.000000000000007 is the 55 the spreadsheet shows.
        #expect(WorkbookFixtures.figures(try WorkbookFixtures.read(["formula-rounded.xlsx"])) == ["Hà Nam 2023 new_htx 55"])
        // #N/A computed by a formula is refused at its cell in every format.
        for name in ["error-cells.xls", "error-cells.ods"] {
            let message = try WorkbookFixtures.error([name])
            #expect(message?.hasPrefix("\(name):Biểu 01!C3: effective_share: the cell holds the spreadsheet error #N/A") == true, "\(message ?? "")")
        }
    }

    // MARK: A province listed without a figure

    @Test func aProvinceListedWithoutAFigureStaysAmongThePeriodsProvincesAsMissing() throws {
        let dataset = try read(
            """
            BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2024
            STT;Tỉnh, thành phố;Số HTX;Doanh thu bình quân (triệu đồng)
            1;Hà Nam;120;1,5
            2;Bắc Cạn;x;-
            3;Nam Định;130;2,5
            4;Ninh Bình;chưa báo cáo;
            ;TỔNG SỐ;250;

            """)
        let registry = dataset.registry
        let names = dataset.provinces(in: Period(year: 2024)).map { registry.provinces[$0].name }
        #expect(names.sorted() == ["Bắc Kạn", "Hà Nam", "Nam Định", "Ninh Bình"].sorted())
        #expect(Set(dataset.listed(in: Period(year: 2024)).map { registry.provinces[$0].name }) == ["Bắc Kạn", "Ninh Bình"])
        #expect(dataset.observations.filter { registry.provinces[$0.province].name == "Bắc Kạn" }.isEmpty, "missing, never a zero")
        // A cluster's view keeps the listings of its members only.
        let hanam = try #require(registry.provinces.firstIndex { $0.name == "Hà Nam" })
        let kept = dataset.filter(provinces: { province, _ in province == hanam })
        #expect(kept.provinces(in: Period(year: 2024)) == [hanam])
    }

    // MARK: 5. What a person sees

    @Test func hiddenAndFilteredRowsAreReadWithAWarningOrLeftOutWithVisibleOnly() throws {
        for name in ["hidden-rows.xlsx", "hidden-rows.xls", "hidden-rows.ods"] {
            let all = try WorkbookFixtures.read([name])
            #expect(all.observations.count == 5, "\(name)")
            #expect(
                all.readingWarnings.map(\.description) == [
                    "\(try WorkbookFixtures.path(name)):Biểu 01!B5: warning: rows 5, 7 (Bắc Giang, Hòa Bình) are hidden or filtered out in the sheet, "
                        + "and were read like the rows shown"
                ], "\(name)")
            // The command line names its control (`--visible-only`); the library alone has none to name.
            var told = WorkbookFixtures.reader()
            told.controls = ReaderControls(visibleOnly: "--visible-only")
            #expect(
                try told.read(files: [try WorkbookFixtures.path(name)]).readingWarnings.map(\.description).first?
                    .hasSuffix("were read like the rows shown; give --visible-only to read only the rows shown") == true, "\(name)")
            var reader = WorkbookFixtures.reader()
            reader.visibleOnly = true
            let visible = try reader.read(files: [try WorkbookFixtures.path(name)])
            #expect(WorkbookFixtures.figures(visible) == ["Hà Nam 2023 htx 289", "Nam Định 2023 htx 735", "Thái Bình 2023 htx 892"], "\(name)")
            #expect(visible.readingWarnings.isEmpty)
        }
    }

    // MARK: Periods

    @Test func aSheetPerPeriodReadsAsOneDatasetWithoutConflicts() throws {
        let dataset = try WorkbookFixtures.read(["sheets-per-year.xlsx"])
        #expect(
            WorkbookFixtures.figures(dataset) == [
                "Hà Nam 2022 htx 280", "Hà Nam 2023 htx 289", "Hà Nam 2024 htx 300≈", "Nam Định 2022 htx 680", "Nam Định 2023 htx 689",
                "Nam Định 2024 htx 700≈",
            ])
    }

    @Test func theStatisticsOfficesBieu01IsReadAsItsFigures() throws {
        for name in ["bieu-01.xlsx", "bieu-01.xls"] {
            let (dataset, errors, notes) = WorkbookFixtures.reader().readReporting(files: [try WorkbookFixtures.path(name)])
            #expect(errors.isEmpty, "\(name): \(errors)")
            #expect(
                WorkbookFixtures.figures(dataset) == [
                    "Hà Nam 2023 htx 289", "Hà Nam 2023 new_htx 12", "Hòa Bình 2023 htx 410", "Hòa Bình 2023 new_htx 8",
                    "Lạng Sơn 2023 htx 502", "Lạng Sơn 2023 new_htx 11", "Nam Định 2023 htx 735", "Nam Định 2023 new_htx 30",
                ], "\(name)")
            #expect(WorkbookFixtures.totals(dataset) == ["TỔNG SỐ 2023 htx 1936", "TỔNG SỐ 2023 new_htx 61"], "\(name)")
            let stages = notes.lines.joined(separator: "\n")
            #expect(stages.contains("province without figures (not reported) row 13 (\"Bắc Cạn\")"), "\(stages)")
            #expect(stages.contains("E left out, a comparison \"So sánh 2023/2022 (%)\""), "\(stages)")
            #expect(stages.contains("period 2023 from the title \"SỐ LƯỢNG HỢP TÁC XÃ NĂM 2023\" (cell A2)"), "\(stages)")
            #expect(stages.contains("subtotal \"Cộng vùng\" of rows 9–10 (2 provinces), checked"), "\(stages)")
        }
    }

    @Test func theYearbooksLayoutWithAnEmptyCornerAndTheIndicatorInTheTitle() throws {
        let csv = """
            3.12. Số hợp tác xã phân theo địa phương,,,
            ,,,Đơn vị tính: HTX
            ,2021,2022,Sơ bộ 2023
            CẢ NƯỚC,2600,2700,2800
            Đồng bằng sông Hồng,2500,2550,2600
            Hà Nội,2200,2230,2260
            Hà Nam,300,320,340
            Trung du và miền núi phía Bắc,100,150,200
            Hà Giang,100,150,200
            """
        let (dataset, errors, notes) = report(csv)
        #expect(errors.isEmpty, "\(errors)")
        #expect(
            figures(dataset) == [
                "Hà Giang 2021 htx 100", "Hà Giang 2022 htx 150", "Hà Giang 2023 htx 200≈", "Hà Nam 2021 htx 300", "Hà Nam 2022 htx 320",
                "Hà Nam 2023 htx 340≈", "Hà Nội 2021 htx 2200", "Hà Nội 2022 htx 2230", "Hà Nội 2023 htx 2260≈",
            ])
        #expect(notes.lines.contains { $0.contains("indicator htx from the title") }, "\(notes.lines)")
        #expect(notes.lines.contains { $0.contains("column 1 has no header over its names") }, "\(notes.lines)")
    }

    @Test func yearHeadersAsDateCellsAndAnEstimateColumn() throws {
        #expect(
            WorkbookFixtures.figures(try WorkbookFixtures.read(["date-years.xlsx"])) == [
                "Hà Nam 2022 new_htx 10", "Hà Nam 2023 new_htx 12", "Hà Nam 2024 new_htx 15≈",
            ])
    }
}

/// The cell arithmetic, reached through the workbook module's public functions.
enum CellValueTesting {
    static func percent(_ fraction: Double) -> Double { CellValue.percentFigure(ofFraction: fraction) }
    static func displayed(_ number: Double) -> Double { CellValue.displayed(number) }
}
