import CoopFormatting

/// The ranking as CSV, JSON and a terminal table, all carrying the same columns:
/// `rank, code, province, total, <criterion points…>, adjustments, award, flags`
/// (then `previous_rank, change` when compared with the previous period).
/// CSV and JSON write plain numbers; the table formats them for `language`.
public struct ScoreSheetOutput {
    public let sheet: ScoreSheet
    public let language: Language

    public init(sheet: ScoreSheet, language: Language) {
        self.sheet = sheet
        self.language = language
    }

    public var columnNames: [String] {
        ["rank", "code", "province", "total"] + sheet.columns.map(\.id) + ["adjustments", "award", "flags"]
            + (sheet.comparedPeriod == nil ? [] : ["previous_rank", "change"])
    }

    public func csv(style: CSVStyle = .rfc4180) -> String {
        var text = CSVText.header(columnNames, style: style)
        for row in sheet.rows {
            var cells: [CSVText.Cell] = [.integer(row.rank), .text(row.code), .text(row.name), .number(row.total)]
            cells += row.cells.map { .number($0.roundedPoints) }
            cells += [.number(ScoreRounding.cents(row.adjustmentPoints)), row.award.map(CSVText.Cell.text) ?? .empty,
                      .text(row.flags.joined(separator: ";"))]
            if sheet.comparedPeriod != nil {
                cells.append(row.previousRank.map(CSVText.Cell.integer) ?? .empty)
                cells.append(row.change.map { .generated($0.text(language)) } ?? .empty)
            }
            text += CSVText.row(cells, style: style)
        }
        return text
    }

    public func json() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("title", .string(sheet.title)),
            ("scheme", .string(sheet.schemeFile)),
            ("period", .string(sheet.period.description)),
            ("cluster", JSONValue(sheet.clusterName)),
            ("criteria", .array(sheet.columns.map { column in
                .object([
                    ("id", .string(column.id)), ("label", .string(column.label)), ("method", .string(column.method.rawValue)),
                    ("direction", .string(column.direction.rawValue)), ("points", .number(column.maxPoints)),
                    ("source", .string(column.source)),
                ])
            })),
            ("tiebreak", .array(sheet.tiebreak.map { .string(sheet.columns[$0].id) })),
        ]
        if let compared = sheet.comparedPeriod { members.append(("compared_with", .string(compared.description))) }
        members.append(("rows", .array(sheet.rows.map(jsonRow))))
        members.append(("sources", .array(sheet.sources.map(JSONValue.string))))
        return .object(members)
    }

    private func jsonRow(_ row: ScoreSheet.Row) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rank", .integer(row.rank)), ("code", .string(row.code)), ("province", .string(row.name)), ("total", .number(row.total)),
            ("points", .object(zip(sheet.columns, row.cells).map { ($0.0.id, .number($0.1.roundedPoints)) })),
            ("values", .object(zip(sheet.columns, row.cells).map { ($0.0.id, JSONValue($0.1.value)) })),
            ("qualifiers", .object(zip(sheet.columns, row.cells).filter { !$0.1.isMissing }.map { ($0.0.id, .string($0.1.estimate.rawValue)) })),
            ("adjustments", .number(ScoreRounding.cents(row.adjustmentPoints))),
            ("adjustment_items", .array(row.adjustments.map { .object([("points", .number($0.points)), ("reason", .string($0.reason))]) })),
            ("award", JSONValue(row.award)),
            ("flags", .array(row.flags.map(JSONValue.string))),
        ]
        if sheet.comparedPeriod != nil {
            members.append(("previous_rank", JSONValue(row.previousRank)))
            members.append(("change", JSONValue(row.change?.text(language))))
        }
        return .object(members)
    }

    public func table() -> String {
        let vi = language == .vi
        var headers = [vi ? "Hạng" : "Rank", vi ? "Mã" : "Code", vi ? "Tỉnh" : "Province", vi ? "Tổng" : "Total"]
        headers += sheet.columns.map(\.id)
        headers += [vi ? "Điều chỉnh" : "Adjust.", vi ? "Danh hiệu" : "Award", vi ? "Ghi chú" : "Flags"]
        var alignments: [TextTable.Alignment] = [.right, .left, .left, .right] + sheet.columns.map { _ in .right } + [.right, .left, .left]
        if let compared = sheet.comparedPeriod {
            headers += [(vi ? "Hạng " : "Rank ") + compared.description, vi ? "Thay đổi" : "Change"]
            alignments += [.right, .left]
        }
        var table = TextTable(headers: headers, alignments: alignments)
        for row in sheet.rows {
            var cells = [String(row.rank), row.code, row.name, points(row.total)]
            cells += row.cells.map { $0.isMissing ? "—" : $0.estimate.mark + points($0.roundedPoints) }
            cells += [row.adjustmentPoints == 0 ? "" : signed(row.adjustmentPoints), row.award ?? "", row.flags.joined(separator: "; ")]
            if sheet.comparedPeriod != nil {
                cells += [row.previousRank.map(String.init) ?? "—", row.change?.text(language) ?? ""]
            }
            table.rows.append(cells)
        }
        var text = "\(sheet.title) — \(vi ? "kỳ" : "period") \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? "") + "\n\n"
        text += table.rendered() + "\n"
        text += notes().joined(separator: "\n") + "\n"
        return text
    }

    /// The criteria legend, the vote note, tie-break decisions, missing figures and sources.
    public func notes() -> [String] {
        let vi = language == .vi
        var lines: [String] = []
        lines.append(vi ? "Tiêu chí:" : "Criteria:")
        for column in sheet.columns {
            let better = column.direction == .higher ? "" : (vi ? ", thấp hơn là tốt hơn" : ", lower is better")
            lines.append("  \(column.id): \(column.label) — \(column.source), \(column.method.rawValue)\(better), "
                         + (vi ? "tối đa " : "maximum ") + points(column.maxPoints))
        }
        if !sheet.tiebreak.isEmpty {
            lines.append((vi ? "Phân định khi bằng điểm: " : "Tie-break: ") + sheet.tiebreak.map { sheet.columns[$0].id }.joined(separator: ", "))
        }
        if sheet.voteAtTop {
            let names = sheet.rows.filter { $0.rank == 1 }.map(\.name).joined(separator: ", ")
            lines.append(vi ? "Đồng hạng nhất (\(names)): hội nghị cụm bình xét, suy tôn; công cụ không tự chọn."
                            : "Tied at rank 1 (\(names)): the cluster conference votes; the tool does not choose.")
        }
        for row in sheet.rows {
            if let decidedBy = row.decidedBy {
                lines.append(vi ? "\(row.name): bằng tổng điểm với tỉnh khác, phân định theo \(decidedBy)."
                                : "\(row.name): total equal to another province's, order decided by \(decidedBy).")
            }
        }
        if sheet.rows.contains(where: { $0.flags.contains { $0.hasPrefix("missing:") } }) {
            lines.append(vi ? "— : không có số liệu, tính 0 điểm (missing)." : "— : no figure, counted as 0 points (missing).")
        }
        if !sheet.clusterBroughtIn.isEmpty {
            let names = sheet.clusterBroughtIn.joined(separator: ", ")
            lines.append(vi ? "Cụm được tính lại theo các đơn vị từ ngày 1/7/2025; gồm cả \(names), vốn không phải thành viên cụm."
                            : "The cluster is restated as the units in force from 1 July 2025; it includes \(names), which were not members.")
        }
        let noData = sheet.rows.filter { $0.flags.contains("no-data") }.map(\.name)
        if !noData.isEmpty {
            lines.append(vi ? "no-data: \(noData.joined(separator: ", ")) không có số liệu nào của các tiêu chí trong kỳ; xếp sau các tỉnh có số liệu và không được đề nghị danh hiệu."
                            : "no-data: \(noData.joined(separator: ", ")) had no figure for any criterion in the period; ranked after the provinces with data and given no award.")
        }
        if let estimates = estimateNote() { lines.append(estimates) }
        if !sheet.sources.isEmpty {
            lines.append((vi ? "Nguồn: " : "Sources: ") + sheet.sources.joined(separator: "; "))
        }
        return lines
    }

    /// "≈ điểm tính từ số liệu ước tính: Hà Nam (new), …" when any points rest on an estimate.
    public func estimateNote() -> String? {
        let vi = language == .vi
        var parts: [String] = []
        for row in sheet.rows {
            let ids = zip(sheet.columns, row.cells).filter { $0.1.restsOnEstimate }.map { "\($0.1.estimate.mark)\($0.0.id)" }
            if !ids.isEmpty { parts.append("\(row.name) (\(ids.joined(separator: ", ")))") }
        }
        guard !parts.isEmpty else { return nil }
        return (vi ? "≈ > < : điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <), chưa phải số chính xác: "
                   : "≈ > < : points computed from an approximate figure (≈) or a lower/upper bound (> <), not an exact figure: ")
            + parts.joined(separator: "; ")
    }

    private func points(_ v: Double) -> String { language.format(v, maxDecimals: 2) }
    private func signed(_ v: Double) -> String { v < 0 ? points(v) : "+" + points(v) }
}

/// The robustness report as CSV, JSON and a table: nominal rank, median rank and the 5th–95th
/// percentile band of ranks over the draws.
public struct SensitivityOutput {
    public let analysis: SensitivityAnalysis
    public let sheet: ScoreSheet
    public let language: Language

    public init(analysis: SensitivityAnalysis, sheet: ScoreSheet, language: Language) {
        self.analysis = analysis
        self.sheet = sheet
        self.language = language
    }

    public static let columnNames = ["code", "province", "nominal_rank", "median_rank", "p5_rank", "p95_rank", "first_share"]

    public func csv(style: CSVStyle = .rfc4180) -> String {
        var text = CSVText.header(Self.columnNames, style: style)
        for row in analysis.rows {
            text += CSVText.row([.text(row.code), .text(row.name), .integer(row.nominalRank), .integer(row.medianRank),
                                 .integer(row.lowRank), .integer(row.highRank), .number(ScoreRounding.cents(row.firstShare * 100) / 100)],
                                style: style)
        }
        return text
    }

    public func json() -> JSONValue {
        .object([
            ("title", .string(sheet.title)), ("period", .string(sheet.period.description)),
            ("draws", .integer(analysis.draws)), ("seed", .string(String(analysis.seed))), ("spread", .number(analysis.spread)),
            ("estimate_spread", .number(analysis.estimateSpread)), ("estimated_values", .integer(analysis.estimatedValues)),
            ("percentiles", .string("nearest-rank")),
            ("rows", .array(analysis.rows.map { row in
                .object([
                    ("code", .string(row.code)), ("province", .string(row.name)), ("nominal_rank", .integer(row.nominalRank)),
                    ("median_rank", .integer(row.medianRank)), ("p5_rank", .integer(row.lowRank)), ("p95_rank", .integer(row.highRank)),
                    ("first_share", .number(ScoreRounding.cents(row.firstShare * 100) / 100)),
                ])
            })),
        ])
    }

    public func table() -> String {
        let vi = language == .vi
        var table = TextTable(
            headers: [vi ? "Mã" : "Code", vi ? "Tỉnh" : "Province", vi ? "Hạng" : "Rank", vi ? "Trung vị" : "Median",
                      vi ? "Khoảng 5–95%" : "5–95% band", vi ? "Tỷ lệ hạng 1" : "Rank 1 share"],
            alignments: [.left, .left, .right, .right, .right, .right])
        for row in analysis.rows {
            let band = row.lowRank == row.highRank ? "\(row.lowRank)" : "\(row.lowRank)–\(row.highRank)"
            table.rows.append([row.code, row.name, String(row.nominalRank), String(row.medianRank), band,
                               language.formatPercent(row.firstShare * 100, decimals: 1)])
        }
        let spread = language.formatPercent(analysis.spread * 100, decimals: 0)
        var text = "\(sheet.title) — \(vi ? "kỳ" : "period") \(sheet.period)\n"
        text += vi ? "Độ vững của xếp hạng: \(analysis.draws) lần rút, mỗi điểm tối đa nhân một hệ số ngẫu nhiên đều trong ±\(spread) (seed \(analysis.seed)).\n\n"
                   : "Robustness of the ranking: \(analysis.draws) draws, each maximum multiplied by a uniform random factor within ±\(spread) (seed \(analysis.seed)).\n\n"
        if analysis.estimatedValues > 0 {
            let estimateSpread = language.formatPercent(analysis.estimateSpread * 100, decimals: 0)
            text.removeLast()
            text += vi ? "Mỗi lần rút, \(analysis.estimatedValues) số liệu chưa chính xác cũng được rút trong ±\(estimateSpread) (≈: hai phía; >: chỉ tăng; <: chỉ giảm) rồi tính lại điểm của tiêu chí.\n\n"
                       : "In each draw the \(analysis.estimatedValues) figures that are not exact are also drawn within ±\(estimateSpread) (≈ both ways, > only upwards, < only downwards) and their criterion re-scored.\n\n"
        }
        text += table.rendered()
        text += vi ? "\nPhân vị theo thứ hạng gần nhất (nearest-rank): phân vị p là hạng nhỏ nhất r sao cho ít nhất ⌈p·N⌉ lần rút xếp hạng r trở lên.\n"
                   : "\nPercentiles are nearest-rank: the p-th percentile is the smallest rank r reached or bettered in at least ⌈p·N⌉ draws.\n"
        return text
    }
}
