import CoopFormatting

/// Every sentence and heading the report writes, per language, in one table.
public struct Phrasebook: Sendable {
    // Headings and chrome
    public let reportTitle: Template
    /// The title when the cluster or scheme already names the period.
    public let reportTitleNamed: Template
    public let overviewHeading: String
    public let indicatorsHeading: String
    public let scorecardHeading: String
    public let robustnessHeading: String
    public let profilesHeading: String
    public let methodologyHeading: String
    public let appendixHeading: String
    public let warningsHeading: String
    public let sourcesHeading: String
    public let contentsHeading: String
    public let page: Template
    public let preparedBy: Template
    public let dateLine: Template
    public let periodLine: Template

    // Overview
    public let overviewNewHTX: Template
    public let overviewNewHTXTie: Template
    public let overviewStocks: Template
    public let growthUp: Template
    public let growthDown: Template
    public let growthFlat: Template
    public let coverage: Template

    // One indicator
    public let leader: Template
    public let leaderTie: Template
    public let leaderShare: Template
    public let lowest: Template
    public let average: Template
    public let weightedAverage: Template
    public let missing: Template
    public let totalGrowth: Template

    // Scorecard and robustness
    public let scorecardLead: Template
    public let scorecardVote: Template
    public let awardLine: Template
    public let awardEstimate: Template
    public let robustnessLead: Template
    public let robustnessStable: Template
    public let robustnessUnstable: Template
    public let robustnessEstimates: Template

    // Methodology and appendix
    public let methodIntro: Template
    public let methodMinmax: Template
    public let methodProportional: Template
    public let methodTarget: Template
    public let methodRank: Template
    public let directionLower: String
    public let missingRule: String
    public let estimateRule: String
    public let tieRule: String
    public let tiebreakLine: Template
    public let adjustmentLine: Template
    public let appendixIntro: String
    public let noWarnings: String
    public let columnProvince: String
    public let columnIndicator: String
    public let columnPeriod: String
    public let columnValue: String
    public let columnSource: String

    // Qualifier words written before a number in running text
    public let approxWord: String
    public let atLeastWord: String
    public let atMostWord: String
    /// Before a half-year inside a sentence: "in the first half of 2022"; Vietnamese needs none.
    public let halfYearArticle: String

    /// "khoảng 590", "ít nhất 174", "gần 3.000": a bound stays a bound in a sentence too.
    public func qualified(_ text: String, _ bound: ValueBound) -> String {
        switch bound {
        case .exact: return text
        case .approx: return approxWord + " " + text
        case .atLeast: return atLeastWord + " " + text
        case .atMost: return atMostWord + " " + text
        }
    }

    public static func `for`(_ language: Language) -> Phrasebook { language == .vi ? .vietnamese : .english }

    public static let vietnamese = Phrasebook(
        reportTitle: "Báo cáo tổng kết {cluster} {period}",
        reportTitleNamed: "Báo cáo tổng kết: {cluster}",
        overviewHeading: "Tổng quan",
        indicatorsHeading: "Các chỉ tiêu chính",
        scorecardHeading: "Bảng chấm điểm thi đua",
        robustnessHeading: "Độ vững của thứ hạng",
        profilesHeading: "Hồ sơ các tỉnh",
        methodologyHeading: "Phương pháp chấm điểm",
        appendixHeading: "Phụ lục số liệu",
        warningsHeading: "Cảnh báo kiểm tra số liệu",
        sourcesHeading: "Nguồn số liệu",
        contentsHeading: "Nội dung",
        page: "Trang {page}/{pages}",
        preparedBy: "Đơn vị thực hiện: {organisation}",
        dateLine: "Ngày lập: {date}",
        periodLine: "Kỳ báo cáo: {period}",
        overviewNewHTX: "{Period}, toàn cụm thành lập mới {total} HTX, trong đó {leader} dẫn đầu với {value} HTX ({share}).",
        overviewNewHTXTie: "{Period}, toàn cụm thành lập mới {total} HTX; {leaders} cùng dẫn đầu với {value} HTX mỗi tỉnh.",
        overviewStocks: "Toàn cụm có {htx} HTX với {members} thành viên, {tht} tổ hợp tác và {funds} quỹ tín dụng nhân dân.",
        growthUp: "tăng {percent} so với {previous}",
        growthDown: "giảm {percent} so với {previous}",
        growthFlat: "không đổi so với {previous}",
        coverage: "(tổng của {reported}/{members} tỉnh có số liệu)",
        leader: "{leader} dẫn đầu về {indicator} với {amount}.",
        leaderTie: "{leaders} cùng dẫn đầu về {indicator} với {amount}.",
        leaderShare: "{leader} dẫn đầu về {indicator} với {amount}, chiếm {share} tổng số của cụm.",
        lowest: "Thấp nhất là {last} với {amount}.",
        average: "Bình quân mỗi tỉnh có số liệu: {amount}.",
        weightedAverage: "Bình quân toàn cụm (gia quyền theo {weight}): {amount}.",
        missing: "Chưa có số liệu của {names}.",
        totalGrowth: "Tổng của cụm {change}.",
        scorecardLead: "Theo thang điểm \"{scheme}\", {leader} đứng đầu với {total} điểm, tiếp theo là {second} ({secondTotal} điểm).",
        scorecardVote: "{leaders} cùng đạt {total} điểm và cùng xếp hạng 1 sau khi đã xét các tiêu chí phân định; hội nghị cụm sẽ bình xét, biểu quyết.",
        awardLine: "Đề nghị {award}: {names}.",
        awardEstimate: "Lưu ý: điểm của {names} dựa một phần trên số liệu chưa chính xác ({items}: ≈ ước tính, > cận dưới, < cận trên); cần xác nhận số liệu trước khi bình xét.",
        robustnessLead: "Khi điểm tối đa của mỗi tiêu chí thay đổi ngẫu nhiên ±{spread} ({draws} lần thử), thứ hạng trung vị và khoảng 5–95% của mỗi tỉnh như hình dưới.",
        robustnessStable: "{leader} giữ hạng 1 trong {share} số lần thử.",
        robustnessUnstable: "Hạng 1 không chắc chắn: {leader} chỉ giữ hạng 1 trong {share} số lần thử.",
        robustnessEstimates: "Mỗi lần thử, {count} số liệu chưa chính xác cũng được rút ngẫu nhiên trong phạm vi ±{spread} (số cận dưới chỉ tăng, số cận trên chỉ giảm) rồi tính lại điểm của tiêu chí.",
        methodIntro: "Mỗi tiêu chí có điểm tối đa P; min, max và n tính trên các tỉnh trong phạm vi có số liệu.",
        methodMinmax: "{label} ({id}): {source}; min–max, P = {points}: P·(x − min)/(max − min){direction}.",
        methodProportional: "{label} ({id}): {source}; tỷ lệ, P = {points}: P·x/max{direction}.",
        methodTarget: "{label} ({id}): {source}; so với kế hoạch {target}, P = {points}: P·min(x/t; {cap}).",
        methodRank: "{label} ({id}): {source}; theo thứ hạng, P = {points}: P·(n − r)/(n − 1){direction}.",
        directionLower: " (thấp hơn là tốt hơn)",
        missingRule: "Tỉnh không có số liệu của một tiêu chí được 0 điểm ở tiêu chí đó và được ghi chú missing.",
        estimateRule: "Điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <) được đánh dấu trên bảng điểm (approx, bound); số kế hoạch được lấy như đã ghi.",
        tieRule: "Tổng điểm làm tròn 2 chữ số thập phân; bằng điểm thì cùng hạng (1, 2, 2, 4); bằng điểm ở hạng 1 do hội nghị biểu quyết.",
        tiebreakLine: "Phân định khi bằng điểm theo thứ tự: {criteria}.",
        adjustmentLine: "{province}: {points} điểm — {reason}.",
        appendixIntro: "Mọi số liệu dùng trong báo cáo, với mức độ (≈ ước tính, > cận dưới, < cận trên) và nguồn ([1], [2]… xem mục Nguồn số liệu).",
        noWarnings: "Không có cảnh báo.",
        columnProvince: "Tỉnh", columnIndicator: "Chỉ tiêu", columnPeriod: "Kỳ", columnValue: "Giá trị", columnSource: "Nguồn",
        approxWord: "khoảng", atLeastWord: "ít nhất", atMostWord: "gần", halfYearArticle: "")

    public static let english = Phrasebook(
        reportTitle: "Emulation review of the {cluster}, {period}",
        reportTitleNamed: "Emulation review: {cluster}",
        overviewHeading: "Overview",
        indicatorsHeading: "Key indicators",
        scorecardHeading: "Emulation scorecard",
        robustnessHeading: "How robust the ranking is",
        profilesHeading: "Province profiles",
        methodologyHeading: "Scoring method",
        appendixHeading: "Data appendix",
        warningsHeading: "Data validation warnings",
        sourcesHeading: "Sources",
        contentsHeading: "Contents",
        page: "Page {page} of {pages}",
        preparedBy: "Prepared by: {organisation}",
        dateLine: "Date: {date}",
        periodLine: "Period: {period}",
        overviewNewHTX: "In {period}, the cluster founded {total} new cooperatives; {leader} led with {value} ({share}).",
        overviewNewHTXTie: "In {period}, the cluster founded {total} new cooperatives; {leaders} shared the lead with {value} each.",
        overviewStocks: "The cluster has {htx} cooperatives with {members} members, {tht} cooperative groups and {funds} people's credit funds.",
        growthUp: "up {percent} on {previous}",
        growthDown: "down {percent} on {previous}",
        growthFlat: "unchanged on {previous}",
        coverage: "(total of the {reported} of {members} provinces reporting)",
        leader: "{leader} leads on {indicator} with {amount}.",
        leaderTie: "{leaders} share the lead on {indicator} with {amount}.",
        leaderShare: "{leader} leads on {indicator} with {amount}, {share} of the cluster total.",
        lowest: "The lowest is {last} with {amount}.",
        average: "Average per reporting province: {amount}.",
        weightedAverage: "Cluster average (weighted by {weight}): {amount}.",
        missing: "No figure from {names}.",
        totalGrowth: "The cluster total is {change}.",
        scorecardLead: "Under \"{scheme}\", {leader} ranks first with {total} points, followed by {second} ({secondTotal} points).",
        scorecardVote: "{leaders} tie on {total} points at rank 1 after the tie-break criteria; the cluster conference decides by vote.",
        awardLine: "Proposed {award}: {names}.",
        awardEstimate: "Note: the points of {names} rest partly on figures that are not exact ({items}: ≈ approximate, > lower bound, < upper bound); confirm them before the vote.",
        robustnessLead: "With each criterion's maximum varied at random by ±{spread} ({draws} draws), each province's median rank and 5–95% band are shown below.",
        robustnessStable: "{leader} stays first in {share} of the draws.",
        robustnessUnstable: "First place is uncertain: {leader} stays first in only {share} of the draws.",
        robustnessEstimates: "In each draw, the {count} figures that are not exact are also drawn within ±{spread} (a lower bound only upwards, an upper bound only downwards) and their criterion re-scored.",
        methodIntro: "Each criterion has a maximum P; min, max and n are taken over the provinces in scope that have a value.",
        methodMinmax: "{label} ({id}): {source}; min–max, P = {points}: P·(x − min)/(max − min){direction}.",
        methodProportional: "{label} ({id}): {source}; proportional, P = {points}: P·x/max{direction}.",
        methodTarget: "{label} ({id}): {source}; against the plan {target}, P = {points}: P·min(x/t, {cap}).",
        methodRank: "{label} ({id}): {source}; by rank, P = {points}: P·(n − r)/(n − 1){direction}.",
        directionLower: " (lower is better)",
        missingRule: "A province without a value for a criterion scores 0 on it and is flagged missing.",
        estimateRule: "Points computed from an approximate figure (≈) or a lower/upper bound (> <) are marked on the scorecard (approx, bound); plan figures are taken as written.",
        tieRule: "Totals are rounded to 2 decimals; equal totals share a rank (1, 2, 2, 4); a tie at rank 1 goes to the conference's vote.",
        tiebreakLine: "Ties are broken by, in order: {criteria}.",
        adjustmentLine: "{province}: {points} points — {reason}.",
        appendixIntro: "Every figure used in this report, with its qualifier (≈ approximate, > lower bound, < upper bound) and source ([1], [2]… see Sources).",
        noWarnings: "No warnings.",
        columnProvince: "Province", columnIndicator: "Indicator", columnPeriod: "Period", columnValue: "Value", columnSource: "Source",
        approxWord: "about", atLeastWord: "at least", atMostWord: "nearly", halfYearArticle: "the ")
}
