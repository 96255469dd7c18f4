import CoopFormatting

/// Every word the scorecard workbook writes, in Vietnamese and English, for a reviewer to read in one place.
struct ScorecardWords {
    let scorecardSheet: String
    let dataSheet: String
    let methodSheet: String
    let period: String
    let rank: String
    let code: String
    let province: String
    let adjustments: String
    let total: String
    let award: String
    let hasData: String
    let notes: String
    let maximum: String
    let qualifier: String
    let target: String
    let value: String
    let sources: String
    let howToRead: String
    let dataIntro: String
    let missing: String
    let decidedBy: String
    let chain: String
    let tiedWith: String
    let criterion: String
    let label: String
    let source: String
    let method: String
    let direction: String
    let cap: String
    let formula: String
    let arithmetic: String
    let higher: String
    let lower: String
    let adjustmentsHeading: String
    let reason: String
    let points: String
    let tiebreakHeading: String
    let tiebreakNone: String
    let awardsHeading: String
    let ranks: String
    let sourcesHeading: String
    let rules: [String]
    let methodWords: [String: String]

    static func of(_ language: Language) -> ScorecardWords { language == .vi ? vi : en }

    static let vi = ScorecardWords(
        scorecardSheet: "Bảng điểm", dataSheet: "Số liệu", methodSheet: "Cách tính", period: "Kỳ",
        rank: "Hạng", code: "Mã", province: "Tỉnh", adjustments: "Điều chỉnh", total: "Tổng điểm", award: "Danh hiệu",
        hasData: "Có số liệu (1/0)", notes: "Ghi chú", maximum: "tối đa", qualifier: "mức độ", target: "kế hoạch",
        value: "giá trị", sources: "Nguồn",
        howToRead: "Mỗi ô điểm là công thức tính từ số liệu gốc ở trang \"Số liệu\"; cách tính ở trang \"Cách tính\". Chọn một ô để xem công thức; sửa số liệu gốc thì điểm, tổng và hạng tự tính lại.",
        dataIntro: "Số liệu gốc của từng tiêu chí; ô trống là không có số liệu (tính 0 điểm). Cột mức độ: ≈ ước tính, > cận dưới, < cận trên.",
        missing: "— không có số liệu", decidedBy: "bằng tổng điểm với", chain: "phân định theo", tiedWith: "đồng hạng với",
        criterion: "Tiêu chí", label: "Tên", source: "Số liệu / công thức", method: "Phương pháp", direction: "Hướng", cap: "Trần",
        formula: "Công thức Excel (hàng đầu)", arithmetic: "Diễn giải", higher: "cao hơn là tốt hơn", lower: "thấp hơn là tốt hơn",
        adjustmentsHeading: "Điểm cộng / trừ", reason: "Lý do", points: "Điểm",
        tiebreakHeading: "Phân định khi bằng tổng điểm (theo thứ tự)", tiebreakNone: "Không có: các tỉnh bằng điểm đồng hạng.",
        awardsHeading: "Danh hiệu theo hạng", ranks: "Hạng", sourcesHeading: "Nguồn số liệu",
        rules: [
            "min, max và n lấy trong các tỉnh thuộc phạm vi xếp hạng có số liệu; tỉnh không có số liệu được 0 điểm tiêu chí đó.",
            "Tổng điểm = tổng điểm các tiêu chí (chưa làm tròn) + điểm cộng/trừ, làm tròn 2 chữ số thập phân.",
            "Hạng: xếp hạng cạnh tranh (1, 2, 2, 4) theo tổng điểm, rồi theo điểm (làm tròn 2 chữ số) của các tiêu chí phân định. Tỉnh không có số liệu nào xếp sau cùng, không được đề nghị danh hiệu.",
            "Đồng hạng nhất: hội nghị cụm bình xét, suy tôn; công cụ không tự chọn.",
        ],
        methodWords: [
            "minmax": "P × (x − min) / (max − min); hướng thấp: P × (max − x) / (max − min); max = min: mọi tỉnh được P",
            "proportional": "P × x / max (mọi giá trị bằng 0: P); hướng thấp: P × min / x (x = 0 được P)",
            "target": "P × min(x / kế hoạch; trần)",
            "rank": "P × (n − r) / (n − 1), r là hạng cạnh tranh của x trong n tỉnh có số liệu; n = 1: P",
        ])

    static let en = ScorecardWords(
        scorecardSheet: "Scorecard", dataSheet: "Data", methodSheet: "Method", period: "Period",
        rank: "Rank", code: "Code", province: "Province", adjustments: "Adjustments", total: "Total", award: "Award",
        hasData: "Has data (1/0)", notes: "Notes", maximum: "max", qualifier: "qualifier", target: "target",
        value: "value", sources: "Sources",
        howToRead: "Every point cell is a formula over the raw values on the \"Data\" sheet; the method is on the \"Method\" sheet. Select a cell to see its formula; edit a raw value and the points, totals and ranks recalculate.",
        dataIntro: "Each criterion's raw values; an empty cell is no figure (0 points). Qualifier column: ≈ approximate, > lower bound, < upper bound.",
        missing: "— no figure", decidedBy: "same total as", chain: "decided by", tiedWith: "tied with",
        criterion: "Criterion", label: "Label", source: "Figure / formula", method: "Method", direction: "Direction", cap: "Cap",
        formula: "Excel formula (first row)", arithmetic: "Arithmetic", higher: "higher is better", lower: "lower is better",
        adjustmentsHeading: "Bonus / penalty points", reason: "Reason", points: "Points",
        tiebreakHeading: "Tie-break when totals are equal (in order)", tiebreakNone: "None: provinces with equal totals share the rank.",
        awardsHeading: "Awards by rank", ranks: "Ranks", sourcesHeading: "Sources of the figures",
        rules: [
            "min, max and n are taken over the provinces in scope that have a value; a province without a value gets 0 points on that criterion.",
            "Total = the criteria's points (unrounded) + bonus/penalty points, rounded to 2 decimals.",
            "Rank: competition ranking (1, 2, 2, 4) on the total, then on the points (rounded to 2 decimals) of the tie-break criteria. A province with no figure at all comes last and gets no award.",
            "A tie at rank 1 goes to the cluster conference's vote; the tool does not choose.",
        ],
        methodWords: [
            "minmax": "P × (x − min) / (max − min); lower: P × (max − x) / (max − min); max = min: everyone gets P",
            "proportional": "P × x / max (all zero: P); lower: P × min / x (x = 0 gets P)",
            "target": "P × min(x / target, cap)",
            "rank": "P × (n − r) / (n − 1), r the competition rank of x among the n provinces with a value; n = 1: P",
        ])
}
