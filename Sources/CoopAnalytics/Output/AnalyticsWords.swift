import CoopFormatting

/// Every word the analytics outputs write for a person — the score sheet table and its notes, score
/// explanations, the robustness table, the summary and province tables, and the validation warnings a
/// report prints — in Vietnamese and English, in one table. Nothing else in CoopAnalytics chooses words
/// by language. (Machine formats — CSV, JSON — keep their English column names in every language.)
public struct AnalyticsWords: Sendable {
    public let language: Language

    // Tables
    let rank, code, province, total, value, share, growth, name, validity, mergedInto, region: String
    let adjustments, award, flags, change, median, band, firstShare: String
    let period: String
    let noFigure, noFigures: String
    let always, from, until: String
    let units: Template

    // Score sheet notes
    let criteria, lowerIsBetter, maximum, tiebreak, missingLegend, sourcesLead: String
    let voteAtTop: Template
    let decidedBy: Template
    let noData: Template
    let restated: Template
    let estimateNote: String
    let new: String

    // Explanations
    let explanationOf, rankWord, totalWord, valueWord, pointsWord, amongRanked, targetWord, cap, maximumPoints, pointsSuffix: String
    let rankByValue, of, targetFallback: String
    let higherIsBetter, lowerIsBetterWords: String
    let voteNote: String
    let noFigureScore: Template
    let equalMaxMin, allZero, zeroValue, onlyOne: Template
    let providedCount: Template
    let providedOne: String
    let adjustmentsNone, adjustmentsHeading: String
    let summedBeforeRounding: String
    let decidedByCriterion: Template
    let formulaEstimate, approxWords, atLeastWords, atMostWords: String
    let listSeparator: String

    // Robustness
    let robustnessLine: Template
    let robustnessEstimates: Template
    let nearestRank: String

    // Validation warnings, as a report prints them
    let clusterTotalMismatch: Template
    let clusterTotalDifference: Template
    let clusterTotalMissing: Template
    let addUpTo, averageTo: String
    let partAboveWhole: Template
    let shareOutOfRange: Template
    let targetWithoutActual: Template
    let halfYearMixed: Template

    public static func `for`(_ language: Language) -> AnalyticsWords { language == .vi ? vietnamese : english }

    static let vietnamese = AnalyticsWords(
        language: .vi,
        rank: "Hạng", code: "Mã", province: "Tỉnh", total: "Tổng", value: "Giá trị", share: "Tỷ trọng", growth: "Tăng trưởng",
        name: "Tên", validity: "Hiệu lực", mergedInto: "Sáp nhập vào", region: "Vùng",
        adjustments: "Điều chỉnh", award: "Danh hiệu", flags: "Ghi chú", change: "Thay đổi", median: "Trung vị", band: "Khoảng 5–95%",
        firstShare: "Tỷ lệ hạng 1", period: "kỳ", noFigure: "— (chưa có số liệu)", noFigures: "Không có số liệu.",
        always: "luôn", from: "từ ", until: "đến ", units: "{count} đơn vị",
        criteria: "Tiêu chí:", lowerIsBetter: ", thấp hơn là tốt hơn", maximum: "tối đa ", tiebreak: "Phân định khi bằng điểm: ",
        missingLegend: "— : không có số liệu, tính 0 điểm (missing).", sourcesLead: "Nguồn: ",
        voteAtTop: "Đồng hạng nhất ({names}): hội nghị cụm bình xét, suy tôn; công cụ không tự chọn.",
        decidedBy: "{name}: bằng tổng điểm với tỉnh khác, phân định theo {criterion}.",
        noData: "no-data: {names} không có số liệu nào của các tiêu chí trong kỳ; xếp sau các tỉnh có số liệu và không được đề nghị danh hiệu.",
        restated: "Cụm được tính lại theo các đơn vị từ ngày 1/7/2025; gồm cả {names}, vốn không phải thành viên cụm.",
        estimateNote: "≈ > < : điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <), chưa phải số chính xác: ",
        new: "mới",
        explanationOf: "Giải thích điểm: ", rankWord: "Hạng ", totalWord: "Tổng ", valueWord: "Giá trị: ", pointsWord: "Điểm: ",
        amongRanked: "Trong phạm vi xếp hạng: ", targetWord: "Kế hoạch: ", cap: "trần ", maximumPoints: "tối đa ", pointsSuffix: " điểm)",
        rankByValue: "Thứ hạng theo giá trị: ", of: " trong ", targetFallback: "chỉ tiêu",
        higherIsBetter: "cao hơn là tốt hơn", lowerIsBetterWords: "thấp hơn là tốt hơn",
        voteNote: "Đồng hạng nhất: hội nghị cụm bình xét, suy tôn; công cụ không tự chọn.",
        noFigureScore: "Giá trị: không có số liệu → 0 điểm (missing:{id})",
        equalMaxMin: "Điểm: max = min nên mọi tỉnh được trọn {points} = {result}",
        allZero: "Điểm: mọi giá trị bằng 0 nên mọi tỉnh được trọn {points} = {result}",
        zeroValue: "Điểm: giá trị bằng 0 nên được trọn {points} = {result}",
        onlyOne: "Điểm: chỉ một tỉnh có số liệu (n = 1) nên được trọn {points} = {result}",
        providedCount: "{count} tỉnh có số liệu", providedOne: "1 tỉnh có số liệu",
        adjustmentsNone: "Điều chỉnh (cộng/trừ): không có", adjustmentsHeading: "Điều chỉnh (cộng/trừ):",
        summedBeforeRounding: " (cộng từ điểm chưa làm tròn, rồi làm tròn 2 chữ số)",
        decidedByCriterion: "Bằng tổng điểm với tỉnh khác; thứ hạng phân định theo tiêu chí {criterion}.",
        formulaEstimate: "ước tính: tính từ số liệu không chính xác", approxWords: "khoảng, ước tính", atLeastWords: "ít nhất, cận dưới",
        atMostWords: "không quá, cận trên", listSeparator: ";",
        robustnessLine: "Độ vững của xếp hạng: {draws} lần rút, mỗi điểm tối đa nhân một hệ số ngẫu nhiên đều trong ±{spread} (seed {seed}).",
        robustnessEstimates: "Mỗi lần rút, {count} số liệu chưa chính xác cũng được rút trong ±{spread} (≈: hai phía; >: chỉ tăng; <: chỉ giảm) rồi tính lại điểm của tiêu chí.",
        nearestRank: "Phân vị theo thứ hạng gần nhất (nearest-rank): phân vị p là hạng nhỏ nhất r sao cho ít nhất ⌈p·N⌉ lần rút xếp hạng r trở lên.",
        clusterTotalMismatch: "số tổng của cụm ({label}) về {indicator} {period} là {total}, nhưng {count} tỉnh {how} {computed}",
        clusterTotalDifference: " (chênh lệch {difference})", clusterTotalMissing: "; chưa có số liệu của {names}",
        addUpTo: "cộng lại được", averageTo: "bình quân (gia quyền) được",
        partAboveWhole: "{name} có {part} {period} là {value}, lớn hơn tổng số {whole} là {wholeValue} ({origin}); một phần không thể lớn hơn tổng",
        shareOutOfRange: "{name} có {indicator} {period} là {value}%, ngoài khoảng 0–100%; tỷ lệ là phần trăm của tổng",
        targetWithoutActual: "{name} có kế hoạch {target} cho {period} nhưng không có số thực hiện {actual} để so sánh",
        halfYearMixed: "{indicator} có cả số liệu 6 tháng {half} (tại đây) và cả năm {year} ({origin}); chỉ so sánh 6 tháng với 6 tháng, cả năm với cả năm")

    static let english = AnalyticsWords(
        language: .en,
        rank: "Rank", code: "Code", province: "Province", total: "Total", value: "Value", share: "Share", growth: "Growth",
        name: "Name", validity: "Valid", mergedInto: "Merged into", region: "Region",
        adjustments: "Adjust.", award: "Award", flags: "Flags", change: "Change", median: "Median", band: "5–95% band",
        firstShare: "Rank 1 share", period: "period", noFigure: "— (no figure)", noFigures: "No figures.",
        always: "always", from: "from ", until: "until ", units: "{count} units",
        criteria: "Criteria:", lowerIsBetter: ", lower is better", maximum: "maximum ", tiebreak: "Tie-break: ",
        missingLegend: "— : no figure, counted as 0 points (missing).", sourcesLead: "Sources: ",
        voteAtTop: "Tied at rank 1 ({names}): the cluster conference votes; the tool does not choose.",
        decidedBy: "{name}: total equal to another province's, order decided by {criterion}.",
        noData: "no-data: {names} had no figure for any criterion in the period; ranked after the provinces with data and given no award.",
        restated: "The cluster is restated as the units in force from 1 July 2025; it includes {names}, which were not members.",
        estimateNote: "≈ > < : points computed from an approximate figure (≈) or a lower/upper bound (> <), not an exact figure: ",
        new: "new",
        explanationOf: "Score explanation: ", rankWord: "Rank ", totalWord: "Total ", valueWord: "Value: ", pointsWord: "Points: ",
        amongRanked: "Among those ranked: ", targetWord: "Target: ", cap: "cap ", maximumPoints: "maximum ", pointsSuffix: " points)",
        rankByValue: "Rank by value: ", of: " of ", targetFallback: "target",
        higherIsBetter: "higher is better", lowerIsBetterWords: "lower is better",
        voteNote: "Tied at rank 1: the cluster conference votes; the tool does not choose.",
        noFigureScore: "Value: no figure → 0 points (missing:{id})",
        equalMaxMin: "Points: max = min, so every province gets the full {points} = {result}",
        allZero: "Points: every value is 0, so every province gets the full {points} = {result}",
        zeroValue: "Points: the value is 0, so it gets the full {points} = {result}",
        onlyOne: "Points: only one province has a figure (n = 1), so it gets the full {points} = {result}",
        providedCount: "{count} provinces with a figure", providedOne: "1 province with a figure",
        adjustmentsNone: "Adjustments (bonus/penalty): none", adjustmentsHeading: "Adjustments (bonus/penalty):",
        summedBeforeRounding: " (summed before rounding, then rounded to 2 decimals)",
        decidedByCriterion: "Total equal to another province's; the order was decided by criterion {criterion}.",
        formulaEstimate: "an estimate: computed from figures that are not exact", approxWords: "about, an estimate",
        atLeastWords: "at least, a lower bound", atMostWords: "at most, an upper bound", listSeparator: ",",
        robustnessLine: "Robustness of the ranking: {draws} draws, each maximum multiplied by a uniform random factor within ±{spread} (seed {seed}).",
        robustnessEstimates: "In each draw the {count} figures that are not exact are also drawn within ±{spread} (≈ both ways, > only upwards, < only downwards) and their criterion re-scored.",
        nearestRank: "Percentiles are nearest-rank: the p-th percentile is the smallest rank r reached or bettered in at least ⌈p·N⌉ draws.",
        clusterTotalMismatch: "the cluster total {label} {indicator} {period} is {total}, but its {count} provinces {how} {computed}",
        clusterTotalDifference: " (difference {difference})", clusterTotalMissing: "; no figure from {names}",
        addUpTo: "add up to", averageTo: "average (weighted) to",
        partAboveWhole: "{name} {part} {period} is {value}, more than its total {whole} {wholeValue} (at {origin}); a part cannot exceed its whole",
        shareOutOfRange: "{name} {indicator} {period} is {value} %, outside 0–100 %; a share is a percentage of its whole",
        targetWithoutActual: "{name} has a target {target} for {period} but no actual {actual} for {period} to compare it with",
        halfYearMixed: "{indicator} mixes the half-year {half} (here) with the full year {year} (at {origin}); compare half-years with half-years and years with years")

    /// "khoảng, ước tính": what an estimate is, in words.
    func words(for bound: ValueBound) -> String {
        switch bound {
        case .exact: return ""
        case .approx: return approxWords
        case .atLeast: return atLeastWords
        case .atMost: return atMostWords
        }
    }
}
