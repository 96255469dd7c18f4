import CoopFormatting

/// The reading errors an office meets most — an unknown province, a value that is not a number, the
/// same figure given twice, a mixed number style, two units counted twice across the merger — in
/// English (the command line's stderr) and Vietnamese (the findings workbook, the report, the browser
/// app in Vietnamese), side by side for a reviewer. A message not written here reaches Vietnamese
/// outputs in English (`InputError.message(in:)`).
public struct ReadingWords: Vocabulary {
    public let language: Language

    public static func `for`(_ language: Language) -> ReadingWords { ReadingWords(language: language) }

    /// A template whose texts are too long for one literal.
    private func template(_ vietnamese: String, _ english: String) -> Template { Template(pick(vietnamese, english)) }

    // MARK: Provinces and periods

    var unknownProvince: Template {
        template(
            "không có tỉnh {value} trong danh mục; có phải {suggestions}? (tên tỉnh, có hoặc không dấu, hoặc mã hai chữ số; "
                + "số tổng của cụm ghi Toàn cụm, Cụm hoặc ALL; lệnh `coopchart provinces` liệt kê các tỉnh)",
            "unknown province {value}; did you mean {suggestions}? (a name, with or without diacritics, or the two-digit code; "
                + "a cluster total is written Toàn cụm, Cụm or ALL; `coopchart provinces` lists them)")
    }
    var emptyProvince: Template {
        template(
            "ô tên tỉnh để trống; có phải {suggestions}? (tên tỉnh, có hoặc không dấu, hoặc mã hai chữ số; "
                + "số tổng của cụm ghi Toàn cụm, Cụm hoặc ALL; lệnh `coopchart provinces` liệt kê các tỉnh)",
            "the province is empty; did you mean {suggestions}? (a name, with or without diacritics, or the two-digit code; "
                + "a cluster total is written Toàn cụm, Cụm or ALL; `coopchart provinces` lists them)")
    }
    var notInForce: Template {
        template(
            "{value} không phải là đơn vị hành chính có hiệu lực trong kỳ {period}: {units}; {hint}",
            "{value} was not in force in {period}: {units}; {hint}")
    }
    var checkTheYear: String { pick("kiểm tra lại năm", "check the year") }
    var partOfSuccessor: Template {
        template(
            "trong kỳ {period} tỉnh này thuộc {successors}; ghi số liệu cho đơn vị mới",
            "in {period} it is part of {successors}; give the figure under the new unit")
    }
    var eraNotInForce: Template {
        template(
            "{value} chỉ {when} ({units}), không có hiệu lực trong kỳ {period}; kiểm tra lại năm, hoặc bỏ {mark}",
            "{value} names {when} ({units}), which was not in force in {period}; check the year, or drop {mark}")
    }
    var unitAfterMerger: String { pick("đơn vị thành lập từ ngày 1/7/2025", "the unit formed on 1 July 2025") }
    var unitBeforeMerger: String { pick("đơn vị như trước ngày 30/6/2025", "the unit as it was until 30 June 2025") }
    var notAPeriod: Template {
        template(
            "{value} không phải là kỳ số liệu; ghi năm như 2017, hoặc 6 tháng như 2017-H1 hay 2017-H2",
            "{value} is not a period; {accepted}")
    }
    var quarterRefused: Template {
        template(
            "{value} không phải là kỳ số liệu: coopchart không giữ số liệu theo quý mà theo năm (2023) hoặc 6 tháng "
                + "(2023-H1, \"6 tháng đầu năm 2023\"); cộng các quý thành 6 tháng hoặc cả năm",
            "{value} is not a period: {refusal}")
    }

    // MARK: Indicators and qualifiers

    var unknownIndicator: Template {
        template(
            "không có chỉ tiêu {value} trong danh mục; có phải {suggestions}? (mã như new_htx hoặc tên như \"HTX thành lập mới\"; "
                + "thêm chỉ tiêu riêng bằng \(option: .indicatorFile))",
            "unknown indicator {value}; did you mean {suggestions}? (an id such as new_htx or a label such as \"HTX thành lập mới\"; "
                + "add your own with \(option: .indicatorFile))")
    }
    var unknownQualifier: Template {
        template(
            "mức độ {value} không hợp lệ; ghi exact, approx, at_least hoặc at_most, hoặc để trống nếu là số chính xác",
            "unknown qualifier {value}; write {accepted}, or leave it empty for exact")
    }
    var qualifierConflict: Template {
        template(
            "{value} ghi mức độ {written} nhưng cột mức độ ghi {column}; giữ một trong hai",
            "{value} says {written} but the qualifier column says {column}; keep one of them")
    }

    // MARK: Values

    var emptyValue: String {
        pick(
            "ô giá trị để trống; ghi số liệu, hoặc bỏ dòng này nếu tỉnh chưa báo cáo",
            "the value is empty; write the figure, or leave the row out when it was not reported")
    }
    var notFinite: Template {
        template(
            "{value} không phải là một số hữu hạn; ghi số liệu, hoặc bỏ dòng này nếu chưa biết",
            "{value} is not a finite number; write the figure, or leave the row out when it is unknown")
    }
    var tooLarge: Template {
        template(
            "{value} quá lớn: coopchart đọc số có tối đa {digits} chữ số trước dấu thập phân",
            "{value} is too large: coopchart reads figures of up to {digits} digits before the decimal mark")
    }
    var notANumber: Template {
        template(
            "{value} không phải là số; ghi số như 2.425.931, 46,5 hoặc 46.5, có thể kèm mức độ (~590, ≈590, khoảng 590: ước tính; "
                + ">120.000, ≥130, hơn/trên/ít nhất 130: cận dưới; <3.000, ≤3.000, gần/dưới 3.000: cận trên), đơn vị ({unit}) "
                + "hoặc từ chỉ quy mô (nghìn, triệu, tỷ); không có số liệu thì ghi \"-\" (không phát sinh: 0 với số đếm), "
                + "\"..\" (không có số liệu) hoặc \"x\" (không áp dụng), hoặc để trống ô",
            "{value} is not a number; write a number such as 2.425.931, 46,5 or 46.5, optionally with a qualifier ({qualifiers}), "
                + "a unit ({unit}) or a scale word (nghìn, triệu, tỷ); for no figure write {markers}")
    }
    var negativeCount: Template {
        template(
            "{value} là số âm, nhưng {indicator} là số đếm; số đếm phải từ 0 trở lên",
            "{value} is negative, but {indicator} is a count; a count is 0 or more")
    }
    var fractionalCount: Template {
        template(
            "{value} có phần thập phân, nhưng {indicator} là số đếm đơn vị nguyên; ghi số nguyên",
            "{value} is fractional, but {indicator} is a count of whole units; write a whole number")
    }

    // MARK: Number styles

    /// How a message names a number style.
    func style(_ style: NumberStyle) -> String {
        switch style {
        case .vi: return pick("kiểu Việt Nam (2.425.931; 46,5)", "Vietnamese style (2.425.931; 46,5)")
        case .en: return pick("kiểu tiếng Anh (2,425,931; 46.5)", "English style (2,425,931; 46.5)")
        }
    }
    /// Where an earlier value was: "dòng 12" in a text file, "ô D9" in a sheet (never the packed line number).
    func place(line: Int) -> String {
        if let cell = CellLine.decode(line) { return pick("ô \(cell)", "cell \(cell)") }
        return pick("dòng \(line)", "line \(line)")
    }
    var notInForcedStyle: Template {
        template(
            "{value} không phải là số theo {style}, như \(option: .numberStyle) {option} yêu cầu",
            "{value} is not a number in {style}, which \(option: .numberStyle) {option} asks for")
    }
    var mixedStyles: Template {
        template(
            "{value} viết theo {style}, nhưng {earlierPlace} ({earlier}) viết theo {earlierStyle}; một tệp chỉ dùng một kiểu: "
                + "sửa một trong hai, hoặc dùng \(option: .numberStyle) vi|en",
            "{value} is written in {style}, but {earlierPlace} ({earlier}) is in {earlierStyle}; a file uses one style: "
                + "rewrite one of them, or give \(option: .numberStyle) vi|en")
    }
    var ambiguousNumber: Template {
        template(
            "{value} không rõ nghĩa: là {vi} theo {viStyle} hoặc {en} theo {enStyle}, và không số nào khác trong tệp cho biết kiểu nào; "
                + "dùng \(option: .numberStyle) vi|en, hoặc viết số cho rõ",
            "{value} is ambiguous: {vi} in {viStyle} or {en} in {enStyle}, and nothing else in the file shows which; "
                + "give \(option: .numberStyle) vi|en, or write the number unambiguously")
    }

    // MARK: Rows and figures

    var raggedRow: Template {
        template(
            "dòng này có {count} trường nhưng dòng tiêu đề có {width}; đặt trong ngoặc kép mọi giá trị có dấu phẩy, "
                + "và cho mọi dòng đủ các cột của tiêu đề",
            "this row has {count} {fields} but the header has {width}; quote any value that contains a comma, "
                + "and give every row the header's columns")
    }
    var givenTwice: Template {
        template(
            "{name} {indicator} {period} được ghi hai lần với hai giá trị khác nhau: {value} ở đây và {other} tại {origin}; giữ một trong hai",
            "{name} {indicator} {period} is given twice with different values: {value} here and {other} at {origin}; keep one of them")
    }
    var clusterTotalGivenTwice: Template {
        template(
            "số tổng của cụm về {indicator} {period} được ghi hai lần với hai giá trị khác nhau: {value} ở đây và {other} tại {origin}; giữ một trong hai",
            "the cluster total of {indicator} {period} is given twice with different values: {value} here and {other} at {origin}; keep one of them")
    }
    var mergerOverlap: Template {
        template(
            "{old} {indicator} {period} (ở đây) và {new} {newIndicator} {period} (tại {origin}) trùng nhau: {old} đã thành một phần của "
                + "{newName} từ {merged}, nên số liệu cả kỳ {period} của cả hai tính {old} hai lần; ghi số liệu 6 tháng "
                + "({old} {year}-H1, {newName} {year}-H2) hoặc chỉ giữ một trong hai",
            "{old} {indicator} {period} (here) and {new} {newIndicator} {period} (at {origin}) overlap: {old} became part of "
                + "{newName} on {merged}, so figures for both over the whole of {period} count {old} twice; give half-years "
                + "({old} {year}-H1, {newName} {year}-H2) or keep one of the two")
    }
}

extension InputError {
    /// An error written from one template per language (`ReadingWords`): the English for the command
    /// line, the Vietnamese for outputs in Vietnamese.
    init(file: String, line: Int? = nil, field: String? = nil, _ words: (ReadingWords) -> String) {
        self.init(file: file, line: line, field: field, message: words(.for(.en)), vietnamese: words(.for(.vi)))
    }
}
