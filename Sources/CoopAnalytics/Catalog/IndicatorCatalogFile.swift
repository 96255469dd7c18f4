import Yams

/// Reads `--indicators FILE.yaml`: indicators that are added to the catalog or override one with the same id.
///
/// ```yaml
/// indicators:
///   - id: trainees
///     label_vi: Lượt cán bộ HTX được đào tạo
///     label_en: Cooperative officials trained
///     unit_vi: lượt người
///     unit_en: trainees
///     kind: flow                 # stock, flow, average, share, target
///     integer: true              # a count of whole units
///     aggregation: sum           # sum | none | weighted_mean (with over: INDICATOR)
///   - id: revenue_avg
///     aggregation: weighted_mean
///     over: workers
/// ```
/// An override keeps every field it does not give.
public enum IndicatorCatalogFile {
    static let keys = [
        "id", "label_vi", "label_en", "labels", "unit_vi", "unit_en", "unit", "kind", "integer", "count",
        "aggregation", "over", "part_of", "target_of",
    ]

    public static func load(_ file: String, into catalog: IndicatorCatalog) throws -> IndicatorCatalog {
        try apply(YAMLDocument(file: file), to: catalog)
    }

    public static func load(text: String, file: String, into catalog: IndicatorCatalog) throws -> IndicatorCatalog {
        try apply(YAMLDocument(text: text, file: file), to: catalog)
    }

    private static func apply(_ document: YAMLDocument, to base: IndicatorCatalog) throws -> IndicatorCatalog {
        var catalog = base
        let list: Node
        if document.root.sequence != nil {
            list = document.root
        } else if let indicators = document.root["indicators"], indicators.sequence != nil {
            list = indicators
        } else {
            throw document.error(document.root, nil) { $0.notAnIndicatorList }
        }
        var weightChecks: [(Node, String, String)] = []
        for node in list.sequence ?? [] {
            try document.checkKeys(node, accepted: keys, what: .indicator)
            guard let id = try document.string(node, "id") else {
                throw document.error(node, "id") { $0.indicatorNeedsID }
            }
            guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw document.error(node["id"], "id") { $0.invalidID(id) }
            }
            let existing = base.indicators.first { $0.id == id }
            let labels = node["labels"]
            let labelVi = try document.string(node, "label_vi") ?? labels.flatMap { try? document.string($0, "vi") } ?? existing?.labelVi
            guard let labelVi else {
                throw document.error(node, "label_vi") { $0.needsVietnameseLabel(id) }
            }
            let labelEn = try document.string(node, "label_en") ?? labels.flatMap { try? document.string($0, "en") } ?? existing?.labelEn ?? labelVi
            let unit = node["unit"]
            let unitVi =
                try document.string(node, "unit_vi") ?? unit.flatMap { $0.scalar?.string ?? (try? document.string($0, "vi")) } ?? existing?.unitVi ?? ""
            let unitEn =
                try document.string(node, "unit_en") ?? unit.flatMap { $0.scalar?.string ?? (try? document.string($0, "en")) } ?? existing?.unitEn ?? unitVi
            var kind = existing?.kind
            if let text = try document.string(node, "kind") {
                guard let parsed = Indicator.Kind(rawValue: text.lowercased()) else {
                    throw document.error(node["kind"], "kind") { $0.notAKind(text) }
                }
                kind = parsed
            }
            guard let kind else {
                throw document.error(node, "kind") { $0.needsKind(id) }
            }
            var isCount = existing?.isCount ?? false
            for key in ["integer", "count"] {
                guard let value = node[key] else { continue }
                guard let flag = value.bool else {
                    throw document.error(value, key) { $0.notABoolean(value.string ?? "") }
                }
                isCount = flag
            }
            let aggregation = try aggregationRule(node, document: document, existing: existing?.aggregation, isCount: isCount)
            if case .weightedMean(let over) = aggregation { weightChecks.append((node, id, over)) }
            catalog.add(
                Indicator(
                    id: id, labelVi: labelVi, labelEn: labelEn, unitVi: unitVi, unitEn: unitEn, kind: kind,
                    isCount: isCount, aggregation: aggregation,
                    partOf: try document.string(node, "part_of") ?? existing?.partOf,
                    targetOf: try document.string(node, "target_of") ?? existing?.targetOf))
        }
        for (node, id, over) in weightChecks where catalog[over] == nil {
            throw document.error(node["over"] ?? node["aggregation"] ?? node, "over") {
                $0.weightNotAnIndicator(id, over: over, suggestions: catalog.suggestions(for: over))
            }
        }
        return catalog
    }

    private static func aggregationRule(_ node: Node, document: YAMLDocument, existing: Indicator.Aggregation?, isCount: Bool) throws -> Indicator.Aggregation {
        guard let value = node["aggregation"] else {
            if let existing { return existing }
            return isCount ? .sum : .none
        }
        if let mapping = value.mapping, mapping.count == 1, let first = mapping.first,
            first.key.string?.lowercased() == "weighted_mean", let over = first.value.string
        {
            return .weightedMean(over: over)
        }
        guard let text = value.string?.trimmingCharacters(in: .whitespaces).lowercased() else {
            throw document.error(value, "aggregation") { $0.aggregationUnreadable }
        }
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        switch words.first {
        case "sum": return .sum
        case "none": return .none
        case "weighted_mean", "weighted-mean":
            if words.count == 3, words[1] == "over" { return .weightedMean(over: words[2]) }
            guard let over = try document.string(node, "over") else {
                throw document.error(value, "aggregation") { $0.weightedMeanNeedsWeight }
            }
            return .weightedMean(over: over)
        default:
            throw document.error(value, "aggregation") { $0.notAnAggregation(text) }
        }
    }
}
