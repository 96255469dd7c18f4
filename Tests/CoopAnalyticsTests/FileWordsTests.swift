import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// A file that cannot be read as a table at all — empty, a workbook or PDF given as text, an old
/// Vietnamese encoding, binary, broken quotes — is refused in Vietnamese for Vietnamese outputs, at the
/// same line, and in the same English on stderr as before.
@Suite struct FileWordsTests {
    /// The errors `validate` collects reading `bytes` as the file `name`.
    func errors(_ bytes: [UInt8], name: String = "bao-cao.csv") throws -> [InputError] {
        let files = try TemporaryFiles([:])
        defer { files.cleanup() }
        try Data(bytes).write(to: URL(fileURLWithPath: files.path(name)))
        return DatasetReader().readCollecting(files: [files.path(name)]).errors.map { error in
            var named = error
            named.file = URL(fileURLWithPath: error.file).lastPathComponent
            return named
        }
    }

    /// "Tỉnh,Năm,Chỉ tiêu,Giá trị / Hà Nam,2017,Số HTX,289 / …" as Windows-1258 writes it (`EncodingTests`).
    static let windows1258: [UInt8] = [
        0x54, 0x69, 0xD2, 0x6E, 0x68, 0x2C, 0x4E, 0xE3, 0x6D, 0x2C, 0x43, 0x68, 0x69, 0xD2, 0x20, 0x74, 0x69, 0xEA, 0x75, 0x2C,
        0x47, 0x69, 0xE1, 0x20, 0x74, 0x72, 0x69, 0xF2, 0x0A, 0x48, 0xE0, 0x20, 0x4E, 0x61, 0x6D, 0x2C, 0x32, 0x30, 0x31, 0x37,
        0x2C, 0x53, 0xF4, 0xEC, 0x20, 0x48, 0x54, 0x58, 0x2C, 0x32, 0x38, 0x39, 0x0A,
    ]
    /// The same text in TCVN3 (ABC), the encoding of the .Vn fonts.
    static let tcvn3: [UInt8] = [
        0x54, 0xD8, 0x6E, 0x68, 0x2C, 0x4E, 0xA8, 0x6D, 0x2C, 0x43, 0x68, 0xD8, 0x20, 0x74, 0x69, 0xAA, 0x75, 0x2C, 0x47, 0x69,
        0xB8, 0x20, 0x74, 0x72, 0xDE, 0x0A, 0x48, 0xB5, 0x20, 0x4E, 0x61, 0x6D, 0x2C, 0x32, 0x30, 0x31, 0x37, 0x2C, 0x53, 0xE8,
        0x20, 0x48, 0x54, 0x58, 0x2C, 0x32, 0x38, 0x39, 0x0A,
    ]

    @Test func theOldVietnameseEncodingsAreRefusedInVietnameseWithTheWayToConvert() throws {
        let cp1258 = try errors(Self.windows1258)
        expectToldInVietnamese(cp1258, atLeast: 1)
        let windows = try #require(cp1258.first?.message(in: .vi))
        #expect(
            windows.hasPrefix(
                "tệp dùng bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows), không phải UTF-8; hãy chuyển bằng lệnh `iconv -f CP1258 -t UTF-8 "))
        #expect(windows.hasSuffix("bao-cao.csv > converted.csv`, hoặc mở bằng Excel rồi lưu dạng \"CSV UTF-8\""))
        let tcvn = try errors(Self.tcvn3)
        expectToldInVietnamese(tcvn, atLeast: 1)
        let vietnamese = try #require(tcvn.first?.message(in: .vi))
        #expect(
            vietnamese.hasPrefix(
                "tệp dùng bảng mã TCVN3 (ABC, bảng mã cũ của các phông .Vn như .VnTime), không phải UTF-8; hãy chuyển sang Unicode "
                    + "bằng công cụ chuyển mã của UniKey (UniKey Toolkit: bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode)"))
        #expect(vietnamese.contains("`iconv -f TCVN5712-1 -t UTF-8 ") && vietnamese.hasSuffix("với bộ ký tự \"Vietnamese (TCVN)\" rồi lưu dạng CSV UTF-8"))
        // stderr stays English, word for word.
        #expect(
            tcvn.first?.description.hasPrefix(
                "bao-cao.csv:1: the file is in TCVN3 (ABC, the legacy encoding of the .Vn fonts such as .VnTime), "
                    + "not UTF-8; convert it to Unicode with UniKey's converter") == true)
        #expect(
            cp1258.first?.message.hasPrefix(
                "the file is in Windows-1258 (the old Windows Vietnamese code page), not UTF-8; convert it with `iconv -f CP1258 -t UTF-8 ") == true)
    }

    @Test func filesThatAreNotTextTablesAreRefusedInVietnamese() throws {
        let cases: [(bytes: [UInt8], vietnamese: String, english: String)] = [
            (
                [], "tệp trống; tệp số liệu cần một dòng tiêu đề và ít nhất một dòng số liệu",
                "the file is empty; a data file needs a header row and at least one row of figures"
            ),
            (
                Array("%PDF-1.7\n".utf8),
                "đây là một tài liệu PDF, không phải bảng số liệu dạng văn bản; hãy chép số liệu vào một bảng tính rồi lưu dạng \"CSV UTF-8\"",
                "this is a PDF document, not a text table; copy the figures into a spreadsheet and save it as \"CSV UTF-8\""
            ),
            (
                Array("province,year\0indicator,value\n".utf8),
                "đây không phải bảng số liệu dạng văn bản (tệp có dữ liệu nhị phân như byte NUL hoặc ký tự điều khiển); hãy lưu trang tính dạng \"CSV UTF-8\" hoặc \"Unicode text\"",
                "this is not a text table (it contains binary data such as NUL or control bytes); save the sheet as \"CSV UTF-8\" or \"Unicode text\""
            ),
            (
                [0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0],
                "tệp là văn bản UTF-32, coopchart không đọc bảng mã này; hãy lưu lại dạng \"CSV UTF-8\" hoặc \"Unicode text\" (UTF-16), hoặc chuyển bằng lệnh `iconv -f UTF-32 -t UTF-8`",
                "the file is UTF-32 text, which coopchart does not read; save it as \"CSV UTF-8\" or \"Unicode text\" (UTF-16), or convert it with `iconv -f UTF-32 -t UTF-8`"
            ),
            (
                [0xFF, 0xFE, 0x41, 0x00, 0x42],
                "tệp UTF-16 kết thúc giữa chừng một ký tự (số byte lẻ); hãy lưu lại từ bảng tính",
                "the UTF-16 file ends in the middle of a character (odd byte count); save it again from the spreadsheet"
            ),
            (
                Array("province,year,indicator,value\nHà Nam,2017,htx,\"289\n".utf8),
                "thiếu dấu ngoặc kép đóng: một trường mở bằng \" chưa được đóng trước khi hết tệp; hãy đóng bằng \" (dấu ngoặc kép bên trong một trường ghi thành \"\")",
                "unterminated quoted field: a field opened with \" is not closed before the end of the file; close it with \" (write \"\" for a quote inside a field)"
            ),
            (
                Array("province,year,indicator,value\nHà Nam,2017,htx,28\"9\n".utf8),
                "dấu ngoặc kép đặt sai chỗ: một trường có ký tự \" lạc; hãy đặt cả trường trong ngoặc kép và ghi \"\" cho dấu ngoặc kép bên trong",
                "malformed quotes: a field contains a stray \" character; quote the whole field and write \"\" for a quote inside it"
            ),
        ]
        for (bytes, vietnamese, english) in cases {
            let found = try errors(bytes)
            expectToldInVietnamese(found, atLeast: 1)
            #expect(found.first?.message(in: .vi) == vietnamese, "\(found.map(\.description))")
            #expect(found.first?.message == english, "\(found.map(\.description))")
        }
    }

    @Test func theWholeFileDecoderTellsBothLanguages() {
        let cases: [(bytes: [UInt8], vietnamese: String)] = [
            ([], "tệp trống; tệp số liệu cần một dòng tiêu đề và ít nhất một dòng số liệu"),
            (
                [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],
                "đây là một sổ tính (.xlsx hoặc .ods), không phải bảng số liệu dạng văn bản; "
                    + "hãy mở tệp rồi lưu trang tính dạng \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8)"
            ),
            (
                [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1],
                "đây là một sổ tính Excel đời cũ (.xls), không phải bảng số liệu dạng văn bản; "
                    + "hãy mở tệp rồi lưu trang tính dạng \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8)"
            ),
            (
                Array("p\0r\0o\0v\0i\0n\0c\0e\0".utf8),
                "đây là văn bản UTF-16 không có dấu thứ tự byte (BOM), không phải bảng số liệu dạng văn bản; "
                    + "hãy lưu lại từ bảng tính dạng \"Unicode text\" (có ghi dấu BOM), hoặc chuyển bằng lệnh `iconv -f UTF-16LE -t UTF-8`"
            ),
            (
                [0x61, 0x62, 0xFF, 0x0A],
                "tệp không phải văn bản UTF-8 hợp lệ (cũng không phải Windows-1258 hay TCVN3); hãy lưu lại dạng \"CSV UTF-8\" (Excel) "
                    + "hoặc chuyển bằng lệnh `iconv -f BẢNG_MÃ -t UTF-8`"
            ),
            ([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "văn bản UTF-16 có một cặp ký tự thay thế (surrogate pair) bị hỏng; hãy lưu lại từ bảng tính"),
        ]
        for (bytes, vietnamese) in cases {
            let found = thrownErrors { _ = try TextDecoding.utf8Text(from: bytes, file: "x.csv") }
            expectToldInVietnamese(found, atLeast: 1)
            #expect(found.first?.message(in: .vi) == vietnamese, "\(found.map(\.description))")
        }
    }

    @Test func aFileThatCannotBeOpenedSaysWhyInVietnamese() throws {
        let files = try TemporaryFiles([:])
        defer { files.cleanup() }
        let missing = thrownErrors { _ = try TextBlocks(path: files.path("khong-co.csv")) }
        #expect(missing.map { $0.message(in: .vi) } == ["không đọc được tệp (không có tệp này); hãy ghi đường dẫn của một tệp CSV"])
        #expect(missing.map(\.message) == ["cannot read the file (no such file); give the path of a CSV file"])
    }
}
