import CoopFormatting

/// The ranking as CSV, JSON and a terminal table, all carrying the same columns:
/// `rank, code, province, total, <criterion points…>, adjustments, award, flags`
/// (then `previous_rank, change` when compared with the previous period).
/// CSV and JSON write plain numbers; the table formats them for `language`.
public struct ScoreSheetOutput {
    public let sheet: ScoreSheet
    public let language: Language

    public init(sheet: ScoreSheet, language: Language) { self.sheet = sheet; self.language = language }

    public var columnNames: [String] {
        ["rank", "code", "province", "total"] + sheet.columns.map(\.id) + ["adjustments", "award", "flags"]
            + (sheet.comparedPeriod == nil ? [] : ["previous_rank", "change"])
    }

    public func csv(style: CSVStyle = .rfc4180) -> String {
        var text = CSVText.header(columnNames, style: style)
        for row in sheet.rows {
            var cells: [CSVText.Cell] = [.integer(row.rank), .text(row.code), .text(row.name), .number(row.total)]
            cells += row.cells.map { .number($0.roundedPoints) }
            cells += [
                .number(ScoreRounding.cents(row.adjustmentPoints)), row.award.map(CSVText.Cell.text) ?? .empty,
                .text(row.flags.joined(separator: ";")),
            ]
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
            (
                "criteria",
                .array(
                    sheet.columns.map { column in
                        .object([
                            ("id", .string(column.id)), ("label", .string(column.label)), ("method", .string(column.method.rawValue)),
                            ("direction", .string(column.direction.rawValue)), ("points", .number(column.maxPoints)),
                            ("source", .string(column.source)),
                        ])
                    })
            ),
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

    private var words: AnalyticsWords { AnalyticsWords.for(language) }

    public func table() -> String {
        let words = self.words
        var headers = [words.rank, words.code, words.province, words.total]
        headers += sheet.columns.map(\.id)
        headers += [words.adjustments, words.award, words.flags]
        var alignments: [TextTable.Alignment] = [.right, .left, .left, .right] + sheet.columns.map { _ in .right } + [.right, .left, .left]
        if let compared = sheet.comparedPeriod {
            headers += [words.rank + " " + compared.description, words.change]
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
        var text = "\(sheet.title) — \(words.period) \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? "") + "\n\n"
        text += table.rendered() + "\n"
        text += notes().joined(separator: "\n") + "\n"
        return text
    }

    /// The criteria legend, the vote note, tie-break decisions, missing figures and sources.
    public func notes() -> [String] {
        let words = self.words
        var lines: [String] = [words.criteria]
        for column in sheet.columns {
            let better = column.direction == .higher ? "" : words.lowerIsBetter
            lines.append("  \(column.id): \(column.label) — \(column.source), \(column.method.rawValue)\(better), " + words.maximum + points(column.maxPoints))
        }
        if !sheet.tiebreak.isEmpty {
            lines.append(words.tiebreak + sheet.tiebreak.map { sheet.columns[$0].id }.joined(separator: ", "))
        }
        if sheet.voteAtTop {
            lines.append(words.voteAtTop.fill(["names": sheet.rows.filter { $0.rank == 1 }.map(\.name).joined(separator: ", ")]))
        }
        for row in sheet.rows {
            if let decidedBy = row.decidedBy { lines.append(words.decidedBy.fill(["name": row.name, "criterion": decidedBy])) }
        }
        if sheet.rows.contains(where: { $0.flags.contains { $0.hasPrefix("missing:") } }) { lines.append(words.missingLegend) }
        if !sheet.clusterBroughtIn.isEmpty { lines.append(words.restated.fill(["names": sheet.clusterBroughtIn.joined(separator: ", ")])) }
        let noData = sheet.rows.filter { $0.flags.contains("no-data") }.map(\.name)
        if !noData.isEmpty { lines.append(words.noData.fill(["names": noData.joined(separator: ", ")])) }
        if let estimates = estimateNote() { lines.append(estimates) }
        if !sheet.sources.isEmpty {
            lines.append(words.sourcesLead + sheet.sources.joined(separator: "; "))
        }
        return lines
    }

    /// "≈ > < : points computed from an approximate figure …: Hà Nam (≈new), …" when any points rest on an estimate.
    public func estimateNote() -> String? {
        var parts: [String] = []
        for row in sheet.rows {
            let ids = zip(sheet.columns, row.cells).filter { $0.1.restsOnEstimate }.map { "\($0.1.estimate.mark)\($0.0.id)" }
            if !ids.isEmpty { parts.append("\(row.name) (\(ids.joined(separator: ", ")))") }
        }
        return parts.isEmpty ? nil : words.estimateNote + parts.joined(separator: "; ")
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
            text += CSVText.row(
                [
                    .text(row.code), .text(row.name), .integer(row.nominalRank), .integer(row.medianRank),
                    .integer(row.lowRank), .integer(row.highRank), .number(ScoreRounding.cents(row.firstShare * 100) / 100),
                ],
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
            (
                "rows",
                .array(
                    analysis.rows.map { row in
                        .object([
                            ("code", .string(row.code)), ("province", .string(row.name)), ("nominal_rank", .integer(row.nominalRank)),
                            ("median_rank", .integer(row.medianRank)), ("p5_rank", .integer(row.lowRank)), ("p95_rank", .integer(row.highRank)),
                            ("first_share", .number(ScoreRounding.cents(row.firstShare * 100) / 100)),
                        ])
                    })
            ),
        ])
    }

    public func table() -> String {
        let words = AnalyticsWords.for(language)
        var table = TextTable(
            headers: [words.code, words.province, words.rank, words.median, words.band, words.firstShare],
            alignments: [.left, .left, .right, .right, .right, .right])
        for row in analysis.rows {
            let band = row.lowRank == row.highRank ? "\(row.lowRank)" : "\(row.lowRank)–\(row.highRank)"
            table.rows.append([
                row.code, row.name, String(row.nominalRank), String(row.medianRank), band,
                language.formatPercent(row.firstShare * 100, decimals: 1),
            ])
        }
        var text = "\(sheet.title) — \(words.period) \(sheet.period)\n"
        text +=
            words.robustnessLine.fill([
                "draws": String(analysis.draws), "spread": language.formatPercent(analysis.spread * 100, decimals: 0),
                "seed": String(analysis.seed),
            ]) + "\n"
        if analysis.estimatedValues > 0 {
            text +=
                words.robustnessEstimates.fill([
                    "count": String(analysis.estimatedValues),
                    "spread": language.formatPercent(analysis.estimateSpread * 100, decimals: 0),
                ]) + "\n"
        }
        text += "\n" + table.rendered()
        text += "\n" + words.nearestRank + "\n"
        return text
    }
}
