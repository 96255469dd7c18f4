import CoopFormatting

/// Every word a figure writes around its data — titles, subtitles, average labels, source and note
/// lines — in Vietnamese and English, in one table for a reviewer to read and correct. Nothing else
/// in the figure library chooses words by language.
public struct FigureWords: Vocabulary {
    public let language: Language

    public static func `for`(_ language: Language) -> FigureWords { FigureWords(language: language) }

    var sourceLead: String { pick("Nguồn: ", "Source: ") }
    var sourcesLead: String { pick("Nguồn: ", "Sources: ") }
    var notesLead: String { pick("Ghi chú: ", "Notes: ") }
    var unitLead: String { pick("Đơn vị: ", "Unit: ") }
    var totalLead: String { pick("Tổng: ", "Total: ") }
    var average: String { pick("Bình quân", "Average") }
    var clusterAverage: String { pick("Bình quân cụm", "Cluster average") }
    var averageOfReporting: Template { pick("Bình quân {count} tỉnh có số liệu", "Average of the {count} reporting provinces") }
    var weightedAverage: Template { pick("Bình quân gia quyền theo {weight}", "Average weighted by {weight}") }
    var periodRange: Template { pick("giai đoạn {first}–{last}", "{first}–{last}") }
    var profileTitle: Template { pick("Hồ sơ chỉ tiêu {period}", "Indicator profile {period}") }
    var rankTitle: Template { pick("Thứ hạng: {indicator} {period}", "Rank: {indicator} {period}") }
    var rankOneIsHighest: String { pick("Hạng 1 = cao nhất", "Rank 1 = highest") }
    var sharesTitle: Template { pick("Tỷ trọng {indicator} {period}", "Shares: {indicator} {period}") }
    var compositionTitle: Template { pick("Cơ cấu {indicators} {period}", "Composition: {indicators} {period}") }
    var sharesPercent: String { pick("Tỷ trọng (%)", "Shares (%)") }
    var indicatorsTitle: Template { pick("Các chỉ tiêu {period}", "Indicators {period}") }
    var robustnessTitle: Template { pick("Độ vững của thứ hạng: {scheme}", "Robustness of the ranking: {scheme}") }
    var robustnessDraws: Template {
        pick(
            "{draws} lần rút, mỗi mức điểm tối đa nhân với hệ số ngẫu nhiên trong [1 − {spread}%, 1 + {spread}%]; hạt giống {seed}.",
            "{draws} draws, each maximum multiplied by a random factor in [1 − {spread}%, 1 + {spread}%]; seed {seed}.")
    }
    var robustnessEstimates: Template {
        pick(
            "{count} số liệu chưa chính xác cũng được rút trong ±{spread}% (cận dưới chỉ tăng, cận trên chỉ giảm).",
            "The {count} figures that are not exact are also drawn within ±{spread}% (a lower bound only upwards, an upper bound only downwards).")
    }
    var scorecardComparison: Template {
        pick(
            "Cột ± so với thứ hạng {period} theo cùng cách chấm",
            "± compares with the rank in {period} under the same scheme")
    }
    var estimateNote: String {
        pick(
            "≈ > < : điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <), chưa phải số chính xác: ",
            "≈ > < : points computed from an approximate figure (≈) or a lower/upper bound (> <), not an exact figure: ")
    }
    var restatedCluster: Template {
        pick(
            "Cụm được tính lại theo các đơn vị hành chính từ ngày 1/7/2025; số liệu của cụm gồm cả {names}, vốn không phải thành viên cụm.",
            "The cluster was restated as the units in force from 1 July 2025; its figures include {names}, which were not members.")
    }
    // The map.
    func archipelago(_ name: Archipelago.Name, holder: String) -> String {
        let archipelago: String
        switch name {
        case .hoangSa: archipelago = pick("Quần đảo Hoàng Sa", "Hoang Sa (Paracel) Islands")
        case .truongSa: archipelago = pick("Quần đảo Trường Sa", "Truong Sa (Spratly) Islands")
        }
        return "\(archipelago) (\(holder))"
    }
    var outsideCluster: String { pick("Ngoài cụm", "Outside the cluster") }
    var quantileClasses: Template { pick("{count} lớp theo phân vị (số tỉnh)", "{count} quantile classes (number of provinces)") }
    var niceClasses: Template { pick("{count} lớp cách đều (số tỉnh)", "{count} equal classes (number of provinces)") }
    var givenBreaks: Template { pick("Ngưỡng {breaks} (số tỉnh)", "Breaks at {breaks} (number of provinces)") }
    var breakSeparator: String { pick("; ", ", ") }
    var centredOn: Template { pick("{classes}; giữa thang: {midpoint}", "{classes}; centred on {midpoint}") }
    var growthTitle: Template { pick("Tăng/giảm {indicator} {period} so với {previous}", "Change in {indicator}, {period} against {previous}") }
    var growthUnit: String { pick("% so với kỳ trước", "% on the previous period") }
    var year: Template { pick("năm {year}", "{year}") }
    var firstHalf: Template { pick("6 tháng đầu năm {year}", "first half of {year}") }
    var secondHalf: Template { pick("6 tháng cuối năm {year}", "second half of {year}") }
    var and: String { pick(" và ", " and ") }
    var lowercasesLabelsInTitles: Bool { pick(true, false) }

    /// "Nguồn: A; B" — "Source: A" / "Sources: A; B" in English.
    func sources(_ items: [String]) -> String? {
        items.isEmpty ? nil : (items.count == 1 ? sourceLead : sourcesLead) + items.joined(separator: "; ")
    }

    /// "A, B và C" / "A, B and C".
    public func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + and + last
    }

    /// "Thành viên" → "thành viên" inside a Vietnamese title; "HTX thành lập mới" keeps its acronym.
    public func inTitle(_ label: String) -> String {
        guard lowercasesLabelsInTitles, let first = label.first, let second = label.dropFirst().first, !second.isUppercase else { return label }
        return first.lowercased() + label.dropFirst()
    }
}
