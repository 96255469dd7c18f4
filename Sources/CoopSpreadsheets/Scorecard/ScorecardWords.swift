import CoopFormatting

/// Every word the scorecard workbook writes, in Vietnamese and English side by side, for a reviewer to read in one place.
struct ScorecardWords: Vocabulary {
    let language: Language

    static func of(_ language: Language) -> ScorecardWords { ScorecardWords(language: language) }

    var scorecardSheet: String {
        pick(
            "Bảng điểm",
            "Scorecard")
    }
    var dataSheet: String {
        pick(
            "Số liệu",
            "Data")
    }
    var methodSheet: String {
        pick(
            "Cách tính",
            "Method")
    }
    var period: String {
        pick(
            "Kỳ",
            "Period")
    }
    var rank: String {
        pick(
            "Hạng",
            "Rank")
    }
    var code: String {
        pick(
            "Mã",
            "Code")
    }
    var province: String {
        pick(
            "Tỉnh",
            "Province")
    }
    var adjustments: String {
        pick(
            "Điều chỉnh",
            "Adjustments")
    }
    var total: String {
        pick(
            "Tổng điểm",
            "Total")
    }
    var award: String {
        pick(
            "Danh hiệu",
            "Award")
    }
    var hasData: String {
        pick(
            "Có số liệu (1/0)",
            "Has data (1/0)")
    }
    var notes: String {
        pick(
            "Ghi chú",
            "Notes")
    }
    var maximum: String {
        pick(
            "tối đa",
            "max")
    }
    var qualifier: String {
        pick(
            "mức độ",
            "qualifier")
    }
    var target: String {
        pick(
            "kế hoạch",
            "target")
    }
    var value: String {
        pick(
            "giá trị",
            "value")
    }
    /// Under a raw figure's header, before the criteria that read it: "(tiêu chí: new, plan)".
    var readBy: String {
        pick(
            "tiêu chí:",
            "criteria:")
    }
    var sources: String {
        pick(
            "Nguồn",
            "Sources")
    }
    var howToRead: String {
        pick(
            "Mỗi ô điểm là công thức tính từ số liệu gốc ở trang \"Số liệu\"; cách tính ở trang \"Cách tính\". Chọn một ô để xem công thức; sửa số liệu gốc thì điểm, tổng và hạng tự tính lại.",
            "Every point cell is a formula over the raw values on the \"Data\" sheet; the method is on the \"Method\" sheet. Select a cell to see its formula; edit a raw value and the points, totals and ranks recalculate."
        )
    }
    var dataIntro: String {
        pick(
            "Số liệu gốc, mỗi số một ô dù nhiều tiêu chí cùng dùng (sửa một ô thì mọi tiêu chí dùng số đó tính lại); ô trống là không có số liệu (tính 0 điểm). Cột mức độ: ≈ ước tính, > cận dưới, < cận trên.",
            "The raw figures, each in one cell however many criteria read it (correct a cell and every criterion that reads it recalculates); an empty cell is no figure (0 points). Qualifier column: ≈ approximate, > lower bound, < upper bound."
        )
    }
    var missing: String {
        pick(
            "— không có số liệu",
            "— no figure")
    }
    var decidedBy: String {
        pick(
            "bằng tổng điểm với",
            "same total as")
    }
    var chain: String {
        pick(
            "phân định theo",
            "decided by")
    }
    var tiedWith: String {
        pick(
            "đồng hạng với",
            "tied with")
    }
    var criterion: String {
        pick(
            "Tiêu chí",
            "Criterion")
    }
    var label: String {
        pick(
            "Tên",
            "Label")
    }
    var source: String {
        pick(
            "Số liệu / công thức",
            "Figure / formula")
    }
    var method: String {
        pick(
            "Phương pháp",
            "Method")
    }
    var direction: String {
        pick(
            "Hướng",
            "Direction")
    }
    var cap: String {
        pick(
            "Trần",
            "Cap")
    }
    var formula: String {
        pick(
            "Công thức Excel (hàng đầu)",
            "Excel formula (first row)")
    }
    var arithmetic: String {
        pick(
            "Diễn giải",
            "Arithmetic")
    }
    var higher: String {
        pick(
            "cao hơn là tốt hơn",
            "higher is better")
    }
    var lower: String {
        pick(
            "thấp hơn là tốt hơn",
            "lower is better")
    }
    var adjustmentsHeading: String {
        pick(
            "Điểm cộng / trừ",
            "Bonus / penalty points")
    }
    var reason: String {
        pick(
            "Lý do",
            "Reason")
    }
    var points: String {
        pick(
            "Điểm",
            "Points")
    }
    var tiebreakHeading: String {
        pick(
            "Phân định khi bằng tổng điểm (theo thứ tự)",
            "Tie-break when totals are equal (in order)")
    }
    var tiebreakNone: String {
        pick(
            "Không có: các tỉnh bằng điểm đồng hạng.",
            "None: provinces with equal totals share the rank.")
    }
    var awardsHeading: String {
        pick(
            "Danh hiệu theo hạng",
            "Awards by rank")
    }
    var ranks: String {
        pick(
            "Hạng",
            "Ranks")
    }
    var sourcesHeading: String {
        pick(
            "Nguồn số liệu",
            "Sources of the figures")
    }
    var rules: [String] {
        [
            pick(
                "min, max và n lấy trong các tỉnh thuộc phạm vi xếp hạng có số liệu; tỉnh không có số liệu được 0 điểm tiêu chí đó.",
                "min, max and n are taken over the provinces in scope that have a value; a province without a value gets 0 points on that criterion."),
            pick(
                "Tổng điểm = tổng điểm các tiêu chí (chưa làm tròn) + điểm cộng/trừ, làm tròn 2 chữ số thập phân.",
                "Total = the criteria's points (unrounded) + bonus/penalty points, rounded to 2 decimals."),
            pick(
                "Hạng: xếp hạng cạnh tranh (1, 2, 2, 4) theo tổng điểm, rồi theo điểm (làm tròn 2 chữ số) của các tiêu chí phân định. Tỉnh không có số liệu nào xếp sau cùng, không được đề nghị danh hiệu.",
                "Rank: competition ranking (1, 2, 2, 4) on the total, then on the points (rounded to 2 decimals) of the tie-break criteria. A province with no figure at all comes last and gets no award."
            ),
            pick(
                "Đồng hạng nhất: hội nghị cụm bình xét, suy tôn; công cụ không tự chọn.",
                "A tie at rank 1 goes to the cluster conference's vote; the tool does not choose."),
        ]
    }
    var methodWords: [String: String] {
        [
            "minmax": pick(
                "P × (x − min) / (max − min); hướng thấp: P × (max − x) / (max − min); max = min: mọi tỉnh được P",
                "P × (x − min) / (max − min); lower: P × (max − x) / (max − min); max = min: everyone gets P"),
            "proportional": pick(
                "P × x / max (mọi giá trị bằng 0: P); hướng thấp: P × min / x (x = 0 được P)",
                "P × x / max (all zero: P); lower: P × min / x (x = 0 gets P)"),
            "target": pick(
                "P × min(x / kế hoạch; trần)",
                "P × min(x / target, cap)"),
            "rank": pick(
                "P × (n − r) / (n − 1), r là hạng cạnh tranh của x trong n tỉnh có số liệu; n = 1: P",
                "P × (n − r) / (n − 1), r the competition rank of x among the n provinces with a value; n = 1: P"),
        ]
    }
}
