/// What an indicator measures and how its province values combine into a cluster figure.
public struct Indicator: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case stock, flow, average, share, target
    }

    /// How province values combine: counts add up; averages and shares are recomputed from their
    /// weights (average revenue per HTX is total revenue over the HTX count), never summed.
    public enum Aggregation: Hashable, Sendable {
        case sum
        case weightedMean(over: String)
        case none
    }

    public let id: String
    public let labelVi: String
    public let labelEn: String
    public let unitVi: String
    public let unitEn: String
    public let kind: Kind
    /// A count is never fractional: this settles "4.139" as four thousand one hundred thirty-nine.
    public let isCount: Bool
    public let aggregation: Aggregation
    /// The indicator this one is a part of (new_htx is part of htx), so validation can flag a part above its whole.
    public let partOf: String?
    /// For a target, the indicator that measures what was achieved (target_new_htx → new_htx).
    public let targetOf: String?

    public init(
        id: String, labelVi: String, labelEn: String, unitVi: String, unitEn: String,
        kind: Kind, isCount: Bool, aggregation: Aggregation, partOf: String? = nil, targetOf: String? = nil
    ) {
        self.partOf = partOf
        self.targetOf = targetOf ?? (kind == .target && id.hasPrefix("target_") ? String(id.dropFirst("target_".count)) : nil)
        self.id = id
        self.labelVi = labelVi.nfc
        self.labelEn = labelEn
        self.unitVi = unitVi.nfc
        self.unitEn = unitEn
        self.kind = kind
        self.isCount = isCount
        self.aggregation = aggregation
    }

    public func label(_ language: Language) -> String {
        switch language {
        case .vi: return labelVi
        case .en: return labelEn
        }
    }
    public func unit(_ language: Language) -> String {
        switch language {
        case .vi: return unitVi
        case .en: return unitEn
        }
    }
}

import CoopFormatting

/// The language of every piece of text a command writes for people.

extension Indicator {
    /// The catalog's precision: digits after the decimal mark for this indicator's figures, the same in
    /// every table, label and sentence (whole counts; one decimal for averages and shares).
    public var decimals: Int { isCount ? 0 : 1 }

    /// True for a percentage: its sign follows the number, as every other "%" does.
    public var isPercent: Bool { unitVi == "%" }

    /// A figure as running text writes it, with its unit: "74 HTX", "khoảng 590 HTX", "81,6%".
    public func amount(_ number: String, language: Language) -> String {
        isPercent ? number + "%" : number + " " + unit(language)
    }
}
