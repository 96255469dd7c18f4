import Testing
@testable import CoopAnalytics

@Suite struct EncodingTests {
    let text = "Tỉnh,Năm,Chỉ tiêu,Giá trị\nHà Nam,2017,Số HTX,289\n"

    private func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test func utf8WithAByteOrderMarkIsRead() throws {
        let data = try ingest([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(data.observations.map(\.value) == [289])
    }

    @Test func utf16LittleEndianTabSeparatedIsRead() throws {
        let data = try ingest(utf16(text.replacingOccurrences(of: ",", with: "\t"), littleEndian: true))
        #expect(data.observations.map(\.value) == [289])
        #expect(data.observations.first.map { ProvinceRegistry.bundled.provinces[$0.province].name } == "Hà Nam")
    }

    @Test func utf16BigEndianCommaSeparatedIsRead() throws {
        let data = try ingest(utf16(text, littleEndian: false))
        #expect(data.observations.map(\.indicator) == ["htx"])
    }

    @Test func windows1258IsRefusedWithTheWayToConvert() {
        // "Tỉnh,Năm,Chỉ tiêu,Giá trị\nHà Nam,2017,Số HTX,289\n…" as `iconv -t CP1258` writes it.
        let bytes: [UInt8] = [
            0x54, 0x69, 0xD2, 0x6E, 0x68, 0x2C, 0x4E, 0xE3, 0x6D, 0x2C, 0x43, 0x68, 0x69, 0xD2, 0x20, 0x74, 0x69, 0xEA, 0x75, 0x2C,
            0x47, 0x69, 0xE1, 0x20, 0x74, 0x72, 0x69, 0xF2, 0x0A, 0x48, 0xE0, 0x20, 0x4E, 0x61, 0x6D, 0x2C, 0x32, 0x30, 0x31, 0x37,
            0x2C, 0x53, 0xF4, 0xEC, 0x20, 0x48, 0x54, 0x58, 0x2C, 0x32, 0x38, 0x39, 0x0A, 0x54, 0x68, 0xE1, 0x69, 0x20, 0x42, 0x69,
            0xCC, 0x6E, 0x68, 0x2C, 0x32, 0x30, 0x31, 0x37, 0x2C, 0x48, 0x54, 0x58, 0x20, 0x74, 0x68, 0xE0, 0x6E, 0x68, 0x20, 0x6C,
            0xE2, 0xF2, 0x70, 0x20, 0x6D, 0xF5, 0xEC, 0x69, 0x2C, 0x36, 0x0A,
        ]
        #expect(
            ingestError(bytes, file: "cp1258.csv")
                == "cp1258.csv:1: the file is in Windows-1258 (the old Windows Vietnamese code page), not UTF-8; convert it with `iconv -f CP1258 -t UTF-8 cp1258.csv > converted.csv`, or open it in Excel and save as \"CSV UTF-8\""
        )
    }

    @Test func tcvn3IsRefusedWithTheWayToConvert() {
        // The same text in TCVN3 (ABC), the encoding of the .Vn fonts.
        let bytes: [UInt8] = [
            0x54, 0xD8, 0x6E, 0x68, 0x2C, 0x4E, 0xA8, 0x6D, 0x2C, 0x43, 0x68, 0xD8, 0x20, 0x74, 0x69, 0xAA, 0x75, 0x2C, 0x47, 0x69,
            0xB8, 0x20, 0x74, 0x72, 0xDE, 0x0A, 0x48, 0xB5, 0x20, 0x4E, 0x61, 0x6D, 0x2C, 0x32, 0x30, 0x31, 0x37, 0x2C, 0x53, 0xE8,
            0x20, 0x48, 0x54, 0x58, 0x2C, 0x32, 0x38, 0x39, 0x0A, 0x54, 0x68, 0xB8, 0x69, 0x20, 0x42, 0xD7, 0x6E, 0x68, 0x2C, 0x32,
            0x30, 0x31, 0x37, 0x2C, 0x48, 0x54, 0x58, 0x20, 0x74, 0x68, 0xB5, 0x6E, 0x68, 0x20, 0x6C, 0xCB, 0x70, 0x20, 0x6D, 0xED,
            0x69, 0x2C, 0x36, 0x0A,
        ]
        let message = ingestError(bytes, file: "tcvn3.csv")
        #expect(
            message?.hasPrefix(
                "tcvn3.csv:1: the file is in TCVN3 (ABC, the legacy encoding of the .Vn fonts such as .VnTime), not UTF-8; convert it to Unicode with UniKey's converter"
            ) == true)
        #expect(message?.contains("iconv -f TCVN5712-1 -t UTF-8") == true)
    }

    @Test func aDamagedWorkbookIsReadAsAWorkbookAndRefusedAsDamaged() {
        #expect(
            ingestError([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], file: "report.xlsx")?
                .hasPrefix("report.xlsx: this is a zipped workbook (.xlsx or .ods), but its archive cannot be read") == true)
    }

    @Test func otherBinaryIsRefusedAsNotATextTable() {
        #expect(
            ingestError([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x01, 0x02], file: "a.out")?
                .hasPrefix("a.out:1: this is not a text table (it contains binary data such as NUL or control bytes)") == true)
    }

    @Test func utf16WithoutAByteOrderMarkIsRefused() {
        let bytes = Array(utf16(text, littleEndian: true).dropFirst(2))
        #expect(ingestError(bytes, file: "u16.txt")?.hasPrefix("u16.txt:1: this is UTF-16 text without a byte-order mark, not a text table") == true)
    }
}
