import CoopFormatting

/// Every word the deck writes around the report's own texts, in Vietnamese and English.
struct SlideWords: Vocabulary {
    let language: Language

    static func `for`(_ language: Language) -> SlideWords { SlideWords(language: language) }

    var province: String { pick("Tỉnh, thành phố", "Province") }
    var indicator: String { pick("Chỉ tiêu", "Indicator") }
    var label: String { pick("Nhãn (sửa cùng số liệu)", "Label (edit with the value)") }
    var value: String { pick("Giá trị", "Value") }
    var rank: String { pick("Hạng", "Rank") }
    var adjustments: String { pick("Cộng/trừ", "Adjustments") }
    var total: String { pick("Tổng điểm", "Total") }
    var award: String { pick("Khen thưởng", "Award") }
    var awardsTitle: String { pick("Đề nghị khen thưởng", "Proposed awards") }
    var noAwards: String { pick("Không có đề nghị khen thưởng.", "No award is proposed.") }
    var continued: Template { pick("{title} (tiếp, {part}/{parts})", "{title} (continued, {part}/{parts})") }
    var panels: Template {
        pick("{count} tỉnh chia thành {panels} biểu đồ, đọc từ trái sang phải", "{count} provinces in {panels} charts, read from left to right")
    }
    var seeNotes: String { pick("… (đầy đủ trong ghi chú của trang)", "… (in full in the speaker notes)") }
    var altText: Template { pick("{title}. {figures}", "{title}. {figures}") }
    var sourcesLead: String { pick("Nguồn số liệu (đầy đủ):", "Sources of the figures (in full):") }
    var notesLead: String { pick("Ghi chú về số liệu:", "Notes on the figures:") }
    var sourceWord: String { pick("Nguồn", "Source") }
    var noSources: String { pick("Nguồn: các số liệu của biểu đồ không ghi nguồn.", "Sources: the chart's figures name no source.") }
    var chartNotesLead: String { pick("Nguồn và ghi chú của biểu đồ:", "Sources and notes of the chart:") }
    var editNote: String {
        pick(
            "Biểu đồ sửa được: bấm chuột phải, chọn Sửa dữ liệu (Edit Data) để mở số liệu trong Excel; cột Nhãn là chữ in trên cột, sửa cùng với số.",
            "The chart is editable: right-click, Edit Data opens its figures in Excel; the Label column is the text printed on each bar, edit it with the value."
        )
    }
    var pictureNote: String {
        pick(
            "Loại biểu đồ này không có dạng gốc trong PowerPoint nên được chèn thành hình (gấp đôi độ phân giải của trang).",
            "PowerPoint has no native form of this kind of chart, so it is a picture (twice the slide's resolution).")
    }
    var preparedWith: String { pick("Lập bằng coopchart", "Made with coopchart") }
    var periodHeader: String { pick("Kỳ", "Period") }
}
