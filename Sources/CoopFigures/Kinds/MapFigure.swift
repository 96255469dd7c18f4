import CoopAnalytics
import CoopCharts
import CoopFormatting

/// `map`: the provinces of Vietnam filled by one indicator in one period (or its change against the period
/// before, `--growth`), in classes the legend counts; the 63 provinces before 1 July 2025 and the 34 units
/// after, always with the Hoàng Sa and Trường Sa archipelagos. With a cluster, its members are outlined and
/// named and the rest of the country is light; `--zoom cluster` frames the members with a locator map.
enum MapFigure {
    static func make(_ context: FigureContext) throws -> Figure {
        let indicator = try context.indicators(maximum: 1)[0]
        let period = try context.period()
        let request = context.request
        let registry = context.dataset.registry
        let words = context.words
        let language = context.language
        let members: [Int]? = try context.data.cluster.map { try $0.scope(in: period, registry: registry) }
        if request.zoom == .cluster && members == nil {
            throw InputError(
                parameter: .zoom, message: "\(option: .zoom) cluster frames a cluster's members: give \(option: .cluster) too, or leave out \(option: .zoom)",
                vietnamese: "\(option: .zoom) cluster phóng to các thành viên của một cụm: hãy chọn cả \(option: .cluster), hoặc bỏ \(option: .zoom)")
        }
        let previous = request.growth ? period.previous : nil

        // The units holding figures decide the map: the 63 provinces, or the 34 units of 1 July 2025.
        let periods = [period] + (previous.map { [$0] } ?? [])
        let held = Set(context.dataset.observations.lazy.filter { $0.indicator == indicator.id && periods.contains($0.period) }.map(\.province))
        let which = ProvinceMap.units(for: Array(held) + (members ?? []), period: period, registry: registry)
        let map = try ProvinceMap(which, registry: registry)
        let onMap = Set(map.units)
        let off = held.filter { !onMap.contains($0) && (members.map { Set($0) }?.contains($0) ?? true) }.sorted()
        guard off.isEmpty else { throw offTheMap(off, which: which, period: period, registry: registry) }
        if let members, let outside = members.first(where: { !onMap.contains($0) }) {
            throw InputError(
                file: "--cluster",
                message:
                    "\(registry.provinces[outside].longDescription) is not on the map of \(period); give --harmonize to draw the cluster as the units in force from 1 July 2025"
            )
        }

        var evidence = FigureEvidence()
        let memberSet = members.map(Set.init)
        var units: [MapChart.Unit] = []
        for (k, index) in map.units.enumerated() {
            let isMember = memberSet?.contains(index) ?? true
            var value: ChartValue = .missing
            if isMember {
                value = context.value(index, period, indicator, &evidence)
                if let previous { value = change(value, from: context.value(index, previous, indicator, &evidence)) }
            }
            units.append(
                MapChart.Unit(
                    label: registry.provinces[index].name, value: value, isHighlighted: memberSet != nil && isMember,
                    isContext: !isMember, labelPoint: map.labelPoints[k]))
        }
        let values = units.compactMap(\.value.value)
        guard !values.isEmpty else {
            let have = Set(context.dataset.observations.lazy.filter { $0.indicator == indicator.id }.map(\.period)).sorted().map(\.description)
            throw InputError(
                file: "--year",
                message: "no figures for \(indicator.id) in \(period)\(previous.map { " with \($0) before it" } ?? "")"
                    + "\(context.data.cluster.map { " in \($0.name)" } ?? ""); periods with \(indicator.id): \(have.isEmpty ? "none" : have.joined(separator: ", "))"
            )
        }
        let classes = try MapClassification.classes(values, request: request, whole: indicator.isCount && previous == nil, words: words)
        let title: String
        let unit: String?
        if let previous {
            title = words.growthTitle.fill([
                "indicator": words.inTitle(indicator.label(language)), "period": periodTitle(period, language),
                "previous": periodTitle(previous, language),
            ])
            unit = words.growthUnit
        } else {
            title = "\(indicator.label(language)) \(periodTitle(period, language))"
            unit = indicator.unit(language)
        }
        let chrome = context.chrome(
            title: title, subtitle: context.subtitle(unit: unit), decimals: previous == nil ? context.decimals([indicator]) : 1,
            evidence: evidence)
        let chart = MapChart(
            chrome: chrome, units: units, areas: map.areas, edges: map.edges,
            islandGroups: map.islandGroupLabels(registry: registry, words: words), classes: classes,
            words: MapChart.Words(contextLabel: words.outsideCluster), zoomsToHighlighted: request.zoom == .cluster)
        return evidence.figure(chart, data: context.data)
    }

    /// The change from `before` to `value` in percent: approximate when either is not exact, missing when
    /// either is missing or the earlier figure is zero (no rate of change from nothing).
    static func change(_ value: ChartValue, from before: ChartValue) -> ChartValue {
        guard let now = value.value, let then = before.value, then != 0 else { return .missing }
        let exact = value.bound == .exact && before.bound == .exact
        return ChartValue((now - then) / abs(then) * 100, bound: exact ? .exact : .approx)
    }

    /// Figures held by units another map shows (a 2025 figure for a province that merged on 1 July 2025
    /// beside the new units' figures): refused, never dropped silently.
    static func offTheMap(_ units: [Int], which: ProvinceMap.Units, period: Period, registry: ProvinceRegistry) -> InputError {
        let names =
            units.prefix(5).map { registry.provinces[$0].longDescription }.joined(separator: ", ") + (units.count > 5 ? " and \(units.count - 5) more" : "")
        let shown = which == .from2025 ? "the 34 units in force from 1 July 2025" : "the 63 provinces in force until 30 June 2025"
        return InputError(
            file: "--year",
            message: "the map of \(period) shows \(shown), but the data also has figures for \(names); "
                + "give --harmonize to add the old provinces' figures into their new units, or keep the figures of one side of the merger")
    }
}
