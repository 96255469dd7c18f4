import Testing
@testable import CoopAnalytics

/// One CSV writer, three styles: RFC 4180 for scripts, and the two Excel reads straight into columns.
@Suite struct CSVStyleTests {
    let cells: [CSVText.Cell] = [
        .text("Hà Nam; Nam Định"), .number(46.5), .rounded(13.5349, maxDecimals: 2), .integer(2017), .number(-8), .text("=1+2"), .empty,
    ]

    @Test func rfc4180SeparatesWithCommasAndWritesDecimalPoints() {
        #expect(CSVText.row(cells) == "Hà Nam; Nam Định,46.5,13.53,2017,-8,'=1+2,\n")
    }

    @Test func excelVietnameseSeparatesWithSemicolonsAndWritesDecimalCommas() {
        #expect(CSVText.row(cells, style: .excelVietnamese) == "\"Hà Nam; Nam Định\";46,5;13,53;2017;-8;'=1+2;\n")
        #expect(CSVText.row([.text("1,5 triệu")], style: .excelVietnamese) == "1,5 triệu\n", "a comma in text needs no quotes when ; separates")
    }

    @Test func excelEnglishIsCommasAndPoints() {
        #expect(CSVText.row([.text("a,b"), .number(2425931.5)], style: .excelEnglish) == "\"a,b\",2425931.5\n")
    }

    @Test func stylesAreNamedAsTheOptionNamesThem() {
        #expect(CSVStyle(name: "vi") == .excelVietnamese)
        #expect(CSVStyle(name: "EN") == .excelEnglish)
        #expect(CSVStyle(name: "rfc4180") == .rfc4180)
        #expect(CSVStyle(name: "excel") == nil)
        #expect(CSVStyle.excel(.vi) == .excelVietnamese)
    }
}
