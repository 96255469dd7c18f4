import CoopFormatting

/// Every sentence and heading the report writes, in Vietnamese and English side by side, in one table.
public struct Phrasebook: Vocabulary {
    public let language: Language

    // Headings and chrome
    public var reportTitle: Template {
        pick(
            "Báo cáo tổng kết {cluster} {period}",
            "Emulation review of the {cluster}, {period}")
    }
    /// The title when the cluster or scheme already names the period.
    public var reportTitleNamed: Template {
        pick(
            "Báo cáo tổng kết: {cluster}",
            "Emulation review: {cluster}")
    }
    public var overviewHeading: String {
        pick(
            "Tổng quan",
            "Overview")
    }
    public var indicatorsHeading: String {
        pick(
            "Các chỉ tiêu chính",
            "Key indicators")
    }
    public var mapsHeading: String {
        pick(
            "Bản đồ",
            "Maps")
    }
    public var scorecardHeading: String {
        pick(
            "Bảng chấm điểm thi đua",
            "Emulation scorecard")
    }
    public var robustnessHeading: String {
        pick(
            "Độ vững của thứ hạng",
            "How robust the ranking is")
    }
    public var profilesHeading: String {
        pick(
            "Hồ sơ các tỉnh",
            "Province profiles")
    }
    public var methodologyHeading: String {
        pick(
            "Phương pháp chấm điểm",
            "Scoring method")
    }
    public var appendixHeading: String {
        pick(
            "Phụ lục số liệu",
            "Data appendix")
    }
    public var warningsHeading: String {
        pick(
            "Cảnh báo kiểm tra số liệu",
            "Data validation warnings")
    }
    public var sourcesHeading: String {
        pick(
            "Nguồn số liệu",
            "Sources")
    }
    public var contentsHeading: String {
        pick(
            "Nội dung",
            "Contents")
    }
    public var page: Template {
        pick(
            "Trang {page}/{pages}",
            "Page {page} of {pages}")
    }
    public var preparedBy: Template {
        pick(
            "Đơn vị thực hiện: {organisation}",
            "Prepared by: {organisation}")
    }
    public var dateLine: Template {
        pick(
            "Ngày lập: {date}",
            "Date: {date}")
    }
    public var periodLine: Template {
        pick(
            "Kỳ báo cáo: {period}",
            "Period: {period}")
    }

    // Overview
    public var overviewNewHTX: Template {
        pick(
            "{Period}, {whole} thành lập mới {total} HTX, trong đó {leader} dẫn đầu với {value} HTX ({share}).",
            "In {period}, {whole} founded {total} new cooperatives; {leader} led with {value} ({share}).")
    }
    public var overviewNewHTXTie: Template {
        pick(
            "{Period}, {whole} thành lập mới {total} HTX; {leaders} cùng dẫn đầu với {value} HTX mỗi tỉnh.",
            "In {period}, {whole} founded {total} new cooperatives; {leaders} shared the lead with {value} each.")
    }
    public var overviewStocks: Template {
        pick(
            "{Whole} có {htx} HTX với {members} thành viên, {tht} tổ hợp tác và {funds} quỹ tín dụng nhân dân.",
            "{Whole} {has} {htx} cooperatives with {members} members, {tht} cooperative groups and {funds} people's credit funds.")
    }
    public var growthUp: Template {
        pick(
            "tăng {percent} so với {previous}",
            "up {percent} on {previous}")
    }
    public var growthDown: Template {
        pick(
            "giảm {percent} so với {previous}",
            "down {percent} on {previous}")
    }
    public var growthFlat: Template {
        pick(
            "không đổi so với {previous}",
            "unchanged on {previous}")
    }
    public var coverage: Template {
        pick(
            "(tổng của {reported}/{members} tỉnh có số liệu)",
            "(total of the {reported} of {members} provinces reporting)")
    }

    // One indicator
    public var leader: Template {
        pick(
            "{leader} dẫn đầu về {indicator} với {amount}.",
            "{leader} leads on {indicator} with {amount}.")
    }
    public var leaderTie: Template {
        pick(
            "{leaders} cùng dẫn đầu về {indicator} với {amount}.",
            "{leaders} share the lead on {indicator} with {amount}.")
    }
    public var leaderShare: Template {
        pick(
            "{leader} dẫn đầu về {indicator} với {amount}, chiếm {share} {wholeTotal}.",
            "{leader} leads on {indicator} with {amount}, {share} of {wholeTotal}.")
    }
    public var lowest: Template {
        pick(
            "Thấp nhất là {last} với {amount}.",
            "The lowest is {last} with {amount}.")
    }
    public var lowestTie: Template {
        pick(
            "Thấp nhất là {names}, cùng {amount}.",
            "The lowest are {names}, with {amount} each.")
    }
    public var average: Template {
        pick(
            "Bình quân mỗi tỉnh có số liệu: {amount}.",
            "Average per reporting province: {amount}.")
    }
    public var weightedAverage: Template {
        pick(
            "{WholeAverage} (gia quyền theo {weight}): {amount}.",
            "{WholeAverage} (weighted by {weight}): {amount}.")
    }
    public var missing: Template {
        pick(
            "Chưa có số liệu của {names}.",
            "No figure from {names}.")
    }
    public var totalGrowth: Template {
        pick(
            "{WholeTotal} {change}.",
            "{WholeTotal} is {change}.")
    }

    // Scorecard and robustness
    public var scorecardLead: Template {
        pick(
            "Theo thang điểm \"{scheme}\", {leader} đứng đầu với {total} điểm, tiếp theo là {second} ({secondTotal} điểm).",
            "Under \"{scheme}\", {leader} ranks first with {total} points, followed by {second} ({secondTotal} points).")
    }
    public var scorecardLeadTiedSecond: Template {
        pick(
            "Theo thang điểm \"{scheme}\", {leader} đứng đầu với {total} điểm, tiếp theo là {second}, cùng {secondTotal} điểm.",
            "Under \"{scheme}\", {leader} ranks first with {total} points, followed by {second} with {secondTotal} points each.")
    }
    public var scorecardVote: Template {
        pick(
            "{leaders} cùng đạt {total} điểm và cùng xếp hạng 1 sau khi đã xét các tiêu chí phân định; hội nghị cụm sẽ bình xét, biểu quyết.",
            "{leaders} tie on {total} points at rank 1 after the tie-break criteria; the cluster conference decides by vote.")
    }
    public var awardLine: Template {
        pick(
            "Đề nghị {award}: {names}.",
            "Proposed {award}: {names}.")
    }
    public var awardEstimate: Template {
        pick(
            "Lưu ý: điểm của {names} dựa một phần trên số liệu chưa chính xác ({items}: ≈ ước tính, > cận dưới, < cận trên); cần xác nhận số liệu trước khi bình xét.",
            "Note: the points of {names} rest partly on figures that are not exact ({items}: ≈ approximate, > lower bound, < upper bound); confirm them before the vote."
        )
    }
    public var robustnessLead: Template {
        pick(
            "Khi điểm tối đa của mỗi tiêu chí thay đổi ngẫu nhiên ±{spread} ({draws} lần thử), thứ hạng trung vị và khoảng 5–95% của mỗi tỉnh như hình dưới.",
            "With each criterion's maximum varied at random by ±{spread} ({draws} draws), each province's median rank and 5–95% band are shown below.")
    }
    public var robustnessStable: Template {
        pick(
            "{leader} giữ hạng 1 trong {share} số lần thử.",
            "{leader} stays first in {share} of the draws.")
    }
    public var robustnessUnstable: Template {
        pick(
            "Hạng 1 không chắc chắn: {leader} chỉ giữ hạng 1 trong {share} số lần thử.",
            "First place is uncertain: {leader} stays first in only {share} of the draws.")
    }
    public var robustnessTied: Template {
        pick(
            "{leaders} cùng xếp hạng 1; tỷ lệ số lần thử giữ hạng 1: {shares}.",
            "{leaders} tie at rank 1; share of the draws in which each stays first: {shares}.")
    }
    public var robustnessTiedShare: Template {
        pick(
            "{name} {share}",
            "{name} {share}")
    }
    public var robustnessEstimates: Template {
        pick(
            "Mỗi lần thử, {count} số liệu chưa chính xác cũng được rút ngẫu nhiên trong phạm vi ±{spread} (số cận dưới chỉ tăng, số cận trên chỉ giảm) rồi tính lại điểm của tiêu chí.",
            "In each draw, the {count} figures that are not exact are also drawn within ±{spread} (a lower bound only upwards, an upper bound only downwards) and their criterion re-scored."
        )
    }

    // Methodology and appendix
    public var methodIntro: Template {
        pick(
            "Mỗi tiêu chí có điểm tối đa P; min, max và n tính trên các tỉnh trong phạm vi có số liệu.",
            "Each criterion has a maximum P; min, max and n are taken over the provinces in scope that have a value.")
    }
    public var methodMinmax: Template {
        pick(
            "{label} ({id}): {source}; min–max, P = {points}: P·(x − min)/(max − min){direction}.",
            "{label} ({id}): {source}; min–max, P = {points}: P·(x − min)/(max − min){direction}.")
    }
    public var methodProportional: Template {
        pick(
            "{label} ({id}): {source}; tỷ lệ, P = {points}: P·x/max{direction}.",
            "{label} ({id}): {source}; proportional, P = {points}: P·x/max{direction}.")
    }
    public var methodTarget: Template {
        pick(
            "{label} ({id}): {source}; so với kế hoạch {target}, P = {points}: P·min(x/t; {cap}).",
            "{label} ({id}): {source}; against the plan {target}, P = {points}: P·min(x/t, {cap}).")
    }
    public var methodRank: Template {
        pick(
            "{label} ({id}): {source}; theo thứ hạng, P = {points}: P·(n − r)/(n − 1){direction}.",
            "{label} ({id}): {source}; by rank, P = {points}: P·(n − r)/(n − 1){direction}.")
    }
    public var directionLower: String {
        pick(
            " (thấp hơn là tốt hơn)",
            " (lower is better)")
    }
    public var missingRule: String {
        pick(
            "Tỉnh không có số liệu của một tiêu chí được 0 điểm ở tiêu chí đó và được ghi chú missing.",
            "A province without a value for a criterion scores 0 on it and is flagged missing.")
    }
    public var estimateRule: String {
        pick(
            "Điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <) được đánh dấu trên bảng điểm (approx, bound); số kế hoạch được lấy như đã ghi.",
            "Points computed from an approximate figure (≈) or a lower/upper bound (> <) are marked on the scorecard (approx, bound); plan figures are taken as written."
        )
    }
    public var tieRule: String {
        pick(
            "Tổng điểm làm tròn 2 chữ số thập phân; bằng điểm thì cùng hạng (1, 2, 2, 4); bằng điểm ở hạng 1 do hội nghị biểu quyết.",
            "Totals are rounded to 2 decimals; equal totals share a rank (1, 2, 2, 4); a tie at rank 1 goes to the conference's vote.")
    }
    public var tiebreakLine: Template {
        pick(
            "Phân định khi bằng điểm theo thứ tự: {criteria}.",
            "Ties are broken by, in order: {criteria}.")
    }
    public var adjustmentLine: Template {
        pick(
            "{province}: {points} điểm — {reason}.",
            "{province}: {points} points — {reason}.")
    }
    public var appendixIntro: String {
        pick(
            "Mọi số liệu dùng trong báo cáo, với mức độ (≈ ước tính, > cận dưới, < cận trên) và nguồn ([1], [2]… xem mục Nguồn số liệu).",
            "Every figure used in this report, with its qualifier (≈ approximate, > lower bound, < upper bound) and source ([1], [2]… see Sources).")
    }
    public var noWarnings: String {
        pick(
            "Không có cảnh báo.",
            "No warnings.")
    }
    public var columnProvince: String {
        pick(
            "Tỉnh",
            "Province")
    }
    public var columnIndicator: String {
        pick(
            "Chỉ tiêu",
            "Indicator")
    }
    public var columnPeriod: String {
        pick(
            "Kỳ",
            "Period")
    }
    public var columnValue: String {
        pick(
            "Giá trị",
            "Value")
    }
    public var columnSource: String {
        pick(
            "Nguồn",
            "Source")
    }

    // What the report's provinces make together (`ReportWhole`)
    /// "toàn cụm", "cả nước", "các tỉnh": the subject of "… thành lập mới 206 HTX".
    public func whole(_ whole: ReportWhole) -> String {
        switch whole {
        case .cluster: return pick("toàn cụm", "the cluster")
        case .country: return pick("cả nước", "the country")
        case .provinces: return pick("các tỉnh", "the provinces")
        }
    }
    /// "tổng số của cụm", "tổng số cả nước": what a leader's share is a share of.
    public func wholeTotal(_ whole: ReportWhole) -> String {
        switch whole {
        case .cluster: return pick("tổng số của cụm", "the cluster total")
        case .country: return pick("tổng số cả nước", "the national total")
        case .provinces: return pick("tổng số của các tỉnh", "the provinces' total")
        }
    }
    /// "Bình quân toàn cụm", "National average": the heading of a weighted average.
    public func wholeAverage(_ whole: ReportWhole) -> String {
        switch whole {
        case .cluster: return pick("Bình quân toàn cụm", "Cluster average")
        case .country: return pick("Bình quân cả nước", "National average")
        case .provinces: return pick("Bình quân các tỉnh", "Average of the provinces")
        }
    }
    /// The slots `whole`, `Whole`, `wholeTotal`, `WholeTotal`, `WholeAverage` and, in English, `has` ("has" or "have").
    public func wholeSlots(_ whole: ReportWhole) -> [String: String] {
        [
            "whole": self.whole(whole), "Whole": self.whole(whole).capitalisedFirst, "wholeTotal": wholeTotal(whole),
            "WholeTotal": wholeTotal(whole).capitalisedFirst, "WholeAverage": wholeAverage(whole), "has": whole == .provinces ? "have" : "has",
        ]
    }

    // Qualifier words written before a number in running text
    public var approxWord: String {
        pick(
            "khoảng",
            "about")
    }
    public var atLeastWord: String {
        pick(
            "ít nhất",
            "at least")
    }
    public var atMostWord: String {
        pick(
            "gần",
            "nearly")
    }
    /// Before a half-year inside a sentence: "in the first half of 2022"; Vietnamese needs none.
    public var halfYearArticle: String {
        pick(
            "",
            "the ")
    }

    /// "khoảng 590", "ít nhất 174", "gần 3.000": a bound stays a bound in a sentence too.
    public func qualified(_ text: String, _ bound: ValueBound) -> String {
        switch bound {
        case .exact: return text
        case .approx: return approxWord + " " + text
        case .atLeast: return atLeastWord + " " + text
        case .atMost: return atMostWord + " " + text
        }
    }

    public static func `for`(_ language: Language) -> Phrasebook { Phrasebook(language: language) }

    public static let vietnamese = Phrasebook(language: .vi)
    public static let english = Phrasebook(language: .en)
}
