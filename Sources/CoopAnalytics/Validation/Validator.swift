import CoopFormatting

/// Checks data files the way a cluster lead checks a compiled sheet: every reading error, then the
/// figures that read fine but do not fit together.
public enum Validator {
    /// Reads `files`, collecting every error, and adds the warnings of the figures that were read.
    public static func validate(files: [String], reader: DatasetReader, cluster: Cluster? = nil) -> ValidationReport {
        let (dataset, errors) = reader.readCollecting(files: files)
        let scoped = cluster.map { cluster in dataset.filter(provinces: { cluster.contains(province: $0, period: $1) }) } ?? dataset
        let unfit = cluster.map { ClusterFit.errors($0, in: dataset) } ?? []
        let findings = (errors + unfit + MergerOverlap.errors(in: dataset)).map(Finding.init(error:)) + warnings(for: scoped, cluster: cluster)
        return ValidationReport(findings: findings, files: files.count, figures: scoped.observations.count + scoped.clusterTotals.count)
    }

    /// The warnings of a dataset that read without errors, in file and line order.
    public static func warnings(for dataset: Dataset, cluster: Cluster? = nil) -> [Finding] {
        var findings = dataset.readingWarnings
        findings += clusterTotalMismatches(dataset, cluster: cluster)
        findings += partsAboveWholes(dataset)
        findings += sharesOutOfRange(dataset)
        findings += targetsWithoutActuals(dataset)
        findings += halfYearsMixedWithYears(dataset)
        return findings.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
    }

    /// A cluster-total row ("Toàn cụm") that differs from what its provinces add up to.
    static func clusterTotalMismatches(_ dataset: Dataset, cluster: Cluster?) -> [Finding] {
        dataset.clusterTotals.compactMap { total in
            guard let indicator = dataset.catalog[total.indicator], indicator.aggregation != .none else { return nil }
            let scope = cluster?.members(in: total.period, registry: dataset.registry)
            let table = IndicatorTable(dataset: dataset, indicator: indicator, period: total.period, scope: scope)
            guard let computed = table.total, !table.rows.isEmpty else { return nil }
            let matches: Bool
            switch indicator.aggregation {
            case .sum: matches = abs(computed.value - total.value) < 1e-9 * max(1, abs(total.value))
            default: matches = abs(computed.value - total.value) <= 0.005 * max(1, abs(total.value))
            }
            if matches { return nil }
            let count = table.rows.count
            let missing = table.missing.map { dataset.registry.provinces[$0].name }.joined(separator: ", ")
            return Finding(warningAt: total.origin) { words in
                var message = words.clusterTotalMismatch.fill([
                    "label": total.label, "indicator": total.indicator, "period": total.period.description, "total": plain(total.value),
                    "count": String(count), "how": indicator.aggregation == .sum ? words.addUpTo : words.averageTo,
                    "computed": plain(computed.value, maxDecimals: 2),
                ])
                if indicator.aggregation == .sum {
                    message += words.clusterTotalDifference.fill(["difference": plain(total.value - computed.value, maxDecimals: 2)])
                }
                if !missing.isEmpty { message += words.clusterTotalMissing.fill(["names": missing]) }
                return message
            }
        }
    }

    /// A part above its whole: more new cooperatives than cooperatives.
    static func partsAboveWholes(_ dataset: Dataset) -> [Finding] {
        dataset.observations.compactMap { part in
            guard let wholeID = dataset.catalog[part.indicator]?.partOf,
                let whole = dataset.observation(province: part.province, period: part.period, indicator: wholeID),
                part.value > whole.value
            else { return nil }
            let name = dataset.registry.provinces[part.province].name
            return Finding(warningAt: part.origin) { words in
                words.partAboveWhole.fill([
                    "name": name, "part": part.indicator, "period": part.period.description, "value": plain(part.value),
                    "whole": wholeID, "wholeValue": plain(whole.value), "origin": whole.origin.description,
                ])
            }
        }
    }

    /// A share below 0 % or above 100 %.
    static func sharesOutOfRange(_ dataset: Dataset) -> [Finding] {
        dataset.observations.compactMap { observation in
            guard let indicator = dataset.catalog[observation.indicator], indicator.kind == .share || indicator.unitVi == "%",
                observation.value < 0 || observation.value > 100
            else { return nil }
            let name = dataset.registry.provinces[observation.province].name
            return Finding(warningAt: observation.origin) { words in
                words.shareOutOfRange.fill([
                    "name": name, "indicator": observation.indicator, "period": observation.period.description,
                    "value": plain(observation.value),
                ])
            }
        }
    }

    /// A target with nothing achieved to compare it with.
    static func targetsWithoutActuals(_ dataset: Dataset) -> [Finding] {
        dataset.observations.compactMap { target in
            guard let indicator = dataset.catalog[target.indicator], indicator.kind == .target, let actual = indicator.targetOf,
                dataset.observation(province: target.province, period: target.period, indicator: actual) == nil
            else { return nil }
            let name = dataset.registry.provinces[target.province].name
            return Finding(warningAt: target.origin) { words in
                words.targetWithoutActual.fill(["name": name, "target": target.indicator, "period": target.period.description, "actual": actual])
            }
        }
    }

    /// An indicator given for a half-year and for the full year of the same year: a half-year is not
    /// comparable with a year.
    static func halfYearsMixedWithYears(_ dataset: Dataset) -> [Finding] {
        struct Key: Hashable { let indicator: String, year: Int }
        var fullYear: [Key: Observation] = [:]
        var halfYear: [Key: Observation] = [:]
        for observation in dataset.observations {
            let key = Key(indicator: observation.indicator, year: observation.period.year)
            if observation.period.part == .year {
                if fullYear[key] == nil { fullYear[key] = observation }
            } else if halfYear[key] == nil {
                halfYear[key] = observation
            }
        }
        return halfYear.compactMap { key, half in
            guard let full = fullYear[key] else { return nil }
            return Finding(warningAt: half.origin) { words in
                words.halfYearMixed.fill([
                    "indicator": key.indicator, "half": half.period.description, "year": String(key.year),
                    "origin": full.origin.description,
                ])
            }
        }
    }
}
