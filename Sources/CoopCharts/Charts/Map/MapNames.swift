import Foundation
import CoopFormatting

/// Names every unit of the map that is not context: its name over its value inside its area when they fit
/// there, otherwise a number in a small circle at its place (joined by a leader when the spot itself is
/// taken) and a line "number · name · value" in a list set in free space beside the map. Numbers run from
/// north to south, so the list reads down the country.
struct MapNames {
    let chart: MapChart
    let plan: MapPlan
    let transform: PlaneToPage
    /// Each unit's polygons on the page (rings per polygon).
    let polygons: [[[[Point]]]]
    let view: Rect

    /// Where a unit's label goes: its anchor on the page, and all its rings (for containment).
    private func anchor(_ unit: Int) -> Point? {
        if let point = plan.anchors[unit] {
            let page = transform.page(point)
            if view.contains(Rect(x: page.x, y: page.y, width: 0, height: 0)) { return page }
        }
        // Clipped away (a zoomed map): the best point of the largest piece left on the page.
        let largest = polygons[unit].max { PageGeometry.area($0.first ?? []) < PageGeometry.area($1.first ?? []) }
        return largest.flatMap { PageGeometry.poleOfInaccessibility($0, precision: 1)?.point }
    }

    /// The units numbered on the map, in number order, and whether each found room for its marker.
    struct Numbered {
        var units: [Int] = []
        var marked: [Bool] = []
    }

    /// Names each unit inside its area where it fits, else puts a numbered marker at its place; returns the
    /// numbered units, for `list`.
    func label(space: inout FreeSpace, builder: inout SceneBuilder) -> Numbered {
        let named = chart.namedUnits
        // Names on a map are small, as on any atlas page: from a little under the notes' size down to 6 pt.
        let base = TypeScale.clamp(builder.scale.note * 0.78, 6, 9.5)
        let sizes = [base, base * 0.86, base * 0.74, 6].filter { $0 >= 6 && $0 <= base }
        var unlabelled: [(unit: Int, anchor: Point?)] = []
        // Larger units first: they have the room, and their labels then never crowd a small neighbour's spot.
        // Each unit's largest piece measured once, not at every comparison of the sort.
        let size = polygons.map { pieces in pieces.map { PageGeometry.area($0.first ?? []) }.max() ?? 0 }
        for unit in named.sorted(by: { size[$0] > size[$1] }) {
            guard let anchor = anchor(unit) else { unlabelled.append((unit, nil)); continue }
            if !inside(unit, anchor: anchor, sizes: sizes, space: &space, builder: &builder) { unlabelled.append((unit, anchor)) }
        }
        // Numbers from north to south (then west to east).
        let ordered = unlabelled.sorted { a, b in
            let pa = a.anchor ?? Point(x: .infinity, y: .infinity), pb = b.anchor ?? Point(x: .infinity, y: .infinity)
            return (pa.y, pa.x) < (pb.y, pb.x)
        }
        let markerFont = builder.type.font(max(5.5, base * 0.72), .bold)
        var numbered = Numbered()
        for (index, entry) in ordered.enumerated() {
            numbered.units.append(entry.unit)
            numbered.marked.append(entry.anchor.map { marker(String(index + 1), at: $0, font: markerFont, space: &space, builder: &builder) } ?? false)
        }
        return numbered
    }

    /// Name over value inside the unit, at the largest size that fits; false when none does.
    private func inside(_ unit: Int, anchor: Point, sizes: [Double], space: inout FreeSpace, builder: inout SceneBuilder) -> Bool {
        let theme = chart.chrome.theme
        // The unit's pieces with their boxes: a point is inside when a piece whose box holds it holds it (pieces
        // of one unit never overlap; a label may cross the old border between two provinces of one new unit).
        let pieces = polygons[unit].compactMap { rings in PageGeometry.bounds(rings).map { (box: $0, rings: rings) } }
        let inside = { (point: Point) in
            pieces.contains { $0.box.contains(Rect(x: point.x, y: point.y, width: 0, height: 0)) && PageGeometry.contains($0.rings, point) }
        }
        let extent =
            pieces.map(\.box).reduce(nil as Rect?) { union, box in
                union.map {
                    Rect(
                        x: min($0.minX, box.minX), y: min($0.minY, box.minY), width: max($0.maxX, box.maxX) - min($0.minX, box.minX),
                        height: max($0.maxY, box.maxY) - min($0.minY, box.minY))
                } ?? box
            } ?? Rect(x: 0, y: 0, width: 0, height: 0)
        let name = NormalizedText(chart.units[unit].label).string
        let value = chart.units[unit].value.value == nil ? nil : chart.valueText(unit)
        let ink = chart.units[unit].value.value == nil ? theme.text : theme.text(on: chart.fillColor(unit))
        for size in sizes {
            let nameFont = builder.type.font(size), valueFont = builder.type.font(size, .bold)
            let line = builder.type.line(nameFont)
            let lines: [(String, Font)] = [(name, nameFont)] + (value.map { [($0, valueFont)] } ?? [])
            let width = lines.map { builder.type.width($0.0, $0.1) }.max() ?? 0
            let height = Double(lines.count) * line.pitch
            guard width < extent.width, height < extent.height else { continue }
            for (dx, dy) in [(0.0, 0.0), (0, -height / 3), (0, height / 3), (-width / 4, 0), (width / 4, 0)] {
                let box = Rect(x: anchor.x + dx - width / 2, y: anchor.y + dy - height / 2, width: width, height: height)
                let baselines = lines.indices.map { box.minY + Double($0) * line.pitch + line.ascent }
                // Each line's own ink lies inside the unit (a short value line may sit where a name would not),
                // so its colour, chosen for the unit's fill, reads against what is under it.
                let inks = zip(lines, baselines).map { builder.box($0.0, at: Point(x: box.midX - builder.type.width($0.0, $0.1) / 2, y: $1), font: $0.1) }
                guard inks.allSatisfy({ Self.samples($0).allSatisfy(inside) }) else { continue }
                guard
                    zip(lines, baselines).allSatisfy({
                        builder.isFree(builder.box($0.0, at: Point(x: box.midX - builder.type.width($0.0, $0.1) / 2, y: $1), font: $0.1))
                    })
                else { continue }
                for ((text, font), baseline) in zip(lines, baselines) {
                    builder.text(text, x: box.midX, baseline: baseline, font: font, color: ink, anchor: .center)
                }
                space.take(box)
                return true
            }
        }
        return false
    }

    /// Points of a line's box that must lie inside the unit: its middle line end to end, and its top and bottom
    /// edges short of the corners, where letters seldom reach.
    static func samples(_ box: Rect) -> [Point] {
        let middle = [0.02, 0.25, 0.5, 0.75, 0.98].map { Point(x: box.minX + box.width * $0, y: box.midY) }
        let edges = [0.15, 0.5, 0.85].flatMap { t in [box.minY + 0.3, box.maxY - 0.3].map { Point(x: box.minX + box.width * t, y: $0) } }
        return middle + edges
    }

    /// A numbered circle at `anchor`, or on a ring around it joined by a leader; false when there is no room.
    private func marker(_ number: String, at anchor: Point, font: Font, space: inout FreeSpace, builder: inout SceneBuilder) -> Bool {
        let theme = chart.chrome.theme
        let line = builder.type.line(font)
        let width = builder.type.width(number, font)
        let radius = max(width, line.height) / 2 + 0.7
        var candidates = [anchor]
        for ring in 1...6 {
            let distance = radius * 2.2 * Double(ring)
            candidates += (0..<12).map { k in
                let angle = Double(k) * .pi / 6 + (ring.isMultiple(of: 2) ? .pi / 12 : 0)
                return Point(x: anchor.x + distance * cos(angle), y: anchor.y + distance * sin(angle))
            }
        }
        for center in candidates {
            let circle = Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
            guard builder.isFree(circle) else { continue }
            // Off its spot the marker sits in free space (not over another unit) and points home with a leader.
            let moved = center != anchor
            if moved {
                guard space.isFree(circle) else { continue }
                let length = hypot(center.x - anchor.x, center.y - anchor.y)
                let end = Point(x: center.x - (center.x - anchor.x) / length * radius, y: center.y - (center.y - anchor.y) / length * radius)
                builder.line(anchor, end, theme.text, StrokeStyle(width: 0.5))
                builder.fill(.circle(center: anchor, radius: 0.9), theme.text)
            }
            builder.fill(.circle(center: center, radius: radius), theme.background)
            builder.stroke(.circle(center: center, radius: radius), theme.text, StrokeStyle(width: 0.5))
            guard builder.text(number, x: center.x, middle: center.y, font: font, color: theme.text, anchor: .center) else { return false }
            builder.reserve(circle)
            space.take(circle)
            return true
        }
        return false
    }

    /// The list of numbered units in columns in free space, nearest `near`: one block of columns side by side
    /// when there is room for one, else columns (of at least six lines) wherever they fit, in reading order.
    /// A unit whose marker found no room is left out, so every name listed leads to a
    /// place on the map (and the completeness check then names it).
    func list(_ numbered: Numbered, plot: Rect, near: Point, space: inout FreeSpace, builder: inout SceneBuilder) {
        let units = numbered.units
        let entries = units.indices.filter { numbered.marked[$0] }
        guard !entries.isEmpty else { return }
        let top = TypeScale.clamp(builder.scale.note, 6, 11)
        let sizes = [top, top * 0.9, top * 0.8, 6, 5.5].filter { $0 <= top }
        for size in sizes {
            for asBlock in [true, false] {
                let font = builder.type.font(size), bold = builder.type.font(size, .bold)
                let line = builder.type.line(font)
                let numberWidth = builder.type.width(String(units.count), bold)
                let nameWidth = entries.map { builder.type.width(NormalizedText(chart.units[units[$0]].label).string, font) }.max() ?? 0
                let valueWidth = entries.map { builder.type.width(chart.valueText(units[$0]), font) }.max() ?? 0
                let gap = size * 0.6
                let columnWidth = numberWidth + gap + nameWidth + gap * 1.5 + valueWidth
                for columns in 1...8 {
                    let rows = (entries.count + columns - 1) / columns
                    let used = (entries.count + rows - 1) / rows
                    guard used == columns, Double(rows) * line.pitch <= plot.height, asBlock || rows >= min(entries.count, max(6, entries.count / 4)) else {
                        continue
                    }
                    var trial = space
                    var spots: [Rect] = []
                    if asBlock {
                        let block = Size(width: Double(columns) * columnWidth + Double(columns - 1) * gap * 2, height: Double(rows) * line.pitch)
                        guard let spot = trial.place(block, near: near) else { continue }
                        trial.take(spot, margin: gap)
                        spots = (0..<columns).map {
                            Rect(x: spot.minX + Double($0) * (columnWidth + gap * 2), y: spot.minY, width: columnWidth, height: spot.height)
                        }
                    } else {
                        var preferred = near
                        for column in 0..<columns {
                            let count = min(rows, entries.count - column * rows)
                            guard let spot = trial.place(Size(width: columnWidth, height: Double(count) * line.pitch), near: preferred) else { break }
                            trial.take(spot, margin: gap)
                            spots.append(spot)
                            preferred = Point(x: spot.maxX + gap, y: spot.minY)
                        }
                        guard spots.count == columns else { continue }
                    }
                    var attempt = builder
                    let ink = chart.chrome.theme.text
                    var ok = true
                    for (k, entry) in entries.enumerated() {
                        let spot = spots[k / rows]
                        let baseline = spot.minY + Double(k % rows) * line.pitch + line.ascent
                        let unit = units[entry]
                        ok = ok && attempt.text(String(entry + 1), x: spot.minX + numberWidth, baseline: baseline, font: bold, color: ink, anchor: .right)
                        ok = ok && attempt.text(chart.units[unit].label, x: spot.minX + numberWidth + gap, baseline: baseline, font: font, color: ink)
                        ok = ok && attempt.text(chart.valueText(unit), x: spot.maxX, baseline: baseline, font: font, color: ink, anchor: .right)
                    }
                    guard ok else { continue }
                    for spot in spots { attempt.reserve(spot) }
                    builder = attempt
                    space = trial
                    return
                }
            }
        }
    }
}
