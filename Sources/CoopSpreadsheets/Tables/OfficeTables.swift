import CoopAnalytics
import CoopFormatting

/// The tables `summary`, `harmonize`, `validate` and `aggregate` write as workbooks.
public enum OfficeTables {
    /// `summary`: each indicator's values, qualifiers, shares, ranks and growth, with the total rows.
    public static func summary(_ report: SummaryReport, catalog: IndicatorCatalog, language: Language, title: String? = nil) -> SpreadsheetTable {
        let vi = language == .vi
        let columns: [SpreadsheetTable.Column] = [
            .init(vi ? "Chỉ tiêu" : "Indicator"), .init(vi ? "Đơn vị" : "Unit"), .init(vi ? "Mã" : "Code"), .init(vi ? "Tỉnh" : "Province"),
            .init(vi ? "Kỳ" : "Period"), .init(vi ? "Giá trị" : "Value", numeric: true), .init(vi ? "Mức độ" : "Qualifier"),
            .init(vi ? "Tỷ trọng (%)" : "Share (%)", numeric: true), .init(vi ? "Hạng" : "Rank", numeric: true),
            .init(vi ? "Tăng trưởng (%)" : "Growth (%)", numeric: true), .init("id"),
        ]
        let rows: [[SpreadsheetTable.Value]] = report.rows.map { row in
            let indicator = catalog[row.indicator]
            let qualifier: String
            if let value = row.qualifier { qualifier = value == .exact ? "" : value.legend(language) } else { qualifier = row.value == nil ? (vi ? "— chưa có số liệu" : "— no figure") : "" }
            return [.text(indicator?.label(language) ?? row.indicator), .text(indicator?.unit(language) ?? ""),
                    .text(row.isTotal ? "" : row.code), .text(row.province), .text(row.period.description),
                    row.value.map { .number($0, row.qualifier ?? .exact) } ?? .empty, .text(qualifier),
                    row.sharePercent.map { .number($0, .exact) } ?? .empty, row.rank.map { .integer($0) } ?? .empty,
                    row.growthPercent.map { .number($0, .exact) } ?? .empty, .text(row.indicator)]
        }
        return SpreadsheetTable(sheetName: vi ? "Tổng hợp" : "Summary", title: title ?? (vi ? "Tổng hợp số liệu theo tỉnh" : "Figures by province"),
                                subtitle: vi ? "≈ ước tính; > cận dưới; < cận trên; ô trống: chưa có số liệu (không phải số 0)"
                                             : "≈ approximate; > lower bound; < upper bound; an empty cell is no figure (not zero)",
                                columns: columns, rows: rows, notes: report.notes)
    }

    /// `harmonize`: every figure under the unit in force on `date`, for people to read (the CSV is the
    /// data file to read back: its `harmonized_to` column says which units the names mean).
    public static func harmonized(_ dataset: Dataset, harmonizedTo date: SimpleDate, language: Language) -> SpreadsheetTable {
        let vi = language == .vi
        let rows: [[SpreadsheetTable.Value]] = HarmonizedTable.sorted(dataset).map { observation in
            let province = dataset.registry.provinces[observation.province]
            let optional = { (text: String?) in text.map(SpreadsheetTable.Value.text) ?? .empty }
            let indicator = dataset.catalog[observation.indicator]
            return [.text(province.code), .text(province.name), period(observation.period), .text(indicator?.label(language) ?? observation.indicator),
                    .number(observation.value, observation.qualifier), optional(observation.unit ?? indicator?.unit(language)),
                    .text(observation.qualifier == .exact ? "" : observation.qualifier.legend(language)),
                    optional(observation.source), optional(observation.note), .text(observation.indicator)]
        }
        let columns: [SpreadsheetTable.Column] = [
            .init(vi ? "Mã" : "Code"), .init(vi ? "Tỉnh (đơn vị từ \(date))" : "Province (unit from \(date))"), .init(vi ? "Kỳ" : "Period"),
            .init(vi ? "Chỉ tiêu" : "Indicator"), .init(vi ? "Giá trị" : "Value", numeric: true), .init(vi ? "Đơn vị" : "Unit"),
            .init(vi ? "Mức độ" : "Qualifier"), .init(vi ? "Nguồn" : "Source"), .init(vi ? "Ghi chú" : "Note"), .init("id"),
        ]
        return SpreadsheetTable(sheetName: vi ? "Quy đổi" : "Harmonized",
                                title: vi ? "Số liệu quy đổi theo đơn vị hành chính từ ngày \(date)" : "Figures restated as the units in force from \(date)",
                                subtitle: vi ? "Số của các tỉnh đã sáp nhập được cộng vào đơn vị kế thừa; bình quân tính lại theo quyền số. ≈ ước tính; > cận dưới; < cận trên."
                                             : "Figures of merged provinces are added into their successor; averages are re-weighted. ≈ approximate; > lower bound; < upper bound.",
                                columns: columns, rows: rows)
    }

    /// `validate`: every finding with its file, line and field, errors first as found.
    public static func findings(_ report: ValidationReport, language: Language) -> SpreadsheetTable {
        let vi = language == .vi
        let columns: [SpreadsheetTable.Column] = [
            .init(vi ? "Mức" : "Severity"), .init(vi ? "Tệp" : "File"), .init(vi ? "Dòng" : "Line", numeric: true),
            .init(vi ? "Trường" : "Field"), .init(vi ? "Nội dung" : "Message"),
        ]
        let rows: [[SpreadsheetTable.Value]] = report.findings.map { finding in
            let severity = finding.severity == .error ? (vi ? "lỗi" : "error") : (vi ? "cảnh báo" : "warning")
            return [.text(severity), .text(finding.file), finding.line.map { .integer($0) } ?? .empty, .text(finding.field ?? ""), .text(finding.message)]
        }
        return SpreadsheetTable(sheetName: vi ? "Kiểm tra" : "Validation", title: vi ? "Kiểm tra số liệu" : "Data validation",
                                subtitle: report.summary, columns: columns, rows: rows)
    }

    /// `aggregate`: the long data file (province, year, indicator, value), header on the first row.
    public static func registry(_ figures: CooperativeRegistryFigures) -> SpreadsheetTable {
        let columns: [SpreadsheetTable.Column] = [.init("province"), .init("year"), .init("indicator"), .init("value", numeric: true)]
        let rows: [[SpreadsheetTable.Value]] = figures.rows.map { row in
            [.text(row.label), period(row.period), .text(row.indicator), .number(row.value, .exact)]
        }
        return SpreadsheetTable(sheetName: "figures", columns: columns, rows: rows)
    }

    /// A year as a number (2017), a half-year as text (2017-H1).
    static func period(_ period: Period) -> SpreadsheetTable.Value {
        let text = period.description
        return Int(text).map { .integer($0) } ?? .text(text)
    }
}
