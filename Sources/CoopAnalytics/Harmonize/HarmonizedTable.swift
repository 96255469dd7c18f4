/// The `harmonize` output: one row per figure, `code,province,period,indicator,value`, plain numbers.
public enum HarmonizedTable {
    public static let columns = ["code", "province", "period", "indicator", "value"]

    /// Rows ordered by province code, period and catalog order of the indicator.
    public static func csv(_ dataset: Dataset) -> String {
        let order = Dictionary(dataset.catalog.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = dataset.observations.sorted { a, b in
            let pa = dataset.registry.provinces[a.province], pb = dataset.registry.provinces[b.province]
            return (pa.code, a.province, a.period, order[a.indicator] ?? Int.max, a.indicator)
                < (pb.code, b.province, b.period, order[b.indicator] ?? Int.max, b.indicator)
        }
        var out = columns.joined(separator: ",") + "\n"
        for observation in sorted {
            let province = dataset.registry.provinces[observation.province]
            out += CSVText.row([.text(province.code), .text(province.name), .text(observation.period.description),
                                .text(observation.indicator), .generated(plain(observation.value, maxDecimals: 6))])
        }
        return out
    }
}
