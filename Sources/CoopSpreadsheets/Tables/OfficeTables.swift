import CoopAnalytics
import CoopFormatting

/// The tables `summary`, `harmonize`, `validate` and `aggregate` write as workbooks.
public enum OfficeTables {
    /// `summary`: each indicator's values, qualifiers, shares, ranks and growth, with the total rows.
    public static func summary(_ report: SummaryReport, catalog: IndicatorCatalog, language: Language, title: String? = nil) -> SpreadsheetTable {
        let words = AnalyticsWords.for(language)
        let columns: [SpreadsheetTable.Column] = [
            .init(words.indicator), .init(words.unit), .init(words.code), .init(words.province),
            .init(words.periodHeading), .init(words.value, numeric: true), .init(words.qualifier),
            .init(words.sharePercent, numeric: true), .init(words.rank, numeric: true),
            .init(words.growthPercent, numeric: true), .init(words.indicatorID),
        ]
        let rows: [[SpreadsheetTable.Value]] = report.rows.map { row in
            let indicator = catalog[row.indicator]
            let qualifier: String
            if let value = row.qualifier {
                qualifier = value == .exact ? "" : value.legend(language)
            } else {
                qualifier = row.value == nil ? words.noFigureCell : ""
            }
            return [
                .text(indicator?.label(language) ?? row.indicator), .text(indicator?.unit(language) ?? ""),
                .text(row.isTotal ? "" : row.code), .text(row.province), .text(row.period.description),
                row.value.map { .number($0, row.qualifier ?? .exact) } ?? .empty, .text(qualifier),
                row.sharePercent.map { .number($0, .exact) } ?? .empty, row.rank.map { .integer($0) } ?? .empty,
                row.growthPercent.map { .number($0, .exact) } ?? .empty, .text(row.indicator),
            ]
        }
        return SpreadsheetTable(
            sheetName: words.summarySheet, title: title ?? words.summaryTitle, subtitle: words.qualifierLegend,
            columns: columns, rows: rows, notes: report.notes)
    }

    /// `harmonize`: every figure under the unit in force on `date`, for people to read (the CSV is the
    /// data file to read back: its `harmonized_to` column says which units the names mean).
    public static func harmonized(_ dataset: Dataset, harmonizedTo date: SimpleDate, language: Language) -> SpreadsheetTable {
        let words = AnalyticsWords.for(language)
        let rows: [[SpreadsheetTable.Value]] = HarmonizedTable.sorted(dataset).map { observation in
            let province = dataset.registry.provinces[observation.province]
            let optional = { (text: String?) in text.map(SpreadsheetTable.Value.text) ?? .empty }
            let indicator = dataset.catalog[observation.indicator]
            return [
                .text(province.code), .text(province.name), period(observation.period), .text(indicator?.label(language) ?? observation.indicator),
                .number(observation.value, observation.qualifier), optional(observation.unit ?? indicator?.unit(language)),
                .text(observation.qualifier == .exact ? "" : observation.qualifier.legend(language)),
                optional(observation.source), optional(observation.note), .text(observation.indicator),
            ]
        }
        let columns: [SpreadsheetTable.Column] = [
            .init(words.code), .init(words.provinceAsOf(date)), .init(words.periodHeading),
            .init(words.indicator), .init(words.value, numeric: true), .init(words.unit),
            .init(words.qualifier), .init(words.source), .init(words.note), .init(words.indicatorID),
        ]
        return SpreadsheetTable(
            sheetName: words.harmonizedSheet, title: words.harmonizedTitle(date), subtitle: words.harmonizedSubtitle,
            columns: columns, rows: rows)
    }

    /// `validate`: every finding with its file, its line or cell and its field, errors first as found,
    /// the message in `language`. A text file's line is a number; a workbook's cell is its reference
    /// ("Biểu 01!B10"), as a person finds it in the workbook.
    public static func findings(_ report: ValidationReport, language: Language) -> SpreadsheetTable {
        let words = AnalyticsWords.for(language)
        let columns: [SpreadsheetTable.Column] = [
            .init(words.severity), .init(words.file), .init(words.lineOrCell), .init(words.field), .init(words.message),
        ]
        let rows: [[SpreadsheetTable.Value]] = report.findings.map { finding in
            let severity = finding.severity == .error ? words.error : words.warning
            let position = finding.position
            let place: SpreadsheetTable.Value
            if let line = position.line { place = .integer(line) } else { place = position.reference.map { .text($0) } ?? .empty }
            return [.text(severity), .text(position.file), place, .text(finding.field ?? ""), .text(finding.message(in: language))]
        }
        return SpreadsheetTable(
            sheetName: words.validationSheet, title: words.validationTitle,
            subtitle: report.summary(in: language), columns: columns, rows: rows)
    }

    /// `aggregate`: the long data file (province, year, indicator, value), header on the first row, in
    /// `language` (Tỉnh, Năm, Chỉ tiêu, Giá trị: headers every command reads back); the indicators stay ids.
    public static func registry(_ figures: CooperativeRegistryFigures, language: Language) -> SpreadsheetTable {
        let words = AnalyticsWords.for(language)
        let columns: [SpreadsheetTable.Column] = [
            .init(words.dataProvince), .init(words.dataYear), .init(words.dataIndicator),
            .init(words.dataValue, numeric: true),
        ]
        let rows: [[SpreadsheetTable.Value]] = figures.rows.map { row in
            [.text(row.label), period(row.period), .text(row.indicator), .number(row.value, .exact)]
        }
        return SpreadsheetTable(sheetName: words.figuresSheet, columns: columns, rows: rows)
    }

    /// A year as a number (2017), a half-year as text (2017-H1).
    static func period(_ period: Period) -> SpreadsheetTable.Value {
        let text = period.description
        return Int(text).map { .integer($0) } ?? .text(text)
    }
}
