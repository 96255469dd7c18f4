import Foundation
import CoopFormatting

/// The indicators coopchart knows, looked up by id or by Vietnamese/English label typed in any
/// case, with or without diacritics.
public struct IndicatorCatalog: Sendable {
    public private(set) var indicators: [Indicator]
    private var byKey: [String: Int] = [:]

    public init(_ indicators: [Indicator]) {
        self.indicators = []
        for indicator in indicators { add(indicator) }
    }

    /// Adds an indicator, or replaces the one with the same id.
    public mutating func add(_ indicator: Indicator) {
        if let existing = byKey[indicator.id.matchingKey] {
            indicators[existing] = indicator
        } else {
            indicators.append(indicator)
        }
        let index = indicators.firstIndex { $0.id == indicator.id }!
        for key in [indicator.id, indicator.labelVi, indicator.labelEn] { byKey[key.matchingKey] = index }
    }

    public func indicator(named text: String) -> Indicator? {
        byKey[text.trimmingCharacters(in: .whitespaces).matchingKey].map { indicators[$0] }
    }

    public subscript(id: String) -> Indicator? { indicator(named: id) }

    /// Ids and labels closest to `text`, for "did you mean" in error messages.
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let key = text.matchingKey
        return
            indicators
            .map { ($0.id, min(editDistance(key, $0.id.matchingKey), editDistance(key, $0.labelVi.matchingKey))) }
            .sorted { $0.1 < $1.1 }
            .prefix(limit)
            .map(\.0)
    }

    /// The catalog of the data contract.
    public static let standard = IndicatorCatalog([
        Indicator(
            id: "htx", labelVi: "Số HTX", labelEn: "Cooperatives", unitVi: "HTX", unitEn: "cooperatives",
            kind: .stock, isCount: true, aggregation: .sum),
        Indicator(
            id: "new_htx", labelVi: "HTX thành lập mới", labelEn: "New cooperatives", unitVi: "HTX", unitEn: "cooperatives",
            kind: .flow, isCount: true, aggregation: .sum, partOf: "htx"),
        Indicator(
            id: "dissolved_htx", labelVi: "HTX giải thể", labelEn: "Dissolved cooperatives", unitVi: "HTX", unitEn: "cooperatives",
            kind: .flow, isCount: true, aggregation: .sum, partOf: "htx"),
        Indicator(
            id: "unions", labelVi: "Liên hiệp HTX", labelEn: "Unions of cooperatives", unitVi: "LH HTX", unitEn: "unions",
            kind: .stock, isCount: true, aggregation: .sum),
        Indicator(
            id: "tht", labelVi: "Tổ hợp tác", labelEn: "Cooperative groups", unitVi: "THT", unitEn: "groups",
            kind: .stock, isCount: true, aggregation: .sum),
        Indicator(
            id: "new_tht", labelVi: "THT thành lập mới", labelEn: "New cooperative groups", unitVi: "THT", unitEn: "groups",
            kind: .flow, isCount: true, aggregation: .sum, partOf: "tht"),
        Indicator(
            id: "credit_funds", labelVi: "Quỹ tín dụng nhân dân", labelEn: "People's credit funds", unitVi: "quỹ", unitEn: "funds",
            kind: .stock, isCount: true, aggregation: .sum),
        Indicator(
            id: "members", labelVi: "Thành viên", labelEn: "Members", unitVi: "người", unitEn: "people",
            kind: .stock, isCount: true, aggregation: .sum),
        Indicator(
            id: "workers", labelVi: "Lao động", labelEn: "Workers", unitVi: "người", unitEn: "people",
            kind: .stock, isCount: true, aggregation: .sum),
        Indicator(
            id: "revenue_avg", labelVi: "Doanh thu bình quân", labelEn: "Average revenue", unitVi: "triệu đồng/HTX",
            unitEn: "million VND per cooperative", kind: .average, isCount: false, aggregation: .weightedMean(over: "htx")),
        Indicator(
            id: "profit_avg", labelVi: "Lãi bình quân", labelEn: "Average profit", unitVi: "triệu đồng/HTX",
            unitEn: "million VND per cooperative", kind: .average, isCount: false, aggregation: .weightedMean(over: "htx")),
        Indicator(
            id: "income_avg", labelVi: "Thu nhập bình quân", labelEn: "Average income", unitVi: "triệu đồng/người/năm",
            unitEn: "million VND per worker per year", kind: .average, isCount: false, aggregation: .weightedMean(over: "workers")),
        Indicator(
            id: "effective_share", labelVi: "Tỷ lệ HTX hoạt động hiệu quả", labelEn: "Share of effective cooperatives",
            unitVi: "%", unitEn: "%", kind: .share, isCount: false, aggregation: .weightedMean(over: "htx")),
        Indicator(
            id: "target_new_htx", labelVi: "Kế hoạch thành lập mới HTX", labelEn: "Planned new cooperatives",
            unitVi: "HTX", unitEn: "cooperatives", kind: .target, isCount: true, aggregation: .sum),
        Indicator(
            id: "target_new_tht", labelVi: "Kế hoạch thành lập mới THT", labelEn: "Planned new cooperative groups",
            unitVi: "THT", unitEn: "groups", kind: .target, isCount: true, aggregation: .sum),
    ])
}

/// Levenshtein distance on characters, for suggestions only (short strings).
public func editDistance(_ a: String, _ b: String) -> Int { editDistance(Array(a), Array(b)) }

/// Levenshtein distance on any sequence of comparable elements (characters, or the bytes of ASCII keys).
func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
