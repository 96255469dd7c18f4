/// The `harmonize` output: a long data file of the data contract, so coopchart (and anything else
/// that reads the contract) reads it back:
/// `code,province,year,indicator,value,unit,qualifier,source,note,harmonized_to`.
/// `code` is a spare reference the reader ignores beside `province`; values are plain numbers; the
/// qualifier, sources and notes of the parts are carried (see `Harmonizer`); `harmonized_to` tells
/// the reader that "Hưng Yên, 2017" means the unit in force on that date, not the Hưng Yên of 2017.
public enum HarmonizedTable {
    public static let columns = ["code", "province", "year", "indicator", "value", "unit", "qualifier", "source", "note", "harmonized_to"]

    /// The figures in the order the file lists them: by province code, period and catalog order of the indicator.
    public static func sorted(_ dataset: Dataset) -> [Observation] {
        let order = Dictionary(dataset.catalog.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return dataset.observations.sorted { a, b in
            let pa = dataset.registry.provinces[a.province], pb = dataset.registry.provinces[b.province]
            return (pa.code, a.province, a.period, order[a.indicator] ?? Int.max, a.indicator)
                < (pb.code, b.province, b.period, order[b.indicator] ?? Int.max, b.indicator)
        }
    }

    /// Rows ordered as `sorted`.
    public static func csv(_ dataset: Dataset, harmonizedTo date: SimpleDate, style: CSVStyle = .rfc4180) -> String {
        var out = CSVText.header(columns, style: style)
        for observation in sorted(dataset) {
            let province = dataset.registry.provinces[observation.province]
            let optional = { (text: String?) in text.map(CSVText.Cell.text) ?? .empty }
            out += CSVText.row(
                [
                    .text(province.code), .text(province.name), .text(observation.period.description),
                    .text(observation.indicator), .rounded(observation.value, maxDecimals: 6),
                    optional(observation.unit), .generated(observation.qualifier.rawValue),
                    optional(observation.source), optional(observation.note), .generated(date.description),
                ], style: style)
        }
        return out
    }
}
