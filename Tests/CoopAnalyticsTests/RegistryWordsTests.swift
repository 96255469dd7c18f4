import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// `aggregate`'s errors about a cooperative registry have their Vietnamese, each at the same line and
/// field as the English, which stays as it was.
@Suite struct RegistryWordsTests {
    func errors(_ text: String) -> [InputError] {
        thrownErrors { _ = try aggregate(text) }
    }

    @Test func everyBadRowOfARegistryIsToldInVietnamese() {
        let found = errors(
            """
            id,name,province,kind,founded,dissolved,members,workers,revenue
            1,HTX A,Hà Nam,htx,2015-01-02,,10,5,100.5
            2,HTX B,Hà Namm,htx,2016-03-04,,12,6,
            3,HTX C,,htx,2016-03-04,,12,6,
            4,HTX D,Nam Định,htxx,2016-03-04,,12,6,
            5,HTX E,Nam Định,,2016-03-04,,12,6,
            6,HTX F,Nam Định,htx,20/12/23,,12,6,
            7,HTX G,Nam Định,htx,31/02/2024,,12,6,
            8,HTX H,Nam Định,htx,7/13/2024,,12,6,
            9,HTX I,Nam Định,htx,hôm qua,,12,6,
            10,HTX J,Nam Định,htx,2016-03-04,2015-01-01,12,6,
            11,HTX K,Nam Định,htx,1/1/1900,,12,6,
            12,HTX L,Hà Nam,htx,2026-03-01,,12,6,
            13,HTX M,Nam Định,htx,2016-03-04,,-3,6,
            14,HTX N,Nam Định,htx,2016-03-04,,12.5,6,
            15,HTX O,Nam Định,htx,2016-03-04,,~12,6,
            16,HTX P,Nam Định,htx,2016-03-04,,mười,6,
            17,HTX Q,Nam Định,htx,2016-03-04,,12,6,NaN
            18,HTX R,Nam Định,htx,2016-03-04,,12,6,1234567890123456789
            19,HTX S,Nam Định,htx,2016-03-04,,12,6
            20,"HTX Nông nghiệp, Dịch vụ",Nam Định,htx,2016-03-04,,12,6,5,7
            21,HTX T,Thái Bình,htx,2016-03-04,30/6/2020,12,6,
            """)
        expectToldInVietnamese(found, atLeast: 19)
        let vietnamese = found.map { $0.message(in: .vi) }
        let expected = [
            "loại hình \"htxx\" không hợp lệ; ghi htx, tht, credit_fund hoặc union (hoặc hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân, liên hiệp hợp tác xã)",
            "ô loại hình để trống; ghi htx, tht, credit_fund hoặc union (hoặc hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân, liên hiệp hợp tác xã)",
            "\"20/12/23\" ghi năm bằng hai chữ số nên không rõ thế kỷ (1923 hay 2023?); ghi năm đủ bốn chữ số, như 20/12/2023; "
                + "các dạng được chấp nhận: YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) hoặc DD-MM-YYYY (01-07-2025)",
            "\"31/02/2024\" không phải là ngày có thật: tháng 2/2024 chỉ có 29 ngày; ghi một ngày có thật theo dạng YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) hoặc DD-MM-YYYY (01-07-2025)",
            "\"7/13/2024\" không phải là ngày có thật: không có tháng 13 (ngày ghi trước tháng: 13/7/2024); ghi một ngày có thật theo dạng YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) hoặc DD-MM-YYYY (01-07-2025)",
            "\"hôm qua\" không phải là ngày; ghi theo dạng YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) hoặc DD-MM-YYYY (01-07-2025)",
            "ngày giải thể 1/1/2015 trước ngày thành lập 4/3/2016; kiểm tra lại cả hai ngày",
            "ngày 1/1/1900 nằm ngoài các năm coopchart đọc được (1945–2100); kiểm tra lại năm",
            "\"-3\" là số âm; số thành viên phải từ 0 trở lên",
            "\"12.5\" có phần thập phân, nhưng số thành viên là số người; ghi số nguyên",
            "\"~12\" có kèm mức độ (ước tính, cận trên hoặc cận dưới), nhưng danh sách HTX ghi số liệu riêng của từng HTX; ghi số chính xác",
            "\"mười\" không phải là số; ghi số như 25, 1.250 hoặc 1.250,5 (hoặc 1,250.5), hoặc để trống ô",
            "\"NaN\" không phải là một số hữu hạn; ghi số liệu, hoặc để trống ô nếu chưa biết",
            "\"1234567890123456789\" quá lớn: coopchart đọc số có tối đa 15 chữ số trước dấu thập phân",
            "dòng này có 10 trường nhưng dòng tiêu đề có 9; đặt trong ngoặc kép mọi giá trị có dấu phẩy (tên như \"HTX Nông nghiệp, Dịch vụ\"), "
                + "và cho mọi dòng đủ các cột của tiêu đề",
            "19 dòng có lỗi; hãy sửa rồi chạy lại (chưa ghi kết quả nào khi còn dòng có lỗi)",
        ]
        for sentence in expected { #expect(vietnamese.contains(sentence), "\(sentence)\nin \(vietnamese.joined(separator: "\n"))") }
        #expect(vietnamese.contains { $0.hasPrefix("không có tỉnh \"Hà Namm\" trong danh mục; có phải Hà Nam") })
        #expect(
            vietnamese.contains {
                $0.hasPrefix("ô tên tỉnh để trống; có phải ")
                    && $0.hasSuffix(
                        "? (tên tỉnh, có hoặc không dấu, hoặc mã hai chữ số; "
                            + "lệnh `coopchart provinces` liệt kê các tỉnh)")
            })
        #expect(
            vietnamese.contains(
                "\"Hà Nam\" không phải là đơn vị hành chính có hiệu lực vào ngày thành lập 1/3/2026: Hà Nam (35, đến 30/6/2025); "
                    + "ghi tỉnh nơi HTX đăng ký khi thành lập (coopchart tự chuyển sang đơn vị sau sáp nhập)"), "\(vietnamese)")
        // stderr stays English.
        let english = found.map(\.message)
        #expect(english.contains("\"31/02/2024\" is not a real date: February 2024 has 29 days; write a date that exists as \(DateText.accepted)"))
        #expect(english.contains("2015-01-01 is before the founding date 2016-03-04; check both dates"))
        #expect(english.contains("\"12.5\" is fractional, but members counts people; write a whole number"))
    }

    @Test func theHeaderAndTheFilesErrorsHaveTheirVietnamese() {
        let cases: [(text: String, vietnamese: String)] = [
            ("id,name,province,kind,founded\n", "danh sách có dòng tiêu đề nhưng chưa có HTX nào; thêm mỗi HTX một dòng dưới dòng tiêu đề"),
            (
                "id,name,tỉnh,kind\n1,A,Hà Nam,htx\n",
                "dòng tiêu đề thiếu cột founded (hoặc ngày thành lập, thành lập); "
                    + "danh sách HTX có mỗi HTX một dòng, với các cột id,name,province,kind,founded,dissolved,members,workers,revenue"
            ),
            ("id,name,province,tỉnh,kind,founded\n", "cột \"tỉnh\" trùng với cột 3 (\"province\"); chỉ giữ một cột tỉnh"),
            ("", "tệp trống; tệp cần một dòng tiêu đề và ít nhất một dòng bên dưới"),
        ]
        for (text, vietnamese) in cases {
            let found = errors(text)
            expectToldInVietnamese(found, atLeast: 1)
            #expect(found.first?.message(in: .vi) == vietnamese, "\(text): \(found.map(\.description))")
        }
    }

    @Test func manyBadRowsAreCountedInVietnamese() {
        let rows = (1...150).map { "\($0),HTX,Hà Namm,htx,2016-03-04,,1,1," }.joined(separator: "\n")
        let found = errors("id,name,province,kind,founded,dissolved,members,workers,revenue\n" + rows + "\n")
        #expect(
            found.last?.message(in: .vi) == "… và 50 dòng có lỗi nữa (tổng cộng 150 dòng có lỗi; chỉ liệt kê 100 lỗi đầu tiên); "
                + "hãy sửa rồi chạy lại (chưa ghi kết quả nào khi còn dòng có lỗi)")
        #expect(
            found.last?.message == "… and 50 more bad rows (150 bad rows in all; the first 100 problems are listed); "
                + "fix them and run again (nothing is written while a row is bad)")
    }

    @Test func numberStylesAreNamedInVietnamese() {
        let mixed = errors(
            "id,name,province,kind,founded,dissolved,members,workers,revenue\n1,A,Hà Nam,htx,2016-03-04,,1,1,\"1.250,5\"\n2,B,Hà Nam,htx,2016-03-04,,1,1,\"1,250.5\"\n"
        )
        #expect(
            mixed.first.map { ParameterText.plain($0.message(in: .vi)) }
                == "\"1,250.5\" viết theo kiểu tiếng Anh (2,425,931; 46.5), nhưng dòng 2 (\"1.250,5\") viết theo kiểu Việt Nam (2.425.931; 46,5); "
                + "một tệp chỉ dùng một kiểu: sửa một trong hai, hoặc dùng --number-style vi|en")
        let ambiguous = errors("id,name,province,kind,founded,dissolved,members,workers,revenue\n1,A,Hà Nam,htx,2016-03-04,,1,1,4.139\n")
        #expect(
            ambiguous.first.map { ParameterText.plain($0.message(in: .vi)) }
                == "\"4.139\" không rõ nghĩa: là 4139 theo kiểu Việt Nam (2.425.931; 46,5) hoặc 4.139 theo kiểu tiếng Anh (2,425,931; 46.5), "
                + "và chưa dòng nào phía trước cho biết kiểu nào; dùng --number-style vi|en, hoặc viết số cho rõ")
        #expect(
            ambiguous.first.map { ParameterText.plain($0.message) }
                == "\"4.139\" is ambiguous: 4139 in Vietnamese style (2.425.931; 46,5) or 4.139 in English style (2,425,931; 46.5), "
                + "and no earlier row shows which; give --number-style vi|en, or write the number unambiguously")
    }

    @Test func datesAreToldInEitherLanguage() {
        #expect(
            DateText.problem(DateText.read("31/4/2025"), shown: "\"31/4/2025\"", in: .vi)
                == "\"31/4/2025\" không phải là ngày có thật: tháng 4/2025 chỉ có 30 ngày; ghi một ngày có thật theo dạng YYYY-MM-DD (2025-07-01), "
                + "DD/MM/YYYY (01/07/2025) hoặc DD-MM-YYYY (01-07-2025)")
        #expect(
            DateText.problem(DateText.read("31/4/2025"), shown: "\"31/4/2025\"")
                == "\"31/4/2025\" is not a real date: April 2025 has 30 days; write a date that exists as \(DateText.accepted)")
        #expect(DateText.problem(DateText.read("2025-07-01"), shown: "x", in: .vi) == nil)
    }
}
