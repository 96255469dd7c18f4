import CoopAnalytics
import CoopCharts
import CoopFormatting

/// The map of Vietnam as plain shapes for the charts library, for the 63 provinces in force until 30 June
/// 2025 or the 34 units from 1 July 2025. The 34 are whole-province mergers, so no outline is merged: each
/// of the 63 outlines is an area of the unit it became (its successor), and only the arcs whose two sides
/// belong to different units (or a unit and the sea or a neighbouring country) become edges, so the old
/// borders inside a new unit are not drawn. Đà Nẵng's islands beyond 110,2° E are the Hoàng Sa
/// archipelago and Khánh Hòa's the Trường Sa archipelago: each is an island group, labelled.
struct ProvinceMap {
    /// Which units the map shows.
    enum Units: Sendable, Hashable { case before2025, from2025 }

    /// Registry indices of the units, in registry order; a chart's unit k is `units[k]`.
    let units: [Int]
    let areas: [MapChart.Area]
    let edges: [MapChart.Edge]
    /// Per unit, where its name goes: the best point of its largest outline's largest polygon.
    let labelPoints: [MapPoint?]
    /// The island groups, in `Archipelago.all` order, with the unit that holds each.
    let islandGroups: [(archipelago: Archipelago, unit: Int)]

    /// The map of `which` units of `registry` (the bundled outlines, projected once per process).
    init(_ which: Units, registry: ProvinceRegistry) throws {
        let outlines = ProvinceOutlines.bundled
        let shapes = ProjectedOutlines.bundled
        let mergerDay = registry.mergerDate ?? ProvinceRegistry.bundledMergerDate
        // Each outline's unit: the province of its code in force before the merger, or what it became.
        let unitOfOutline: [Int] = try outlines.outlines.map { outline in
            guard
                let old = registry.provinces.indices.first(where: {
                    registry.provinces[$0].code == outline.code && (registry.provinces[$0].validFrom.map { $0 < mergerDay } ?? true)
                })
            else {
                throw InputError(file: "--year", message: "the province registry has no unit with code \(outline.code) (\(outline.name)) for the map")
            }
            guard which == .from2025 else { return old }
            guard let new = registry.successor(of: old, on: mergerDay) else {
                throw InputError(file: "--year", message: "the province registry says nothing of what \(outline.name) (\(outline.code)) became on \(mergerDay)")
            }
            return new
        }
        units = Array(Set(unitOfOutline)).sorted()
        let position = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
        let groups = Archipelago.all.compactMap { archipelago -> (Archipelago, Int)? in
            guard let outline = outlines.outlines.firstIndex(where: { $0.code == archipelago.outlineCode }) else { return nil }
            return (archipelago, position[unitOfOutline[outline]]!)
        }
        islandGroups = groups

        var areas: [MapChart.Area] = []
        // For each arc, the unit and island group on each side where it is used.
        var sides = [[(unit: Int, group: Int?)]](repeating: [], count: outlines.arcs.count)
        var labelPoints = [MapPoint?](repeating: nil, count: units.count)
        var largest = [Double](repeating: 0, count: units.count)
        for (index, outline) in outlines.outlines.enumerated() {
            let unit = position[unitOfOutline[index]]!
            let groupIndex = groups.firstIndex { $0.0.outlineCode == outline.code }
            var main: [[[MapPoint]]] = [], islands: [[[MapPoint]]] = []
            var mainDetail: [[[Double]]] = [], islandDetail: [[[Double]]] = []
            for (p, polygon) in outline.polygons.enumerated() {
                let projected = shapes.polygons[index][p], detail = shapes.detail[index][p]
                let inGroup = groupIndex.map { shapes.westernmost[index][p] > groups[$0].0.fromLongitude } ?? false
                if inGroup {
                    islands.append(projected); islandDetail.append(detail)
                } else {
                    main.append(projected); mainDetail.append(detail)
                }
                for ring in polygon {
                    for reference in ring { sides[reference < 0 ? ~reference : reference].append((unit, inGroup ? groupIndex : nil)) }
                }
                if !inGroup, let point = shapes.labelPoints[index][p], shapes.areas[index][p] > largest[unit] {
                    largest[unit] = shapes.areas[index][p]
                    labelPoints[unit] = point
                }
            }
            if !main.isEmpty { areas.append(MapChart.Area(unit: unit, polygons: main, detail: mainDetail)) }
            if !islands.isEmpty { areas.append(MapChart.Area(unit: unit, polygons: islands, islandGroup: groupIndex, detail: islandDetail)) }
        }
        self.areas = areas
        self.labelPoints = labelPoints
        edges = sides.enumerated().compactMap { arc, users in
            guard let first = users.first else { return nil }
            let other = users.count > 1 ? users[1].unit : nil
            guard other != first.unit else { return nil }
            return MapChart.Edge(points: shapes.arcs[arc], left: first.unit, right: other, islandGroup: first.group, detail: shapes.arcDetail[arc])
        }
    }

    /// The island group labels, "Quần đảo Hoàng Sa (Đà Nẵng)" / "Hoang Sa (Paracel) Islands (Da Nang)".
    func islandGroupLabels(registry: ProvinceRegistry, words: FigureWords) -> [MapChart.IslandGroup] {
        islandGroups.map { group in
            let holder = registry.provinces[units[group.unit]]
            return MapChart.IslandGroup(label: words.archipelago(group.archipelago.name, holder: words.pick(holder.name, holder.asciiName)))
        }
    }

    /// The map that shows the units holding the figures: the 34 when any figure is held by a unit created on
    /// 1 July 2025 (or harmonized into one), the 63 when any is held by a unit that ended on 30 June 2025,
    /// else (only units the merger left unchanged) the one in force at the period's end.
    static func units(for provinces: [Int], period: Period, registry: ProvinceRegistry) -> Units {
        let mergerDay = registry.mergerDate ?? ProvinceRegistry.bundledMergerDate
        if provinces.contains(where: { registry.provinces[$0].validFrom.map { $0 >= mergerDay } ?? false }) { return .from2025 }
        if provinces.contains(where: { registry.provinces[$0].validTo.map { $0 < mergerDay } ?? false }) { return .before2025 }
        return period.lastDay < mergerDay ? .before2025 : .from2025
    }
}

/// The outlines projected once per process: each polygon's rings in the plane (outer ring counter-clockwise,
/// holes clockwise, so filling with the non-zero rule leaves the holes empty), its area, its westernmost
/// longitude, its label point; each arc in the plane; and every point's detail (`LineSimplification`),
/// measured on the arcs so the two sides of a border keep the same points at every scale.
struct ProjectedOutlines: Sendable {
    let arcs: [[MapPoint]]
    let arcDetail: [[Double]]
    /// `polygons[outline][polygon][ring]`, and the detail of each of their points.
    let polygons: [[[[MapPoint]]]]
    let detail: [[[[Double]]]]
    let areas: [[Double]]
    let westernmost: [[Double]]
    let labelPoints: [[MapPoint?]]

    static let bundled = ProjectedOutlines(ProvinceOutlines.bundled)

    init(_ outlines: ProvinceOutlines) {
        // Each arc projected and measured once; a ring is its arcs joined.
        let arcs = outlines.arcs.map { $0.map(MapProjection.project) }
        let arcDetail = arcs.map(LineSimplification.detail(of:))
        var polygons: [[[[MapPoint]]]] = [], detail: [[[[Double]]]] = [], areas: [[Double]] = [], westernmost: [[Double]] = []
        var labelPoints: [[MapPoint?]] = []
        for outline in outlines.outlines {
            var shapes: [[[MapPoint]]] = [], details: [[[Double]]] = [], sizes: [Double] = [], wests: [Double] = [], labels: [MapPoint?] = []
            for polygon in outline.polygons {
                var rings: [[MapPoint]] = [], ringDetails: [[Double]] = []
                for (index, ring) in polygon.enumerated() {
                    let points = Self.joined(ring, arcs), pointDetail = Self.joined(ring, arcDetail)
                    // Outer rings counter-clockwise, holes clockwise.
                    let turned = (Self.signedArea(points) > 0) != (index == 0)
                    rings.append(turned ? points.reversed() : points)
                    ringDetails.append(turned ? pointDetail.reversed() : pointDetail)
                }
                shapes.append(rings)
                details.append(ringDetails)
                sizes.append(abs(Self.signedArea(rings.first ?? [])))
                // The outer ring's westernmost longitude: the least over the arcs it is made of.
                let outerArcs = (polygon.first ?? []).map { outlines.arcs[$0 < 0 ? ~$0 : $0] }
                wests.append(outerArcs.compactMap { $0.lazy.map(\.longitude).min() }.min() ?? 0)
                labels.append(nil)
            }
            // A label point for the largest polygon only: that is where a unit's name goes.
            if let largest = sizes.indices.max(by: { sizes[$0] < sizes[$1] }) { labels[largest] = MapChart.labelPoint(of: shapes[largest]) }
            polygons.append(shapes); detail.append(details); areas.append(sizes); westernmost.append(wests); labelPoints.append(labels)
        }
        self.arcs = arcs
        self.arcDetail = arcDetail
        self.polygons = polygons
        self.detail = detail
        self.areas = areas
        self.westernmost = westernmost
        self.labelPoints = labelPoints
    }

    /// A ring's values (points or their detail) from its arcs' (`k` arc k, `~k` arc k backwards), each arc's
    /// first point being the previous arc's last.
    static func joined<Value>(_ ring: [Int], _ perArc: [[Value]]) -> [Value] {
        var values: [Value] = []
        for reference in ring {
            let arc = reference < 0 ? Array(perArc[~reference].reversed()) : perArc[reference]
            values.append(contentsOf: values.isEmpty ? arc[...] : arc.dropFirst())
        }
        return values
    }

    /// Twice nothing: the shoelace sum over 2, positive when the ring runs counter-clockwise (y north).
    static func signedArea(_ ring: [MapPoint]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        var j = ring.count - 1
        for i in ring.indices {
            sum += (ring[j].x * ring[i].y - ring[i].x * ring[j].y)
            j = i
        }
        return sum / 2
    }
}

/// An archipelago that a map of Vietnam published in Vietnam must show as Vietnamese territory, with the
/// province that holds it: the islands of that province's outline east of `fromLongitude`.
struct Archipelago: Sendable, Hashable {
    enum Name: Sendable, Hashable { case hoangSa, truongSa }
    let name: Name
    let outlineCode: String
    let fromLongitude: Double

    static let all = [
        Archipelago(name: .hoangSa, outlineCode: "48", fromLongitude: 110.2),
        Archipelago(name: .truongSa, outlineCode: "56", fromLongitude: 110.2),
    ]
}
