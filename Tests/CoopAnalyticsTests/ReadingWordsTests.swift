import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// The reading errors an office meets reach Vietnamese outputs (the findings workbook, the web page) in
/// Vietnamese, with the same values and places as the English that stderr prints.
@Suite struct ReadingWordsTests {
    /// Every error of one file, read to the end as `validate` reads it.
    func errors(_ csv: String, name: String = "bao-cao.csv") throws -> [InputError] {
        let files = try TemporaryFiles([name: csv])
        defer { files.cleanup() }
        return DatasetReader().readCollecting(files: [files.path(name)]).errors
    }

    @Test func theErrorsAnOfficeMeetsMostHaveTheirVietnamese() throws {
        let found = try errors(
            """
            province,year,indicator,value,qualifier
            Hải Dươngg,2017,htx,120,
            Hà Nam,2017,htx,12a,
            Hà Nam,2017,members,,
            Nam Định,2017,htx,-3,
            Nam Định,2017,members,12.5,
            Ninh Bình,2017,htx,100,
            Ninh Bình,2017,htx,101,
            Thái Bình,2017,sohtxx,4,
            Thái Bình,2017-X,htx,4,
            Thái Bình,Quý I/2017,htx,4,
            Hải Dương,2017,tht,5,xyz
            Hưng Yên,2017,htx,5,,6
            """)
        let vietnamese = found.map { $0.message(in: .vi) }
        #expect(found.count == 11, "\(found.map(\.description))")
        #expect(found.allSatisfy { $0.vietnamese != nil && $0.vietnamese != $0.message }, "\(found.filter { $0.vietnamese == nil }.map(\.message))")
        #expect(vietnamese.contains { $0.hasPrefix("không có tỉnh \"Hải Dươngg\" trong danh mục; có phải Hải Dương") })
        #expect(
            vietnamese.contains(
                "\"12a\" không phải là số; ghi số như 2.425.931, 46,5 hoặc 46.5, có thể kèm mức độ (~590, ≈590, khoảng 590: ước tính; "
                    + ">120.000, ≥130, hơn/trên/ít nhất 130: cận dưới; <3.000, ≤3.000, gần/dưới 3.000: cận trên), đơn vị (HTX) "
                    + "hoặc từ chỉ quy mô (nghìn, triệu, tỷ); không có số liệu thì ghi \"-\" (không phát sinh: 0 với số đếm), "
                    + "\"..\" (không có số liệu) hoặc \"x\" (không áp dụng), hoặc để trống ô"))
        #expect(vietnamese.contains("ô giá trị để trống; ghi số liệu, hoặc bỏ dòng này nếu tỉnh chưa báo cáo"))
        #expect(vietnamese.contains("\"-3\" là số âm, nhưng htx là số đếm; số đếm phải từ 0 trở lên"))
        #expect(vietnamese.contains("\"12.5\" có phần thập phân, nhưng members là số đếm đơn vị nguyên; ghi số nguyên"))
        #expect(vietnamese.contains { $0.hasPrefix("Ninh Bình htx 2017 được ghi hai lần với hai giá trị khác nhau: 101 ở đây và 100 tại ") })
        #expect(vietnamese.contains { $0.hasPrefix("không có chỉ tiêu \"sohtxx\" trong danh mục; có phải") })
        #expect(vietnamese.contains("\"2017-X\" không phải là kỳ số liệu; ghi năm như 2017, hoặc 6 tháng như 2017-H1 hay 2017-H2"))
        #expect(vietnamese.contains { $0.hasPrefix("\"Quý I/2017\" không phải là kỳ số liệu: coopchart không giữ số liệu theo quý") })
        #expect(vietnamese.contains("mức độ \"xyz\" không hợp lệ; ghi exact, approx, at_least hoặc at_most, hoặc để trống nếu là số chính xác"))
        #expect(
            vietnamese.contains(
                "dòng này có 6 trường nhưng dòng tiêu đề có 5; đặt trong ngoặc kép mọi giá trị có dấu phẩy, "
                    + "và cho mọi dòng đủ các cột của tiêu đề"))
        // stderr stays English, word for word as before.
        #expect(
            found.map(\.description).contains {
                $0.hasSuffix(
                    ":3: value: \"12a\" is not a number; write a number such as 2.425.931, 46,5 or 46.5, "
                        + "optionally with a qualifier (\(ValueText.acceptedQualifierWords)), a unit (HTX) or a scale word "
                        + "(nghìn, triệu, tỷ); for no figure write \(StatisticalMarker.accepted)")
            })
    }

    @Test func numberStylesAreNamedInTheLanguageAndAnEarlierCellIsACellNotAPackedLine() throws {
        let found = try errors(
            """
            province,year,indicator,value
            Hà Nam,2017,members,2.425.931
            Nam Định,2017,members,"2,425,931"
            Ninh Bình,2017,revenue_avg,4.139
            """)
        #expect(
            found.map { ParameterText.plain($0.message(in: .vi)) }.contains(
                "\"2,425,931\" viết theo kiểu tiếng Anh (2,425,931; 46.5), nhưng dòng 2 (\"2.425.931\") "
                    + "viết theo kiểu Việt Nam (2.425.931; 46,5); một tệp chỉ dùng một kiểu: sửa một trong hai, hoặc dùng --number-style vi|en"))
        let english = ReadingWords.for(.en), vietnamese = ReadingWords.for(.vi)
        let cell = CellLine.encode(row: 8, column: 3)
        #expect(english.place(line: cell) == "cell D9" && vietnamese.place(line: cell) == "ô D9")
        #expect(english.place(line: 12) == "line 12" && vietnamese.place(line: 12) == "dòng 12")
    }

    @Test func figuresCountedTwiceAcrossTheMergerAreToldInVietnamese() throws {
        var data = Dataset()
        try DatasetReader().read(
            bytes: Array(
                """
                province,year,indicator,value
                Thái Bình,2025,htx,10
                Hưng Yên,2025,htx,30
                """.utf8), file: "2025.csv", into: &data)
        let overlap = try #require(MergerOverlap.errors(in: data).first)
        #expect(overlap.message.hasPrefix("Thái Bình htx 2025 (here) and Hưng Yên"))
        #expect(overlap.message(in: .vi).hasPrefix("Thái Bình htx 2025 (ở đây) và Hưng Yên"))
        #expect(overlap.message(in: .vi).hasSuffix("ghi số liệu 6 tháng (Thái Bình 2025-H1, Hưng Yên 2025-H2) hoặc chỉ giữ một trong hai"))
    }
}
