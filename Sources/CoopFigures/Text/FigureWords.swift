import CoopFormatting

/// Every word a figure writes around its data — titles, subtitles, average labels, source and note
/// lines — in Vietnamese and English, in one table for a reviewer to read and correct. Nothing else
/// in the figure library chooses words by language.
public struct FigureWords: Sendable {
    public let language: Language

    // Lines under a chart
    let sourceLead: String
    let sourcesLead: String
    let notesLead: String
    let unitLead: String
    let totalLead: String

    // Averages on a chart
    let average: String
    let clusterAverage: String
    let averageOfReporting: Template
    let weightedAverage: Template

    // Titles of the kinds
    let periodRange: Template
    let profileTitle: Template
    let rankTitle: Template
    let rankOneIsHighest: String
    let sharesTitle: Template
    let compositionTitle: Template
    let sharesPercent: String
    let indicatorsTitle: Template
    let robustnessTitle: Template
    let robustnessDraws: Template
    let robustnessEstimates: Template
    let scorecardComparison: Template
    let estimateNote: String
    let restatedCluster: Template

    // Periods and lists
    let year: Template
    let firstHalf: Template
    let secondHalf: Template
    let and: String
    /// Vietnamese lower-cases a label's first letter inside a title ("Tỷ trọng thành viên"); English keeps it.
    let lowercasesLabelsInTitles: Bool

    public static func `for`(_ language: Language) -> FigureWords { language == .vi ? .vietnamese : .english }

    static let vietnamese = FigureWords(
        language: .vi,
        sourceLead: "Nguồn: ", sourcesLead: "Nguồn: ", notesLead: "Ghi chú: ", unitLead: "Đơn vị: ", totalLead: "Tổng: ",
        average: "Bình quân", clusterAverage: "Bình quân cụm", averageOfReporting: "Bình quân {count} tỉnh có số liệu",
        weightedAverage: "Bình quân gia quyền theo {weight}",
        periodRange: "giai đoạn {first}–{last}", profileTitle: "Hồ sơ chỉ tiêu {period}", rankTitle: "Thứ hạng: {indicator} {period}",
        rankOneIsHighest: "Hạng 1 = cao nhất", sharesTitle: "Tỷ trọng {indicator} {period}", compositionTitle: "Cơ cấu {indicators} {period}",
        sharesPercent: "Tỷ trọng (%)", indicatorsTitle: "Các chỉ tiêu {period}",
        robustnessTitle: "Độ vững của thứ hạng: {scheme}",
        robustnessDraws: "{draws} lần rút, mỗi mức điểm tối đa nhân với hệ số ngẫu nhiên trong [1 − {spread}%, 1 + {spread}%]; hạt giống {seed}.",
        robustnessEstimates: "{count} số liệu chưa chính xác cũng được rút trong ±{spread}% (cận dưới chỉ tăng, cận trên chỉ giảm).",
        scorecardComparison: "Cột ± so với thứ hạng {period} theo cùng cách chấm",
        estimateNote: "≈ > < : điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <), chưa phải số chính xác: ",
        restatedCluster: "Cụm được tính lại theo các đơn vị hành chính từ ngày 1/7/2025; số liệu của cụm gồm cả {names}, vốn không phải thành viên cụm.",
        year: "năm {year}", firstHalf: "6 tháng đầu năm {year}", secondHalf: "6 tháng cuối năm {year}", and: " và ",
        lowercasesLabelsInTitles: true)

    static let english = FigureWords(
        language: .en,
        sourceLead: "Source: ", sourcesLead: "Sources: ", notesLead: "Notes: ", unitLead: "Unit: ", totalLead: "Total: ",
        average: "Average", clusterAverage: "Cluster average", averageOfReporting: "Average of the {count} reporting provinces",
        weightedAverage: "Average weighted by {weight}",
        periodRange: "{first}–{last}", profileTitle: "Indicator profile {period}", rankTitle: "Rank: {indicator} {period}",
        rankOneIsHighest: "Rank 1 = highest", sharesTitle: "Shares: {indicator} {period}", compositionTitle: "Composition: {indicators} {period}",
        sharesPercent: "Shares (%)", indicatorsTitle: "Indicators {period}",
        robustnessTitle: "Robustness of the ranking: {scheme}",
        robustnessDraws: "{draws} draws, each maximum multiplied by a random factor in [1 − {spread}%, 1 + {spread}%]; seed {seed}.",
        robustnessEstimates: "The {count} figures that are not exact are also drawn within ±{spread}% (a lower bound only upwards, an upper bound only downwards).",
        scorecardComparison: "± compares with the rank in {period} under the same scheme",
        estimateNote: "≈ > < : points computed from an approximate figure (≈) or a lower/upper bound (> <), not an exact figure: ",
        restatedCluster: "The cluster was restated as the units in force from 1 July 2025; its figures include {names}, which were not members.",
        year: "{year}", firstHalf: "first half of {year}", secondHalf: "second half of {year}", and: " and ",
        lowercasesLabelsInTitles: false)

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
