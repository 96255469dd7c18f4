import Foundation
import CoopFormatting

/// Why a whole file cannot be read as a table — it cannot be opened, it is empty, it is a workbook or a
/// PDF, it is written in an old Vietnamese encoding (Windows-1258, TCVN3) or is not text at all, its
/// quotes are broken — in English (stderr, unchanged) and Vietnamese (outputs in Vietnamese). The way
/// out is named as an office takes it: Excel's "CSV UTF-8", UniKey's converter, `iconv`.
struct FileWords: MessageWords {
    let language: Language

    /// Why a path could not be opened.
    enum Unreadable {
        case missing, folder, denied

        init(path: String) {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                self = .missing
            } else if isDirectory.boolValue {
                self = .folder
            } else {
                self = .denied
            }
        }
    }

    func reason(_ reason: Unreadable) -> String {
        switch reason {
        case .missing: return pick("không có tệp này", "no such file")
        case .folder: return pick("đây là một thư mục", "it is a folder")
        case .denied: return pick("không có quyền đọc, hoặc tệp không đọc được", "permission denied or unreadable")
        }
    }

    func cannotReadCSV(_ reason: Unreadable) -> String {
        pick(
            "không đọc được tệp (\(self.reason(reason))); hãy ghi đường dẫn của một tệp CSV",
            "cannot read the file (\(self.reason(reason))); give the path of a CSV file")
    }
    func readingFailed(_ error: Error) -> String {
        pick("lỗi khi đọc tệp (\(error)); kiểm tra lại tệp và ổ đĩa", "reading failed (\(error)); check the file and the disk")
    }

    // MARK: Empty and not text

    var emptyDataFile: String {
        pick(
            "tệp trống; tệp số liệu cần một dòng tiêu đề và ít nhất một dòng số liệu",
            "the file is empty; a data file needs a header row and at least one row of figures")
    }
    var emptyFile: String {
        pick("tệp trống; tệp cần một dòng tiêu đề và ít nhất một dòng bên dưới", "the file is empty; it needs a header row and at least one row under it")
    }
    var utf32: String {
        pick(
            "tệp là văn bản UTF-32, coopchart không đọc bảng mã này; hãy lưu lại dạng \"CSV UTF-8\" hoặc \"Unicode text\" (UTF-16), "
                + "hoặc chuyển bằng lệnh `iconv -f UTF-32 -t UTF-8`",
            "the file is UTF-32 text, which coopchart does not read; save it as \"CSV UTF-8\" or \"Unicode text\" (UTF-16), "
                + "or convert it with `iconv -f UTF-32 -t UTF-8`")
    }
    func notATextTable(_ kind: BinaryKind) -> String {
        pick(
            "đây là \(description(kind)), không phải bảng số liệu dạng văn bản; \(advice(kind))",
            "this is \(description(kind)), not a text table; \(advice(kind))")
    }
    func description(_ kind: BinaryKind) -> String {
        switch kind {
        case .zippedWorkbook: return pick("một sổ tính (.xlsx hoặc .ods)", "a zipped workbook (.xlsx or .ods)")
        case .legacyWorkbook: return pick("một sổ tính Excel đời cũ (.xls)", "an old Excel workbook (.xls)")
        case .pdf: return pick("một tài liệu PDF", "a PDF document")
        case .utf16WithoutBOM: return pick("văn bản UTF-16 không có dấu thứ tự byte (BOM)", "UTF-16 text without a byte-order mark")
        }
    }
    func advice(_ kind: BinaryKind) -> String {
        switch kind {
        case .zippedWorkbook, .legacyWorkbook:
            return pick(
                "hãy mở tệp rồi lưu trang tính dạng \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8)",
                "open it and save the sheet as \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8)")
        case .pdf:
            return pick("hãy chép số liệu vào một bảng tính rồi lưu dạng \"CSV UTF-8\"", "copy the figures into a spreadsheet and save it as \"CSV UTF-8\"")
        case .utf16WithoutBOM:
            return pick(
                "hãy lưu lại từ bảng tính dạng \"Unicode text\" (có ghi dấu BOM), hoặc chuyển bằng lệnh `iconv -f UTF-16LE -t UTF-8`",
                "save it again as \"Unicode text\" from the spreadsheet (which writes the mark), or convert it with `iconv -f UTF-16LE -t UTF-8`")
        }
    }
    var binaryData: String {
        pick(
            "đây không phải bảng số liệu dạng văn bản (tệp có dữ liệu nhị phân như byte NUL hoặc ký tự điều khiển); "
                + "hãy lưu trang tính dạng \"CSV UTF-8\" hoặc \"Unicode text\"",
            "this is not a text table (it contains binary data such as NUL or control bytes); save the sheet as \"CSV UTF-8\" or \"Unicode text\"")
    }

    // MARK: Encodings

    func windows1258(_ file: String) -> String {
        pick(
            "tệp dùng bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows), không phải UTF-8; hãy chuyển bằng lệnh "
                + "`iconv -f CP1258 -t UTF-8 \(file) > converted.csv`, hoặc mở bằng Excel rồi lưu dạng \"CSV UTF-8\"",
            "the file is in Windows-1258 (the old Windows Vietnamese code page), not UTF-8; convert it with "
                + "`iconv -f CP1258 -t UTF-8 \(file) > converted.csv`, or open it in Excel and save as \"CSV UTF-8\"")
    }
    func tcvn3(_ file: String) -> String {
        pick(
            "tệp dùng bảng mã TCVN3 (ABC, bảng mã cũ của các phông .Vn như .VnTime), không phải UTF-8; hãy chuyển sang Unicode "
                + "bằng công cụ chuyển mã của UniKey (UniKey Toolkit: bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode) hoặc lệnh "
                + "`iconv -f TCVN5712-1 -t UTF-8 \(file) > converted.csv`, hoặc mở bằng LibreOffice với bộ ký tự \"Vietnamese (TCVN)\" "
                + "rồi lưu dạng CSV UTF-8",
            "the file is in TCVN3 (ABC, the legacy encoding of the .Vn fonts such as .VnTime), not UTF-8; convert it to Unicode "
                + "with UniKey's converter (UniKey Toolkit: source TCVN3 (ABC), destination Unicode) or "
                + "`iconv -f TCVN5712-1 -t UTF-8 \(file) > converted.csv`, or in LibreOffice open it with the character set "
                + "\"Vietnamese (TCVN)\" and save as CSV UTF-8")
    }
    var notUTF8: String {
        pick(
            "tệp không phải văn bản UTF-8 hợp lệ (cũng không phải Windows-1258 hay TCVN3); hãy lưu lại dạng \"CSV UTF-8\" (Excel) "
                + "hoặc chuyển bằng lệnh `iconv -f BẢNG_MÃ -t UTF-8`",
            "the file is not valid UTF-8 text (nor Windows-1258 or TCVN3); save it as \"CSV UTF-8\" (Excel) or convert it with `iconv -f ENCODING -t UTF-8`")
    }
    var utf16OddLength: String {
        pick(
            "tệp UTF-16 kết thúc giữa chừng một ký tự (số byte lẻ); hãy lưu lại từ bảng tính",
            "the UTF-16 file ends in the middle of a character (odd byte count); save it again from the spreadsheet")
    }
    var utf16BrokenPair: String {
        pick(
            "văn bản UTF-16 có một cặp ký tự thay thế (surrogate pair) bị hỏng; hãy lưu lại từ bảng tính",
            "the UTF-16 text has a broken surrogate pair; save it again from the spreadsheet")
    }

    // MARK: Quotes

    var unterminatedQuote: String {
        pick(
            "thiếu dấu ngoặc kép đóng: một trường mở bằng \" chưa được đóng trước khi hết tệp; hãy đóng bằng \" "
                + "(dấu ngoặc kép bên trong một trường ghi thành \"\")",
            "unterminated quoted field: a field opened with \" is not closed before the end of the file; close it with \" (write \"\" for a quote inside a field)"
        )
    }
    var strayQuote: String {
        pick(
            "dấu ngoặc kép đặt sai chỗ: một trường có ký tự \" lạc; hãy đặt cả trường trong ngoặc kép và ghi \"\" cho dấu ngoặc kép bên trong",
            "malformed quotes: a field contains a stray \" character; quote the whole field and write \"\" for a quote inside it")
    }
    func parserFailed(_ reason: String) -> String { pick("trình đọc CSV gặp lỗi: \(reason)", "the CSV parser failed: \(reason)") }
    var parserCouldNotStart: String {
        pick("không khởi động được trình đọc CSV (hết bộ nhớ)", "the CSV parser could not start (out of memory)")
    }
}
