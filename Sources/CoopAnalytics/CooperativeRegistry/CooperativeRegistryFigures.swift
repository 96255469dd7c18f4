/// The province-period indicators a registry adds up to, in the long format of the data contract
/// (`province,year,indicator,value`), so every other command reads them as they read any report.
public struct CooperativeRegistryFigures: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// Index into the registry's `provinces`: the unit in force at the period's end.
        public let province: Int
        /// How the province column names it: its name, or its code where the name would mean another unit.
        public let label: String
        public let period: Period
        public let indicator: String
        public let value: Double
    }

    public let rows: [Row]
    /// The cooperatives (rows) the registry held.
    public let cooperatives: Int

    /// The indicators written, in this order, for each province and period.
    public static let indicators = [
        "htx", "new_htx", "dissolved_htx", "tht", "new_tht", "credit_funds", "unions",
        "members", "workers", "revenue_avg",
    ]

    /// The long CSV. Counts are whole numbers; revenue_avg has at most two decimals, so it can never be
    /// read as a Vietnamese-style grouped number (123.45 is not 12,345 in either style).
    public func csv(style: CSVStyle = .rfc4180) -> String {
        let separator = String(style.separator)
        var out = CSVText.header(["province", "year", "indicator", "value"], style: style)
        out.reserveCapacity(rows.count * 32)
        for row in rows {
            out += CSVText.field(.text(row.label), style: style)
            out += separator
            out += row.period.description
            out += separator
            out += row.indicator
            out += separator
            out += CSVText.field(.rounded(row.value, maxDecimals: 2), style: style)
            out += "\n"
        }
        return out
    }
}
