import CoopFormatting

/// A choropleth: areas of a plane filled by the class of their unit's value, drawn from plain shapes (the
/// charts module knows nothing of countries or provinces; the caller projects the outlines and says which
/// unit each belongs to).
///
/// Every unit with a figure is named: inside its area when the name and value fit there, otherwise by a
/// number at its place and a line "number · name · value" in a list beside the map. A unit without a figure
/// is hatched, never drawn as the lowest class, and named as missing. The legend gives each class's range and
/// how many units it holds. Island groups far from the rest (an archipelago) are drawn at scale when the
/// page holds them without shrinking the map much, else in a framed inset, and always labelled. With
/// `zoomsToHighlighted`, the map frames the highlighted units and a small locator shows where they lie.
public struct MapChart: ChromedChart {
    /// A unit of the map: what is coloured, named and counted.
    public struct Unit: Sendable, Hashable {
        public var label: String
        public var value: ChartValue
        /// Outlined and labelled (a cluster's member); with highlighted units present, the others are context.
        public var isHighlighted: Bool
        /// Drawn light, without a name or value and outside the legend's counts (the country around a cluster).
        public var isContext: Bool
        /// Where the unit's name goes best (a point deep inside it); nil lets the chart find one.
        public var labelPoint: MapPoint?
        /// Creates a unit.
        public init(label: String, value: ChartValue, isHighlighted: Bool = false, isContext: Bool = false, labelPoint: MapPoint? = nil) {
            self.label = label; self.value = value; self.isHighlighted = isHighlighted; self.isContext = isContext; self.labelPoint = labelPoint
        }
    }

    /// Polygons that belong to one unit: each polygon is its outer ring and then its holes.
    public struct Area: Sendable, Hashable {
        public var unit: Int
        public var polygons: [[[MapPoint]]]
        /// The island group these polygons form (an index into `islandGroups`), or nil for the main map.
        public var islandGroup: Int?
        /// Per point of `polygons`, the tolerance above which the map may leave it out
        /// (`LineSimplification.detail`); empty to draw every point at every scale.
        public var detail: [[[Double]]]
        /// Creates an area.
        public init(unit: Int, polygons: [[[MapPoint]]], islandGroup: Int? = nil, detail: [[[Double]]] = []) {
            self.unit = unit; self.polygons = polygons; self.islandGroup = islandGroup; self.detail = detail
        }

        /// The polygons with the points that matter at `tolerance` (plane units).
        public func polygons(tolerance: Double) -> [[[MapPoint]]] {
            // Detail shaped unlike the polygons (or none) draws every point rather than dropping a ring.
            guard detail.count == polygons.count, zip(polygons, detail).allSatisfy({ $0.count == $1.count }) else { return polygons }
            return zip(polygons, detail).map { rings, details in
                zip(rings, details).map { LineSimplification.kept($0, detail: $1, tolerance: tolerance) }
            }
        }
    }

    /// A line between two sides: two units (a border), or a unit and nothing (the coast or the outer edge).
    public struct Edge: Sendable, Hashable {
        public var points: [MapPoint]
        public var left: Int?
        public var right: Int?
        /// The island group the edge outlines (drawn with the group, at scale or in its inset), or nil.
        public var islandGroup: Int?
        /// Per point, the tolerance above which the map may leave it out; empty to draw every point.
        public var detail: [Double]
        /// Creates an edge between the units on its two sides (nil: outside every unit).
        public init(points: [MapPoint], left: Int?, right: Int?, islandGroup: Int? = nil, detail: [Double] = []) {
            self.points = points; self.left = left; self.right = right; self.islandGroup = islandGroup; self.detail = detail
        }

        /// The points that matter at `tolerance` (plane units).
        public func points(tolerance: Double) -> [MapPoint] { LineSimplification.kept(points, detail: detail, tolerance: tolerance) }

        /// Whether the edge separates two different units, or a unit from the outside.
        public var separates: Bool { left != right }
    }

    /// Islands far from the rest, drawn at scale or in an inset, always with their label.
    public struct IslandGroup: Sendable, Hashable {
        public var label: String
        /// Creates a group.
        public init(label: String) { self.label = label }
    }

    /// Words the chart writes besides the data (the caller's language; the charts module has its own for the rest).
    public struct Words: Sendable, Hashable {
        /// The legend entry of the units around the highlighted ones, e.g. "Ngoài cụm".
        public var contextLabel: String
        /// What the legend's counts count, e.g. "tỉnh" in "10–19 (12 tỉnh)"; empty for a bare number.
        public var countNoun: String
        public init(contextLabel: String, countNoun: String = "") { self.contextLabel = contextLabel; self.countNoun = countNoun }
    }

    public var chrome: ChartChrome
    public var units: [Unit]
    public var areas: [Area]
    /// The lines to stroke: borders between units and the outer edge. A line with the same unit on both
    /// sides is not a border and is not drawn (the outlines of merged units inside their new unit).
    public var edges: [Edge]
    public var islandGroups: [IslandGroup]
    public var classes: MapClasses
    public var words: Words
    /// Frame the highlighted units (with a locator map of the whole) instead of the whole plane.
    public var zoomsToHighlighted: Bool

    /// Creates a map.
    public init(
        chrome: ChartChrome, units: [Unit], areas: [Area], edges: [Edge], islandGroups: [IslandGroup] = [], classes: MapClasses,
        words: Words, zoomsToHighlighted: Bool = false
    ) {
        self.chrome = chrome
        self.units = units
        self.areas = areas
        self.edges = edges
        self.islandGroups = islandGroups
        self.classes = classes
        self.words = words
        self.zoomsToHighlighted = zoomsToHighlighted
    }

    /// The units named on the map or in its list: every unit that is not context.
    public var namedUnits: [Int] { units.indices.filter { !units[$0].isContext } }

    /// A unit's value as printed ("≈590", "46,5"), or "—" without a figure.
    public func valueText(_ unit: Int) -> String {
        units[unit].value.value.map { chrome.format($0, bound: units[unit].value.bound) } ?? "—"
    }

    /// The class of a unit with a figure.
    public func classIndex(_ unit: Int) -> Int? { units[unit].value.value.map(classes.index(of:)) }

    /// How many units with a figure (not context) fall in each class.
    public var classCounts: [Int] {
        var counts = Array(repeating: 0, count: classes.count)
        for unit in namedUnits { if let k = classIndex(unit) { counts[k] += 1 } }
        return counts
    }

    /// Every named unit's name and (when it has a figure) its value, and every island group's label.
    public var requiredLabels: [String] {
        namedUnits.flatMap { unit in units[unit].value.value == nil ? [units[unit].label] : [units[unit].label, valueText(unit)] }
            + islandGroups.map(\.label)
    }

    /// The fill of class `k` in the chart's theme.
    public func classColor(_ k: Int) -> Color {
        (classes.midpoint == nil ? chrome.theme.ramp : chrome.theme.diverging).color(at: classes.rampPosition(k))
    }

    /// Whether class `k` is hatched with level lines over its colour: the classes below the middle of a diverging
    /// scale in a theme that must not rely on colour (greys print the same either side of the middle).
    public func classIsHatched(_ k: Int) -> Bool {
        guard chrome.theme.usesPatterns, let midpoint = classes.midpoint, k < classes.count else { return false }
        return classes.edges[k + 1] <= midpoint
    }

    /// The light fill of the units around highlighted ones.
    public var contextColor: Color { MapStyle.contextFill(chrome.theme) }

    /// The fill of a unit: its class's colour, the missing colour (hatched over), or the light context colour.
    public func fillColor(_ unit: Int) -> Color {
        if units[unit].isContext { return contextColor }
        return classIndex(unit).map(classColor) ?? chrome.theme.missing
    }

    /// The point of a polygon (outer ring, then holes) farthest from its edges, where a label has the most
    /// room; callers that draw the same outlines often compute it once and pass it as `labelPoint`.
    public static func labelPoint(of polygon: [[MapPoint]]) -> MapPoint? {
        // A label's point needs no survey's precision: each ring thinned to at most 160 points, and the search
        // stopped within a fortieth of the polygon's span, keep the cost of 63 provinces at a few milliseconds.
        let rings = polygon.map { ring -> [Point] in
            let step = max(1, ring.count / 160)
            return stride(from: 0, to: ring.count, by: step).map { Point(x: ring[$0].x, y: ring[$0].y) }
        }
        let span = PageGeometry.bounds(rings).map { max($0.width, $0.height) } ?? 1
        return PageGeometry.poleOfInaccessibility(rings, precision: span / 40).map { MapPoint(x: $0.point.x, y: $0.point.y) }
    }

    public func draw(in area: DrawingArea) {
        let start = SceneBuilder(area: area, theme: chrome.theme)
        let forms = MapLayout.forms(for: self).map { layout in { (builder: inout SceneBuilder) in layout.place(into: &builder) } }
        let builder = FormChoice.first(from: start, required: requiredLabels, forms: forms)
        builder.scene.render(on: area.backend)
    }
}

/// Colours of a map that follow from its theme.
enum MapStyle {
    /// The country around highlighted units: light, never hatched, so it reads as "not part of this".
    static func contextFill(_ theme: Theme) -> Color { Color(hex: 0xEFEFEF) }
}
