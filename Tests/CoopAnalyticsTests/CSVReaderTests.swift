import Testing
@testable import CoopAnalytics

@Suite struct CSVReaderTests {
    private func records(_ text: String, delimiter: UInt8 = 0x2C) throws -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        try CSVReader.read(Array(text.utf8), delimiter: delimiter, file: "t.csv") { out.append(($0.line, $0.strings)) }
        return out
    }

    @Test func recordsCarryTheLineTheyStartOn() throws {
        let result = try records("a,b\n\n1,2\n\"multi\nline\",3\n4,5\n")
        #expect(result.map(\.0) == [1, 3, 4, 6])
        #expect(result[2].1 == ["multi\nline", "3"])
    }

    @Test func quotedFieldsKeepCommasAndDoubledQuotes() throws {
        let result = try records("x\n\"Hà Nội, thủ đô\",\"nói \"\"xin chào\"\"\"\n")
        #expect(result[1].1 == ["Hà Nội, thủ đô", "nói \"xin chào\""])
    }

    @Test func crlfLineEndsAndAMissingFinalNewlineAreRead() throws {
        let result = try records("a,b\r\n1,2\r\n3,4")
        #expect(result.map(\.1) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(result.map(\.0) == [1, 2, 3])
    }

    @Test func tabDelimitedKeepsSpacesInsideNames() throws {
        let result = try records("province\tvalue\nHà Nam\t4\n", delimiter: 0x09)
        #expect(result[1].1 == ["Hà Nam", "4"])
    }

    @Test func anUnterminatedQuoteIsAnErrorOnTheLineItOpens() {
        #expect(throws: InputError.self) { try records("a,b\n1,2\n\"open,3\n4,5\n") }
        do {
            _ = try records("a,b\n1,2\n\"open,3\n4,5\n")
        } catch let error as InputError {
            #expect(error.line == 3)
            #expect(error.message.contains("unterminated"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theDelimiterIsDetectedFromTheHeader() {
        #expect(CSVReader.detectDelimiter(Array("a\tb\tc\n1,2\t3".utf8)) == 0x09)
        #expect(CSVReader.detectDelimiter(Array("a;b;c\n".utf8)) == 0x3B)
        #expect(CSVReader.detectDelimiter(Array("a,b\n".utf8)) == 0x2C)
    }

    @Test func aTitleRowAboveASemicolonTableDoesNotHideItsDelimiter() {
        // Excel with Vietnamese settings: ";" between fields, "," for decimals, a title row first.
        let text = "BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2017\nKèm theo Báo cáo số 12\nSTT;Tỉnh;Số HTX;Doanh thu bình quân\n1;Ninh Bình;533;1.250,5\n"
        #expect(CSVReader.detectDelimiter(Array(text.utf8)) == 0x3B)
    }
}
