/// Figures that count the same territory twice across the 2025 merger: a full-year 2025 figure for
/// Thái Bình (until 30 June) beside one for the new Hưng Yên (from 1 July, which holds Thái Bình).
/// Summed, Thái Bình's first half would count twice, so every command refuses it and `validate`
/// lists every case.
public enum MergerOverlap {
    /// Every overlap in the dataset, as errors located at the old unit's figure.
    public static func errors(in dataset: Dataset) -> [InputError] {
        let registry = dataset.registry
        var errors: [InputError] = []
        for old in dataset.observations {
            let period = old.period
            guard let successor = registry.successor(of: old.province, on: period.lastDay), successor != old.province,
                let new = dataset.observation(province: successor, period: period, indicator: old.indicator)
            else { continue }
            let oldUnit = registry.provinces[old.province], newUnit = registry.provinces[successor]
            let merged = newUnit.validFrom.map(\.description) ?? "its end"
            errors.append(
                InputError(file: old.origin.file, line: old.origin.line, field: "province") {
                    $0.mergerOverlap.fill([
                        "old": oldUnit.name, "indicator": old.indicator, "period": period.description, "new": newUnit.longDescription,
                        "newIndicator": new.indicator, "origin": new.origin.description, "newName": newUnit.name,
                        "merged": merged, "year": String(period.year),
                    ])
                })
        }
        return errors
    }

    /// Throws the first overlap, if any.
    public static func check(_ dataset: Dataset) throws {
        if let first = errors(in: dataset).first { throw first }
    }
}
