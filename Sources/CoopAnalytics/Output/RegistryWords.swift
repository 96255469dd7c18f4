import CoopFormatting

/// The errors `aggregate` finds in a cooperative registry (one row per cooperative) — its header, a
/// row's kind, dates, province and numbers, and the closing count of bad rows — in English (stderr,
/// unchanged) and Vietnamese (outputs in Vietnamese). A registry is "danh sách HTX" (one row per HTX).
struct RegistryWords: MessageWords {
    let language: Language

    /// A cell's value as a message shows it: quoted, or "the empty cell".
    func shown(_ text: String) -> String { text.isEmpty ? pick("ô trống", "the empty cell") : quoted(text) }

    /// A registry column as a person calls it.
    func column(_ column: CooperativeRegistryColumn) -> String {
        guard language == .vi else { return column.rawValue }
        switch column {
        case .id: return "mã"
        case .name: return "tên"
        case .province: return "tỉnh"
        case .kind: return "loại hình"
        case .founded: return "ngày thành lập"
        case .dissolved: return "ngày giải thể"
        case .members: return "thành viên"
        case .workers: return "lao động"
        case .revenue: return "doanh thu"
        }
    }

    /// What a number column counts, for a message about its value ("members" in English, as the header names it).
    func quantity(_ field: String) -> String {
        guard language == .vi else { return field }
        switch field {
        case "members": return "số thành viên"
        case "workers": return "số lao động"
        case "revenue": return "doanh thu"
        default: return field
        }
    }

    static let columnList = "id,name,province,kind,founded,dissolved,members,workers,revenue"

    // MARK: The header and the file

    var noHeader: String {
        pick(
            "tệp không có dòng tiêu đề; dòng đầu phải ghi tên các cột \(Self.columnList)",
            "the file has no header row; the first row must name the columns \(Self.columnList)")
    }
    var noCooperatives: String {
        pick(
            "danh sách có dòng tiêu đề nhưng chưa có HTX nào; thêm mỗi HTX một dòng dưới dòng tiêu đề",
            "the registry has a header but no cooperatives; add one row per cooperative under it")
    }
    func repeatedColumn(_ name: String, earlier: Int, earlierName: String, column: CooperativeRegistryColumn) -> String {
        pick(
            "cột \(quoted(name)) trùng với cột \(earlier) (\(quoted(earlierName))); chỉ giữ một cột \(self.column(column))",
            "column \(quoted(name)) repeats column \(earlier) (\(quoted(earlierName))); keep one \(column.rawValue) column")
    }
    func missingColumns(_ missing: [CooperativeRegistryColumn]) -> String {
        let names = missing.map { column in
            let others = column.spellings.dropFirst().prefix(2).joined(separator: ", ")
            return pick("\(column.rawValue) (hoặc \(others))", "\(column.rawValue) (or \(others))")
        }.joined(separator: "; ")
        return pick(
            "dòng tiêu đề thiếu cột \(names); danh sách HTX có mỗi HTX một dòng, với các cột \(Self.columnList)",
            "the header has no \(names) column; a registry has one row per cooperative with the columns \(Self.columnList)")
    }
    func raggedRow(_ count: Int, width: Int) -> String {
        pick(
            "dòng này có \(count) trường nhưng dòng tiêu đề có \(width); đặt trong ngoặc kép mọi giá trị có dấu phẩy "
                + "(tên như \"HTX Nông nghiệp, Dịch vụ\"), và cho mọi dòng đủ các cột của tiêu đề",
            "this row has \(count) field\(count == 1 ? "" : "s") but the header has \(width); "
                + "quote any value that contains a comma (a name such as \"HTX Nông nghiệp, Dịch vụ\"), and give every row the header's columns")
    }

    // MARK: A row's cells

    func dissolvedBeforeFounded(_ dissolved: SimpleDate, _ founded: SimpleDate) -> String {
        pick(
            "ngày giải thể \(day(dissolved)) trước ngày thành lập \(day(founded)); kiểm tra lại cả hai ngày",
            "\(dissolved) is before the founding date \(founded); check both dates")
    }
    var leaveEmptyWhileActive: String { pick(", hoặc để trống nếu HTX còn hoạt động", ", or leave it empty while the cooperative is active") }
    func yearOutside(_ date: SimpleDate, accepted: ClosedRange<Int>) -> String {
        pick(
            "ngày \(day(date)) nằm ngoài các năm coopchart đọc được (\(accepted.lowerBound)–\(accepted.upperBound)); kiểm tra lại năm",
            "\(date) is outside the years coopchart reads (\(accepted.lowerBound)–\(accepted.upperBound)); check the year")
    }
    func badKind(_ text: String) -> String {
        let what =
            text.isEmpty ? pick("ô loại hình để trống", "the kind is empty") : pick("loại hình \(quoted(text)) không hợp lệ", "unknown kind \(quoted(text))")
        return what
            + pick(
                "; ghi htx, tht, credit_fund hoặc union (hoặc hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân, liên hiệp hợp tác xã)",
                "; write \(CooperativeKind.accepted)")
    }
    func unknownProvince(_ text: String, suggestions: [String]) -> String {
        let what =
            text.isEmpty
            ? pick("ô tên tỉnh để trống", "the province is empty")
            : pick("không có tỉnh \(quoted(text)) trong danh mục", "unknown province \(quoted(text))")
        return what
            + pick(
                "; \(didYouMean(suggestions)) (tên tỉnh, có hoặc không dấu, hoặc mã hai chữ số; lệnh `coopchart provinces` liệt kê các tỉnh)",
                "; \(didYouMean(suggestions)) (a name, with or without diacritics, or the two-digit code; `coopchart provinces` lists them)")
    }
    func notInForceWhenFounded(_ text: String, founded: SimpleDate, units: [Province]) -> String {
        pick(
            "\(quoted(text)) không phải là đơn vị hành chính có hiệu lực vào ngày thành lập \(day(founded)): \(units.map(unit).joined(separator: "; ")); "
                + "ghi tỉnh nơi HTX đăng ký khi thành lập (coopchart tự chuyển sang đơn vị sau sáp nhập)",
            "\(quoted(text)) was not in force on the founding date \(founded): \(units.map(unit).joined(separator: "; ")); "
                + "give the province the cooperative was registered in when it was founded (coopchart carries it to later units itself)")
    }

    // MARK: Numbers

    func notFinite(_ shown: String) -> String {
        pick(
            "\(shown) không phải là một số hữu hạn; ghi số liệu, hoặc để trống ô nếu chưa biết",
            "\(shown) is not a finite number; write the figure, or leave the cell empty when it is not known")
    }
    func tooLarge(_ shown: String, digits: Int) -> String {
        pick(
            "\(shown) quá lớn: coopchart đọc số có tối đa \(digits) chữ số trước dấu thập phân",
            "\(shown) is too large: coopchart reads figures of up to \(digits) digits before the decimal mark")
    }
    func notANumber(_ shown: String) -> String {
        pick(
            "\(shown) không phải là số; ghi số như 25, 1.250 hoặc 1.250,5 (hoặc 1,250.5), hoặc để trống ô",
            "\(shown) is not a number; write a number such as 25, 1.250 or 1.250,5 (or 1,250.5), or leave the cell empty")
    }
    func qualified(_ shown: String) -> String {
        pick(
            "\(shown) có kèm mức độ (ước tính, cận trên hoặc cận dưới), nhưng danh sách HTX ghi số liệu riêng của từng HTX; ghi số chính xác",
            "\(shown) has a qualifier, but a registry gives each cooperative's own figure; write the exact number")
    }
    /// How a message names a number style (as `ReadingWords` names it).
    func style(_ style: NumberStyle) -> String { ReadingWords(language: language).style(style) }
    func ambiguous(_ shown: String, vi: Double, en: Double) -> String {
        pick(
            "\(shown) không rõ nghĩa: là \(plain(vi)) theo \(style(.vi)) hoặc \(plain(en)) theo \(style(.en)), và chưa dòng nào phía trước cho biết kiểu nào; "
                + "dùng \(option: .numberStyle) vi|en, hoặc viết số cho rõ",
            "\(shown) is ambiguous: \(plain(vi)) in \(style(.vi)) or \(plain(en)) in \(style(.en)), "
                + "and no earlier row shows which; give \(option: .numberStyle) vi|en, or write the number unambiguously")
    }
    func notInForcedStyle(_ shown: String, _ forced: NumberStyle) -> String {
        pick(
            "\(shown) không phải là số theo \(style(forced)), như \(option: .numberStyle) \(forced.rawValue) yêu cầu",
            "\(shown) is not a number in \(style(forced)), which \(option: .numberStyle) \(forced.rawValue) asks for")
    }
    func mixedStyles(_ shown: String, _ written: NumberStyle, earlierLine: Int, earlier: String, earlierStyle: NumberStyle) -> String {
        pick(
            "\(shown) viết theo \(style(written)), nhưng dòng \(earlierLine) (\(earlier)) viết theo \(style(earlierStyle)); một tệp chỉ dùng một kiểu: "
                + "sửa một trong hai, hoặc dùng \(option: .numberStyle) vi|en",
            "\(shown) is written in \(style(written)), but line \(earlierLine) (\(earlier)) is in \(style(earlierStyle)); "
                + "a file uses one style: rewrite one of them, or give \(option: .numberStyle) vi|en")
    }
    func negative(_ shown: String, field: String) -> String {
        pick("\(shown) là số âm; \(quantity(field)) phải từ 0 trở lên", "\(shown) is negative; \(field) is 0 or more")
    }
    func fractional(_ shown: String, field: String) -> String {
        pick(
            "\(shown) có phần thập phân, nhưng \(quantity(field)) là số người; ghi số nguyên",
            "\(shown) is fractional, but \(field) counts people; write a whole number")
    }

    // MARK: The closing count

    func badRows(_ count: Int) -> String { pick("\(self.count(count)) dòng có lỗi", "\(count) bad row\(count == 1 ? "" : "s")") }
    func closing(badRows count: Int, notShown: Int, listed: Int, stopped: Bool) -> String {
        let rows = badRows(count)
        let closing =
            notShown > 0
            ? pick(
                "… và \(self.count(notShown)) dòng có lỗi nữa (tổng cộng \(rows); chỉ liệt kê \(self.count(listed)) lỗi đầu tiên)",
                "… and \(notShown) more bad row\(notShown == 1 ? "" : "s") (\(rows) in all; the first \(listed) problems are listed)")
            : rows
        let stop = stopped ? pick(", và việc đọc dừng ở lỗi cuối cùng", ", and the reading stopped at the last problem") : ""
        return closing + stop
            + pick(
                "; hãy sửa rồi chạy lại (chưa ghi kết quả nào khi còn dòng có lỗi)",
                "; fix them and run again (nothing is written while a row is bad)")
    }
}

/// Why a typed date is not one (`DateText.problem`), in English and Vietnamese.
struct DateWords: MessageWords {
    let language: Language

    var accepted: String {
        pick("YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) hoặc DD-MM-YYYY (01-07-2025)", DateText.accepted)
    }

    func problem(_ reading: DateText.Reading, shown: String) -> String? {
        switch reading {
        case .date:
            return nil
        case .notADate:
            return pick("\(shown) không phải là ngày; ghi theo dạng \(accepted)", "\(shown) is not a date; write \(accepted)")
        case let .twoDigitYear(day, month, year):
            let likely = year <= 50 ? 2000 + year : 1900 + year
            return pick(
                "\(shown) ghi năm bằng hai chữ số nên không rõ thế kỷ (\(1900 + year) hay \(2000 + year)?); "
                    + "ghi năm đủ bốn chữ số, như \(day)/\(month)/\(likely); các dạng được chấp nhận: \(accepted)",
                "\(shown) has a two-digit year, so its century is ambiguous (\(1900 + year) or \(2000 + year)?); "
                    + "write the year in full, such as \(day)/\(month)/\(likely); the accepted forms are \(accepted)")
        case let .notInCalendar(year, month, day, dayFirst):
            let reason: String
            if !(1...12).contains(month) {
                reason =
                    dayFirst && (1...12).contains(day)
                    ? pick(
                        "không có tháng \(month) (ngày ghi trước tháng: \(month)/\(day)/\(year))",
                        "there is no month \(month) (the day comes first: \(month)/\(day)/\(year))")
                    : pick("không có tháng \(month)", "there is no month \(month)")
            } else if year < 1 {
                reason = pick("không có năm 0", "there is no year 0")
            } else if day < 1 {
                reason = pick("không có ngày 0", "there is no day 0")
            } else {
                let days = SimpleDate.daysIn(month: month, year: year)
                reason = pick("tháng \(month)/\(year) chỉ có \(days) ngày", "\(Self.monthNames[month - 1]) \(year) has \(days) days")
            }
            return pick(
                "\(shown) không phải là ngày có thật: \(reason); ghi một ngày có thật theo dạng \(accepted)",
                "\(shown) is not a real date: \(reason); write a date that exists as \(accepted)")
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
}
