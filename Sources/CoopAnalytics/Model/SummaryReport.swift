import Foundation
import CoopFormatting

/// The `summary` table: for each indicator and period, each province's value with its qualifier,
/// share of the total, competition rank and growth over the same period a year before, then one
/// total row (a sum for counts, a weighted mean for averages and shares).
public struct SummaryReport: Sendable {
    public struct Row: Sendable, Equatable {
        public let indicator: String
        /// The province code, or `TOTAL` on the total row.
        public let code: String
        public let province: String
        public let period: Period
        /// Nil for a member without a figure (shown as missing, never as zero) or a total that cannot be computed.
        public let value: Double?
        public let qualifier: ValueBound?
        public let sharePercent: Double?
        public let rank: Int?
        public let growthPercent: Double?
        public var isTotal: Bool { code == SummaryReport.totalCode }
    }

    public static let totalCode = "TOTAL"
    public static let csvColumns = ["indicator", "code", "province", "period", "value", "qualifier", "share_pct", "rank", "growth_pct"]

    public let rows: [Row]
    /// Why a total could not be computed, per indicator and period, in the report's language
    /// ("revenue_avg 2022-H1: no total, because …"; "Doanh thu bình quân (revenue_avg) kỳ 2022-H1: không có số tổng, vì …").
    public let notes: [String]

    /// Builds the report over `cluster` (or every province with a figure), for `period` or every period.
    public init(dataset: Dataset, cluster: Cluster? = nil, period: Period? = nil, language: Language = .vi) throws {
        var present: [String: [Period: Set<Int>]] = [:]
        for observation in dataset.observations where period == nil || observation.period == period {
            present[observation.indicator, default: [:]][observation.period, default: []].insert(observation.province)
        }
        let ordered = dataset.catalog.indicators.map(\.id).filter { present[$0] != nil }
        let words = AnalyticsWords.for(language)
        let totalName = cluster?.title ?? words.total
        var rows: [Row] = []
        var notes: [String] = []
        for id in ordered {
            guard let indicator = dataset.catalog[id] else { continue }
            for current in present[id]!.keys.sorted() {
                let scope = try cluster?.scope(in: current, registry: dataset.registry) ?? present[id]![current]!.sorted()
                let table = IndicatorTable(dataset: dataset, indicator: indicator, period: current, scope: scope)
                for row in table.rows {
                    let province = dataset.registry.provinces[row.province]
                    rows.append(
                        Row(
                            indicator: id, code: province.code, province: province.name, period: current, value: row.value,
                            qualifier: row.qualifier, sharePercent: row.sharePercent, rank: row.rank, growthPercent: row.growthPercent))
                }
                for missing in table.missing {
                    let province = dataset.registry.provinces[missing]
                    rows.append(
                        Row(
                            indicator: id, code: province.code, province: province.name, period: current, value: nil,
                            qualifier: nil, sharePercent: nil, rank: nil, growthPercent: nil))
                }
                var growth: Double?
                if let total = table.total {
                    let previousScope = cluster?.members(in: current.previous, registry: dataset.registry) ?? scope
                    let previous = IndicatorTable(dataset: dataset, indicator: indicator, period: current.previous, scope: previousScope)
                    if let before = previous.total, previous.missing.isEmpty, table.missing.isEmpty, before.value != 0 {
                        growth = (total.value - before.value) / abs(before.value) * 100
                    }
                } else if let reason = table.totalUnavailable {
                    notes.append(words.noTotal(indicator: indicator, period: current, because: reason, catalog: dataset.catalog))
                }
                rows.append(
                    Row(
                        indicator: id, code: Self.totalCode, province: totalName, period: current, value: table.total?.value,
                        qualifier: table.total?.qualifier, sharePercent: table.total.flatMap { indicator.aggregation == .sum && $0.value > 0 ? 100 : nil },
                        rank: nil, growthPercent: growth))
            }
        }
        self.rows = rows
        self.notes = notes
    }

    // MARK: Machine formats: plain numbers, dot decimal, no grouping.

    public func csv(style: CSVStyle = .rfc4180) -> String {
        var out = CSVText.header(Self.csvColumns, style: style)
        for row in rows {
            func number(_ value: Double?, _ decimals: Int) -> CSVText.Cell { value.map { .rounded($0, maxDecimals: decimals) } ?? .empty }
            out += CSVText.row(
                [
                    .text(row.indicator), .text(row.code), .text(row.province), .text(row.period.description),
                    number(row.value, 6), row.qualifier.map { .text($0.rawValue) } ?? .empty,
                    number(row.sharePercent, 2), row.rank.map { .integer($0) } ?? .empty, number(row.growthPercent, 2),
                ], style: style)
        }
        return out
    }

    public func json() -> String {
        func string(_ text: String) -> String { JSONValue.escaped(text) }
        func number(_ value: Double?, _ decimals: Int) -> String { value.map { plain($0, maxDecimals: decimals) } ?? "null" }
        let objects = rows.map { row in
            "  {\"indicator\": \(string(row.indicator)), \"code\": \(string(row.code)), \"province\": \(string(row.province)), "
                + "\"period\": \(string(row.period.description)), \"value\": \(number(row.value, 6)), "
                + "\"qualifier\": \(row.qualifier.map { string($0.rawValue) } ?? "null"), \"share_pct\": \(number(row.sharePercent, 2)), "
                + "\"rank\": \(row.rank.map(String.init) ?? "null"), \"growth_pct\": \(number(row.growthPercent, 2))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "]\n" : "\n]\n")
    }

    // MARK: The human table, in the language's number format.

    public func table(catalog: IndicatorCatalog, language: Language) -> String {
        let words = AnalyticsWords.for(language)
        let headers = [words.rank, words.code, words.province, words.value, words.share, words.growth]
        var out = ""
        var index = 0
        while index < rows.count {
            let first = rows[index]
            var block: [Row] = []
            while index < rows.count, rows[index].indicator == first.indicator, rows[index].period == first.period {
                block.append(rows[index])
                index += 1
            }
            let indicator = catalog[first.indicator]
            let title = indicator.map { "\($0.label(language)) (\($0.unit(language)))" } ?? first.indicator
            out += (out.isEmpty ? "" : "\n") + "\(title) — \(first.period)\n"
            let cells: [[String]] = block.map { row in
                let missing = words.noFigure
                return [
                    row.rank.map(String.init) ?? "", row.isTotal ? "" : row.code, row.province,
                    row.value.map { language.format($0, bound: row.qualifier ?? .exact, maxDecimals: indicator?.decimals ?? 2) }
                        ?? (row.isTotal ? "—" : missing),
                    row.sharePercent.map { language.formatPercent($0) } ?? "",
                    row.growthPercent.map { ($0 > 0 ? "+" : "") + language.formatPercent($0) } ?? "",
                ]
            }
            let widths = headers.indices.map { column in ([headers[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0 }
            let rightAligned: Set<Int> = [0, 3, 4, 5]
            func line(_ fields: [String]) -> String {
                fields.indices.map { column in
                    let pad = String(repeating: " ", count: widths[column] - fields[column].count)
                    return rightAligned.contains(column) ? pad + fields[column] : fields[column] + pad
                }.joined(separator: "  ").trimmingTrailingSpaces + "\n"
            }
            out += line(headers)
            for (offset, row) in cells.enumerated() {
                if block[offset].isTotal { out += String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n" }
                out += line(row)
            }
        }
        for note in notes { out += "\n" + note }
        return out.isEmpty ? words.noFigures + "\n" : (notes.isEmpty ? out : out + "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
