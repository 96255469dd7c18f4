import CoopFormatting

/// What a registry row registers: a cooperative (HTX), a cooperative group (THT), a people's credit
/// fund or a union of cooperatives.
public enum CooperativeKind: String, CaseIterable, Sendable {
    case htx, tht
    case creditFund = "credit_fund"
    case union

    /// Spellings accepted in the kind column, compared by `matchingKey` (case and diacritics ignored).
    static let spellings: [String: CooperativeKind] = {
        var table: [String: CooperativeKind] = [:]
        let words: [(CooperativeKind, [String])] = [
            (.htx, ["htx", "hợp tác xã", "cooperative", "coop"]),
            (.tht, ["tht", "tổ hợp tác", "cooperative group", "group"]),
            (.creditFund, ["credit_fund", "credit fund", "qtdnd", "quỹ tín dụng nhân dân", "quỹ tín dụng", "people's credit fund"]),
            (.union, ["union", "lhhtx", "lh htx", "liên hiệp hợp tác xã", "liên hiệp htx", "union of cooperatives"]),
        ]
        for (kind, list) in words { for word in list { table[word.matchingKey] = kind } }
        return table
    }()

    static let accepted = "htx, tht, credit_fund or union (or hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân, liên hiệp hợp tác xã)"
}
