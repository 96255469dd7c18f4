import CoopAnalytics
import CoopFormatting

/// The "Cách tính" (Method) sheet: the scheme as signed, criterion by criterion, with the formula
/// the scorecard uses on its first row; then the rules, adjustments, tie-break chain, awards and sources.
struct MethodSheetWriter {
    let sheet: ScoreSheet
    let scheme: ScoringScheme
    let words: ScorecardWords
    let language: Language
    let exampleFormulas: [String]

    func write(on out: XlsxSheet) throws(SpreadsheetError) {
        let headers = [
            words.criterion, words.label, words.source, words.method, words.direction, words.maximum.capitalisedWord,
            words.target, words.cap, words.arithmetic, words.formula,
        ]
        try out.merge(text: sheet.title, row: 0, columns: 0...(headers.count - 1), format: ScorecardStyle.title)
        try out.merge(
            text: "\(words.period) \(sheet.period)" + (sheet.clusterTitle.map { " — \($0)" } ?? "") + " · " + scheme.file,
            row: 1, columns: 0...(headers.count - 1), format: ScorecardStyle.subtitle)
        var row = 3
        for (column, header) in headers.enumerated() { try out.write(text: header, row: row, column: column, format: ScorecardStyle.header) }
        for (index, column) in sheet.columns.enumerated() {
            row += 1
            var target = ""
            switch column.target {
            case .indicator(let id)?: target = id
            case .number(let value)?: target = language.format(value, maxDecimals: 4)
            case nil: target = ""
            }
            let cells = [
                column.id, column.label, column.source, column.method.rawValue,
                column.direction == .higher ? words.higher : words.lower,
            ]
            for (offset, text) in cells.enumerated() { try out.write(text: text, row: row, column: offset, format: ScorecardStyle.wrapped) }
            try out.write(number: column.maxPoints, row: row, column: 5, format: ScorecardStyle.points(.exact))
            try out.write(text: target, row: row, column: 6, format: ScorecardStyle.wrapped)
            if column.method == .target {
                try out.write(number: column.cap, row: row, column: 7, format: ScorecardStyle.points(.exact))
            } else {
                try out.writeBlank(row: row, column: 7, format: ScorecardStyle.text)
            }
            try out.write(text: words.methodWords[column.method.rawValue] ?? "", row: row, column: 8, format: ScorecardStyle.wrapped)
            try out.write(text: exampleFormulas[index], row: row, column: 9, format: ScorecardStyle.wrapped)
        }
        row += 2
        for rule in words.rules {
            try out.write(text: "• " + rule, row: row, column: 0)
            row += 1
        }

        row += 1
        try out.write(text: words.adjustmentsHeading, row: row, column: 0, format: ScorecardStyle.heading)
        row += 1
        if scheme.adjustments.isEmpty {
            try out.write(text: "—", row: row, column: 0)
            row += 1
        }
        for adjustment in scheme.adjustments {
            try out.write(text: adjustment.province, row: row, column: 0, format: ScorecardStyle.text)
            try out.write(number: adjustment.points, row: row, column: 1, format: ScorecardStyle.points(.exact))
            try out.write(text: adjustment.reason, row: row, column: 2, format: ScorecardStyle.wrapped)
            row += 1
        }

        row += 1
        try out.write(text: words.tiebreakHeading, row: row, column: 0, format: ScorecardStyle.heading)
        row += 1
        try out.write(text: scheme.tiebreak.isEmpty ? words.tiebreakNone : scheme.tiebreak.joined(separator: " → "), row: row, column: 0)
        row += 2
        try out.write(text: words.awardsHeading, row: row, column: 0, format: ScorecardStyle.heading)
        row += 1
        for award in scheme.awards {
            let ranks = award.ranks.count == 1 ? "\(award.ranks.lowerBound)" : "\(award.ranks.lowerBound)–\(award.ranks.upperBound)"
            try out.write(text: "\(words.ranks) \(ranks)", row: row, column: 0, format: ScorecardStyle.text)
            try out.write(text: award.title, row: row, column: 1, format: ScorecardStyle.text)
            row += 1
        }
        if !sheet.sources.isEmpty {
            row += 1
            try out.write(text: words.sourcesHeading, row: row, column: 0, format: ScorecardStyle.heading)
            for source in sheet.sources {
                row += 1
                try out.write(text: source, row: row, column: 0)
            }
        }
        let widths: [Double] = [14, 26, 22, 12, 14, 8, 14, 6, 40, 60]
        for (column, width) in widths.enumerated() { try out.setWidth(width, columns: column...column) }
        try out.printSetup(landscape: true)
    }
}

private extension String {
    /// "tối đa" → "Tối đa".
    var capitalisedWord: String { prefix(1).uppercased() + dropFirst() }
}
