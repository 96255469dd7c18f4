import Foundation
import CoopFormatting

/// What every form of a map shares and is worked out once: each unit's best label point in the plane, and
/// the extents of the main map, of the island groups and of the highlighted units.
struct MapPlan {
    let chart: MapChart
    /// Per unit: a point inside its largest main polygon, as far from its edges as can be found.
    let anchors: [MapPoint?]
    /// The main map (without island groups), everything, and each island group.
    let mainExtent: MapExtent?
    let fullExtent: MapExtent?
    let groupExtents: [MapExtent?]
    /// The extent of the highlighted units' main areas, when the map zooms to them.
    let zoomExtent: MapExtent?

    init(_ chart: MapChart) {
        self.chart = chart
        let main = chart.areas.filter { $0.islandGroup == nil }
        mainExtent = MapExtent(main.lazy.flatMap { $0.polygons.lazy.flatMap { $0.first ?? [] } })
        fullExtent = MapExtent(chart.areas.lazy.flatMap { $0.polygons.lazy.flatMap { $0.first ?? [] } })
        groupExtents = chart.islandGroups.indices.map { group in
            MapExtent(chart.areas.lazy.filter { $0.islandGroup == group }.flatMap { $0.polygons.lazy.flatMap { $0.first ?? [] } })
        }
        let highlighted = Set(chart.units.indices.filter { chart.units[$0].isHighlighted })
        if chart.zoomsToHighlighted, !highlighted.isEmpty {
            zoomExtent = MapExtent(main.lazy.filter { highlighted.contains($0.unit) }.flatMap { $0.polygons.lazy.flatMap { $0.first ?? [] } })?.padded(by: 0.06)
        } else {
            zoomExtent = nil
        }
        var anchors = chart.units.map(\.labelPoint)
        var largest = [Double](repeating: 0, count: chart.units.count)
        for area in main where chart.units[area.unit].labelPoint == nil {
            for polygon in area.polygons {
                guard let outer = polygon.first, outer.count > 2 else { continue }
                let points = outer.map { Point(x: $0.x, y: $0.y) }
                let size = PageGeometry.area(points)
                guard size > largest[area.unit] else { continue }
                largest[area.unit] = size
                let rings = polygon.map { $0.map { Point(x: $0.x, y: $0.y) } }
                let span = PageGeometry.bounds(rings).map { max($0.width, $0.height) } ?? 1
                if let pole = PageGeometry.poleOfInaccessibility(rings, precision: span / 100) {
                    anchors[area.unit] = MapPoint(x: pole.point.x, y: pole.point.y)
                }
            }
        }
        self.anchors = anchors
    }
}

/// One form of the map on the page: the map takes `share` of the plot's width, island groups at scale or
/// in insets; the legend, the insets, the numbered list and the locator go wherever the page is free of land.
struct MapLayout: ChartLayout {
    enum Islands { case atScale, inset }
    let plan: MapPlan
    let share: Double
    let islands: Islands

    var chart: MapChart { plan.chart }

    /// How far (in points) a drawn outline may stray from the outlines' own points: a fraction of a pixel at
    /// the PNG's default scale, a twentieth of a millimetre on paper. Points closer than this to the line
    /// without them are left out (`LineSimplification`), which spares a whole-country map most of its points
    /// and a zoomed map few.
    static let pageTolerance = 0.15

    /// The forms in order of preference: the largest map first; at each size the island groups at scale,
    /// then in insets.
    static func forms(for chart: MapChart) -> [MapLayout] {
        let plan = MapPlan(chart)
        let shares = [1.0, 0.82, 0.66, 0.52]
        let modes: [Islands] = chart.islandGroups.isEmpty || plan.zoomExtent != nil ? [.atScale] : [.atScale, .inset]
        return shares.flatMap { share in modes.map { MapLayout(plan: plan, share: share, islands: $0) } }
    }

    /// A unit's polygons on the page, each a list of rings.
    private typealias PagePolygons = [[[Point]]]

    func place(into builder: inout SceneBuilder) {
        let chart = self.chart
        let chrome = chart.chrome
        let theme = chrome.theme
        let strings = chrome.strings
        let named = chart.namedUnits
        let missing = named.filter { chart.units[$0].value.value == nil }.map { chart.units[$0].label }
        let bounds = named.compactMap { chart.units[$0].value.value == nil ? nil : chart.units[$0].value.bound }
        let frame = ChartFrame.place(
            chrome: chrome, notes: [chrome.boundsLegend(bounds), strings.mapMissingNote(missing)] + chrome.footnotes.map { $0 },
            into: &builder)
        let plot = frame.plot
        guard plot.width > 40, plot.height > 40, let mainExtent = plan.mainExtent, let fullExtent = plan.fullExtent else { return }

        // Where the map goes and at what scale.
        let mapBox = Rect(x: plot.minX, y: plot.minY, width: plot.width * share, height: plot.height)
        let zoomed = plan.zoomExtent != nil
        let viewExtent: MapExtent
        if let zoom = plan.zoomExtent {
            viewExtent = zoom
        } else if islands == .atScale && !chart.islandGroups.isEmpty {
            // At scale only when the groups cost the main map little of its size.
            guard PlaneToPage.scale(of: fullExtent, in: mapBox) >= 0.85 * PlaneToPage.scale(of: mainExtent, in: mapBox) else { return }
            viewExtent = fullExtent
        } else {
            viewExtent = mainExtent
        }
        let transform = PlaneToPage(fitting: viewExtent, into: mapBox, leading: true)
        let view = transform.box
        let groupsInMap = islands == .atScale && !zoomed
        let tolerance = Self.pageTolerance / transform.scale

        // Every area on the page, clipped to the view when zoomed; island groups apart when they go in insets.
        var unitPolygons = [PagePolygons](repeating: [], count: chart.units.count)
        var groupAreas = [[MapChart.Area]](repeating: [], count: chart.islandGroups.count)
        for area in chart.areas {
            if let group = area.islandGroup {
                groupAreas[group].append(area)
                if !groupsInMap { continue }
            }
            for polygon in area.polygons(tolerance: tolerance) {
                var rings = polygon.map { $0.map(transform.page) }
                if zoomed {
                    guard let box = PageGeometry.bounds(rings), box.intersects(view) else { continue }
                    if !view.contains(box) { rings = rings.map { PageGeometry.clip($0, to: view) }.filter { $0.count > 2 } }
                }
                if !rings.isEmpty { unitPolygons[area.unit].append(rings) }
            }
        }

        // Fills: one path per unit, then the hatching of units without a figure.
        for unit in chart.units.indices where !unitPolygons[unit].isEmpty {
            builder.fill(Self.path(unitPolygons[unit]), chart.fillColor(unit))
        }
        let hatchSpacing = max(2.2, builder.scale.note * 0.32)
        var hatching = Path()
        for unit in named where chart.units[unit].value.value == nil {
            for polygon in unitPolygons[unit] {
                for (a, b) in PageGeometry.hatch(polygon, spacing: hatchSpacing) { hatching.elements += [.move(a), .line(b)] }
            }
        }
        if !hatching.elements.isEmpty { builder.stroke(hatching, theme.secondaryText, StrokeStyle(width: 0.45)) }
        for unit in named {
            guard let k = chart.classIndex(unit), chart.classIsHatched(k) else { continue }
            var lines = Path()
            for polygon in unitPolygons[unit] {
                for (a, b) in PageGeometry.hatch(polygon, spacing: hatchSpacing, direction: .horizontal) { lines.elements += [.move(a), .line(b)] }
            }
            if !lines.elements.isEmpty { builder.stroke(lines, theme.text(on: chart.fillColor(unit)), StrokeStyle(width: 0.4)) }
        }

        // Lines: borders between units, the outer edge, and the outline of highlighted units on top.
        let lineWidth = TypeScale.clamp(transform.scale * viewExtent.width / 900, 0.35, 0.9)
        var borders = Path(), coast = Path(), outline = Path()
        for edge in chart.edges where edge.separates {
            if edge.islandGroup != nil && !groupsInMap { continue }
            var pieces = [edge.points(tolerance: tolerance).map(transform.page)]
            if zoomed { pieces = pieces.flatMap { PageGeometry.clip(polyline: $0, to: view) } }
            let path = Path(pieces.flatMap { piece in [Path.Element.move(piece[0])] + piece.dropFirst().map { .line($0) } })
            let highlighted = { (side: Int?) in side.map { chart.units[$0].isHighlighted } ?? false }
            if highlighted(edge.left) != highlighted(edge.right) {
                outline.elements += path.elements
            } else if edge.left == nil || edge.right == nil {
                coast.elements += path.elements
            } else {
                borders.elements += path.elements
            }
        }
        builder.stroke(borders, theme.background, StrokeStyle(width: lineWidth))
        builder.stroke(coast, theme.secondaryText, StrokeStyle(width: lineWidth * 0.6))
        if !outline.elements.isEmpty { builder.stroke(outline, theme.text, StrokeStyle(width: max(1.2, lineWidth * 2))) }
        if zoomed { builder.stroke(.rectangle(view), theme.axis, StrokeStyle(width: 0.6)) }
        // Islands too small to see as areas are marked by a fine outline in their unit's colour, darkened.
        if groupsInMap {
            for group in groupAreas {
                for item in group {
                    let rings = item.polygons(tolerance: tolerance).map { $0.map { $0.map(transform.page) } }
                    builder.stroke(Self.path(rings), chart.fillColor(item.unit).mixed(with: theme.text, 0.45), StrokeStyle(width: 0.5))
                }
            }
        }

        // Free space: everything not covered by land (and, later, by the legend, insets and lists).
        var space = FreeSpace(area: plot, cell: max(1.5, min(plot.width, plot.height) / 160))
        for polygons in unitPolygons { for rings in polygons { space.take(rings: rings, margin: 1.5) } }
        if zoomed {
            // The frame of the view is a line; the sea inside it is free for the legend.
            for side in [
                Rect(x: view.minX, y: view.minY, width: view.width, height: 0), Rect(x: view.minX, y: view.maxY, width: view.width, height: 0),
                Rect(x: view.minX, y: view.minY, width: 0, height: view.height), Rect(x: view.maxX, y: view.minY, width: 0, height: view.height),
            ] {
                space.take(side, margin: 2)
            }
        }
        let noteFont = builder.type.font(builder.scale.note)

        // Names first: inside each unit when they fit, else a numbered marker. Then the island groups east of
        // the land, the list of numbered units, the locator and the legend find room in what is left, or the
        // form gives way to one with a smaller map.
        let names = MapNames(chart: chart, plan: plan, transform: transform, polygons: unitPolygons, view: view)
        let numbered = names.label(space: &space, builder: &builder)

        // Island groups: their labels beside them at scale, or each in a framed inset.
        for (index, group) in chart.islandGroups.enumerated() where !zoomed {
            guard let extent = plan.groupExtents[index] else { return }
            if groupsInMap {
                let corner = transform.page(MapPoint(x: extent.minX, y: extent.maxY))
                let box = Rect(x: corner.x, y: corner.y, width: extent.width * transform.scale, height: extent.height * transform.scale)
                guard Self.label(group.label, near: box, font: noteFont, space: &space, builder: &builder) else { return }
            } else {
                let near = transform.page(MapPoint(x: extent.minX, y: (extent.minY + extent.maxY) / 2))
                guard
                    Self.inset(
                        group, areas: groupAreas[index], extent: extent, near: near, plot: plot, mainScale: transform.scale, eastOf: view.midX, chart: chart,
                        space: &space, builder: &builder)
                else { return }
            }
        }

        names.list(numbered, plot: plot, near: Point(x: min(view.maxX, mapBox.maxX), y: plot.minY), space: &space, builder: &builder)

        // The locator of a zoomed map: the whole plane, small, with the view marked and the island groups named.
        if zoomed {
            guard Self.locator(plan: plan, view: viewExtent, plot: plot, space: &space, builder: &builder) else { return }
        }

        // The legend: each class with its range and count, then the units without a figure and the context.
        guard MapLegend(chart: chart).place(near: Point(x: view.minX, y: view.maxY), plot: plot, space: &space, builder: &builder) else { return }
    }

    /// One path of closed rings.
    static func path(_ polygons: [[[Point]]]) -> Path {
        var elements: [Path.Element] = []
        for rings in polygons {
            for ring in rings where ring.count > 2 {
                elements.append(.move(ring[0]))
                for point in ring.dropFirst() { elements.append(.line(point)) }
                elements.append(.close)
            }
        }
        return Path(elements)
    }

    /// The ways to set a label, widest first: one line; broken before its last parenthesis ("Quần đảo
    /// Hoàng Sa" / "(Đà Nẵng)"); wrapped narrower onto at most three lines. Never shortened.
    static func labelLines(_ text: String, font: Font, builder: SceneBuilder) -> [[String]] {
        let normalized = NormalizedText(text).string
        var choices = [[normalized]]
        if let open = normalized.range(of: " (", options: .backwards) {
            choices.append([String(normalized[..<open.lowerBound]), String(normalized[normalized.index(after: open.lowerBound)...])])
        }
        choices += [110.0, 80, 60, 45].map { builder.type.fitter(font).wrap(normalized, width: $0, maxLines: 3) }
        return choices.filter { !$0.contains { $0.hasSuffix("…") } }
    }

    /// A label on up to three lines in free space near `box` (within a few lines of it); false when none fits.
    static func label(_ text: String, near box: Rect, font: Font, space: inout FreeSpace, builder: inout SceneBuilder) -> Bool {
        let line = builder.type.line(font)
        for lines in labelLines(text, font: font, builder: builder) {
            let size = Size(width: lines.map { builder.type.width($0, font) }.max() ?? 0, height: Double(lines.count) * line.pitch)
            let reach = Rect(
                x: box.minX - size.width - 12, y: box.minY - size.height - 12, width: box.width + 2 * size.width + 24,
                height: box.height + 2 * size.height + 24)
            let centre = Point(x: box.minX + box.width / 2, y: box.maxY + size.height / 2)
            guard let spot = space.place(size, near: centre, within: reach) else { continue }
            for (k, text) in lines.enumerated() {
                let baseline = spot.minY + Double(k) * line.pitch + line.ascent
                guard builder.text(text, x: spot.minX + size.width / 2, baseline: baseline, font: font, color: builder.theme.text, anchor: .center)
                else { return false }
            }
            space.take(spot, margin: 1)
            return true
        }
        return false
    }

    /// An island group in a framed box in free space near `near`, its label at the top; false when no room.
    static func inset(
        _ group: MapChart.IslandGroup, areas: [MapChart.Area], extent: MapExtent, near: Point, plot: Rect,
        mainScale: Double, eastOf: Double, chart: MapChart, space: inout FreeSpace, builder: inout SceneBuilder
    ) -> Bool {
        let theme = chart.chrome.theme
        let font = builder.type.font(builder.scale.note)
        let line = builder.type.line(font)
        let pad = font.size * 0.5
        let aspect = max(0.4, min(2.5, extent.width / max(extent.height, 1e-9)))
        // Never larger than the main map's own scale, so an inset does not pass for a closer look.
        let atScale = extent.height * mainScale
        for height in [0.2, 0.16, 0.13, 0.1].map({ min(plot.height * $0, atScale) }) {
            let drawing = Size(width: max(height * aspect, 60), height: height)
            let room = max(drawing.width, min(plot.width * 0.3, 160))
            guard
                let lines = labelLines(group.label, font: font, builder: builder).first(where: { lines in
                    lines.allSatisfy { builder.type.width($0, font) <= room }
                })
            else { continue }
            let textWidth = lines.map { builder.type.width($0, font) }.max() ?? 0
            let size = Size(width: max(drawing.width, textWidth) + 2 * pad, height: drawing.height + Double(lines.count) * line.pitch + 2 * pad)
            // East of the land's middle, where the islands are: an inset on the wrong side would mislead.
            let east = Rect(x: eastOf, y: plot.minY, width: max(0, plot.maxX - eastOf), height: plot.height)
            guard let box = space.place(size, near: near, within: east) else { continue }
            builder.fill(box, theme.background)
            builder.stroke(.rectangle(box), theme.axis, StrokeStyle(width: 0.6))
            for (k, text) in lines.enumerated() {
                guard
                    builder.text(
                        text, x: box.minX + box.width / 2, baseline: box.minY + pad + Double(k) * line.pitch + line.ascent, font: font,
                        color: theme.text, anchor: .center)
                else { return false }
            }
            let inner = Rect(x: box.minX + pad, y: box.minY + pad + Double(lines.count) * line.pitch, width: box.width - 2 * pad, height: drawing.height)
            let local = PlaneToPage(fitting: extent.padded(by: 0.04), into: inner)
            for area in areas {
                let path = path(area.polygons(tolerance: pageTolerance / local.scale).map { $0.map { $0.map(local.page) } })
                builder.fill(path, chart.fillColor(area.unit))
                builder.stroke(path, chart.fillColor(area.unit).mixed(with: theme.text, 0.45), StrokeStyle(width: 0.5))
            }
            space.take(box, margin: 1)
            return true
        }
        return false
    }

    /// The whole plane small, with `view` outlined and the island groups labelled, in free space; false when no room.
    static func locator(plan: MapPlan, view: MapExtent, plot: Rect, space: inout FreeSpace, builder: inout SceneBuilder) -> Bool {
        let chart = plan.chart
        let theme = chart.chrome.theme
        guard let full = plan.fullExtent else { return false }
        let font = builder.type.font(max(builder.scale.floor, builder.scale.note * 0.8))
        for share in [0.3, 0.38, 0.46, 0.56] {
            // Small beside the map it locates: a share of the plot's height, and never half its width.
            let height = min(plot.height * share, plot.width * 0.45 * full.height / max(full.width, 1e-9))
            let size = Size(width: height * full.width / max(full.height, 1e-9), height: height)
            var trial = space
            guard let box = trial.place(size, near: Point(x: plot.maxX, y: plot.minY)) else { continue }
            var attempt = builder
            let local = PlaneToPage(fitting: full, into: box)
            attempt.fill(box, theme.background)
            attempt.stroke(.rectangle(box), theme.axis, StrokeStyle(width: 0.5))
            var inner = FreeSpace(area: box, cell: 1)
            for area in chart.areas {
                let rings = area.polygons(tolerance: pageTolerance / local.scale).map { $0.map { $0.map(local.page) } }
                let land = area.islandGroup == nil ? Color(hex: 0xBDBDBD) : Color(hex: 0x8A8A8A)
                attempt.fill(path(rings), land)
                if area.islandGroup != nil { attempt.stroke(path(rings), land, StrokeStyle(width: 0.4)) }
                for polygon in rings { inner.take(rings: polygon, margin: 0.5) }
            }
            let frame = Rect(
                x: local.page(MapPoint(x: view.minX, y: view.maxY)).x, y: local.page(MapPoint(x: view.minX, y: view.maxY)).y,
                width: view.width * local.scale, height: view.height * local.scale)
            attempt.stroke(.rectangle(frame), theme.text, StrokeStyle(width: 1))
            inner.take(frame, margin: 1)
            trial.take(box, margin: 2)
            var placed = true
            for (index, group) in chart.islandGroups.enumerated() {
                guard let extent = plan.groupExtents[index] else { continue }
                let corner = local.page(MapPoint(x: extent.minX, y: extent.maxY))
                let islands = Rect(x: corner.x, y: corner.y, width: extent.width * local.scale, height: extent.height * local.scale)
                // Inside the locator when it has room; else just outside it, beside the islands it names.
                if label(group.label, near: islands, font: font, space: &inner, builder: &attempt) { continue }
                if !label(group.label, near: islands, font: font, space: &trial, builder: &attempt) { placed = false; break }
            }
            guard placed else { continue }
            space = trial
            builder = attempt
            return true
        }
        return false
    }
}
