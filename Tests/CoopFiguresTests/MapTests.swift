import CoopAnalytics
import CoopCharts
@testable import CoopFigures
import CoopFormatting
import CoopTestSupport
import Foundation
import Testing

/// The province map: every unit's outline filled in its class's colour, the archipelagos drawn and labelled on
/// every whole-country map at every page preset, legend classes that hold every value once, the 34 units drawn
/// by stroking only the arcs between different successors, colours a colour-blind reader tells apart, and
/// refusals that name the option at fault.
@Suite struct MapTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A figure for every unit of the 63 (2024) or the 34 (2026), the first `missing` of them without one.
    static func nationalData(_ count: Int, missing: Int = 0, indicator: String = "htx") throws -> (FigureData, String) {
        let units = count == 63 ? GeneratedFigures.before : GeneratedFigures.after
        let year = count == 63 ? "2024" : "2026"
        let rows = units.enumerated().dropFirst(missing).map { index, province in
            "\(province.name),\(year),\(indicator),\(index * 37 % 500 + 3),\(index % 11 == 4 ? "approx" : "exact"),minh hoạ"
        }
        return (try figureData((["province,year,indicator,value,qualifier,source"] + rows).joined(separator: "\n")), year)
    }

    static func national(_ count: Int, missing: Int = 0, theme: Theme = .conference, language: Language = .vi) throws -> MapChart {
        let (data, year) = try nationalData(count, missing: missing)
        let figure = try Figures.make(FigureRequest(kind: .map, indicators: ["htx"], year: year, language: language, theme: theme), from: data)
        return try #require(figure.chart as? MapChart)
    }

    /// The Red River Delta cluster of 2017 on the whole country (or zoomed to it).
    static func cluster(zoom: FigureRequest.Zoom = .country, theme: Theme = .conference) throws -> MapChart {
        let names = ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Quảng Ninh"]
        let rows = names.enumerated().map { "\($1),2017,htx,\(300 + $0 * 29),exact,BC cụm 2017" }
        let data = try figureData((["province,year,indicator,value,qualifier,source"] + rows).joined(separator: "\n"), cluster: Cluster.builtIn("dbsh-2017"))
        let figure = try Figures.make(FigureRequest(kind: .map, indicators: ["htx"], year: "2017", zoom: zoom, theme: theme), from: data)
        return try #require(figure.chart as? MapChart)
    }

    static func record(_ chart: MapChart, _ page: PageSize = .slide) throws -> RecordingBackend {
        let recording = try RecordingBackend()
        chart.draw(on: recording, size: page.size)
        return recording
    }

    static func fills(_ recording: RecordingBackend) -> [(path: Path, color: Color)] {
        recording.operations.compactMap { if case let .fillPath(path, color) = $0 { return (path, color) } else { return nil } }
    }

    static func closes(_ path: Path) -> Int { path.elements.filter { $0 == .close }.count }
    static func moves(_ path: Path) -> Int { path.elements.filter { if case .move = $0 { return true } else { return false } }.count }

    // MARK: outlines

    @Test("the embedded outlines decode to the 63 provinces of the registry, each code once, with both archipelagos")
    func outlinesDecode() throws {
        let outlines = ProvinceOutlines.bundled.outlines
        #expect(outlines.count == 63)
        #expect(Set(outlines.map(\.code)) == Set(GeneratedFigures.before.map(\.code)))
        let map = try ProvinceMap(.before2025, registry: .bundled)
        #expect(map.units.count == 63)
        #expect(map.areas.filter { $0.islandGroup == 0 }.flatMap(\.polygons).count >= 20, "the Hoàng Sa islands of Đà Nẵng")
        #expect(map.areas.filter { $0.islandGroup == 1 }.flatMap(\.polygons).count >= 200, "the Trường Sa islands of Khánh Hòa")
        #expect(try ProvinceMap(.from2025, registry: .bundled).units.count == 34)
    }

    // MARK: every unit drawn

    @Test("every unit's polygons are filled, one path per unit in the colour of its class", arguments: [63, 34])
    func everyUnitIsFilled(count: Int) throws {
        let chart = try Self.national(count)
        #expect(chart.units.count == count)
        let fills = Self.fills(try Self.record(chart))
        try #require(fills.count >= count)
        for unit in chart.units.indices {
            #expect(fills[unit].color == chart.fillColor(unit), "\(chart.units[unit].label)")
            #expect(chart.classIndex(unit) != nil)
            // Every ring of the unit's land (its predecessors' outlines, for the 34) is in its one path.
            let rings = chart.areas.filter { $0.unit == unit && $0.islandGroup == nil }.flatMap(\.polygons).map(\.count).reduce(0, +)
            #expect(Self.closes(fills[unit].path) >= rings, "\(chart.units[unit].label): \(Self.closes(fills[unit].path)) of \(rings) rings filled")
        }
        // Each class's colour is used by exactly the units of that class.
        for k in 0..<chart.classes.count {
            let units = chart.units.indices.filter { chart.classIndex($0) == k }
            #expect(fills.prefix(count).filter { $0.color == chart.classColor(k) }.count == units.count)
        }
    }

    @Test("a whole-country map draws the points a reader can see, the two sides of every border the same ones; a zoomed map more")
    func outlinesAreDrawnWithThePointsThatShow() throws {
        let chart = try Self.national(63)
        let all = chart.areas.flatMap(\.polygons).joined().map(\.count).reduce(0, +)
        let drawn = Self.fills(try Self.record(chart)).prefix(63).map { $0.path.elements.count }.reduce(0, +)
        #expect(drawn < all * 6 / 10, "a slide needs far fewer than the outlines' \(all) points: \(drawn) drawn")
        // Each border's points kept at a tolerance are among the kept points of both units it separates.
        for tolerance in [2e-5, 1e-4, 5e-4] {
            var kept = [Set<MapPoint>](repeating: [], count: chart.units.count)
            for area in chart.areas { for rings in area.polygons(tolerance: tolerance) { for ring in rings { kept[area.unit].formUnion(ring) } } }
            for edge in chart.edges {
                for side in [edge.left, edge.right].compactMap({ $0 }) {
                    #expect(Set(edge.points(tolerance: tolerance)).isSubset(of: kept[side]), "\(chart.units[side].label) at \(tolerance)")
                }
            }
        }
        // Zoomed to the Red River Delta, the members keep more of their points than on the whole country.
        func memberPoints(_ chart: MapChart) throws -> Int {
            let colours = Set((0..<chart.classes.count).map(chart.classColor))
            return Self.fills(try Self.record(chart)).filter { colours.contains($0.color) }.map(\.path.elements.count).reduce(0, +)
        }
        #expect(try memberPoints(Self.cluster(zoom: .cluster)) > memberPoints(Self.cluster(zoom: .country)))
    }

    @Test("the archipelagos are drawn and labelled on every whole-country map at every size preset", arguments: PageSize.allCases)
    func archipelagosOnEveryPreset(page: PageSize) throws {
        for (name, chart) in [
            ("34 units", try Self.national(34)), ("63 provinces, English", try Self.national(63, language: .en)),
            ("cluster", try Self.cluster()),
        ] {
            let recording = try Self.record(chart, page)
            let drawn = recording.texts.map(\.text)
            let labels = chart.islandGroups.map(\.label)
            #expect(labels.count == 2)
            if Completeness.missing(choices: chart.requiredLabelChoices, drawn: drawn).isEmpty {
                #expect(Completeness.missing(labels, drawn: drawn).isEmpty, "\(name), \(page.rawValue): \(labels) not drawn whole")
                let rings = chart.areas.flatMap(\.polygons).map(\.count).reduce(0, +)
                let filled = Self.fills(recording).map { Self.closes($0.path) }.reduce(0, +)
                #expect(filled >= rings, "\(name), \(page.rawValue): \(filled) of \(rings) rings filled, islands included")
            } else {
                // Only a page too small for every name may refuse, and it says what would hold them.
                #expect(page == .column && name != "cluster", "\(name) does not fit \(page.rawValue)")
                var options = RenderOptions()
                options.size = page.size
                #expect(throws: InputError.self) { try FigureRendering.checkComplete(chart, options: options) }
            }
        }
        #expect(
            try Self.national(34, language: .en).islandGroups.map(\.label)
                == ["Hoang Sa (Paracel) Islands (Da Nang)", "Truong Sa (Spratly) Islands (Khanh Hoa)"])
        #expect(try Self.national(63).islandGroups.map(\.label) == ["Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)"])
    }

    @Test("every unit is named with its value, whole and clear of other text, on the national maps at every preset but the column", arguments: [63, 34])
    func nationalMapsAreComplete(count: Int) throws {
        for (index, page) in [PageSize.slide, .a4, .a4Landscape, .a5].enumerated() {
            let chart = try Self.national(count, missing: 3, theme: Theme.builtIn[index])
            let texts = try Self.record(chart, page).texts
            #expect(Completeness.missing(choices: chart.requiredLabelChoices, drawn: texts.map(\.text)) == [], "\(page.rawValue)")
            let canvas = Rect(size: page.size)
            for (k, text) in texts.enumerated() {
                #expect(canvas.contains(text.box), "\(page.rawValue): \"\(text.text)\" leaves the page")
                for other in texts[(k + 1)...] where other.box.intersects(text.box) {
                    Issue.record("\(page.rawValue): \"\(text.text)\" overlaps \"\(other.text)\"")
                }
            }
        }
    }

    // MARK: classes

    @Test("legend classes hold every value exactly once, and the legend counts them")
    func classesHoldEveryValueOnce() throws {
        var rng = SplitMix64(seed: 24)
        let words = FigureWords.for(.vi)
        var requests: [FigureRequest] = (2...9).map { FigureRequest(kind: .map, classes: $0) }
        requests += (2...9).map { FigureRequest(kind: .map, classes: $0, classRule: .nice) }
        requests += [
            FigureRequest(kind: .map, breaks: "10,20,50"), FigureRequest(kind: .map, breaks: "2,5; 7,5"),
            FigureRequest(kind: .map, midpoint: "100"), FigureRequest(kind: .map, classRule: .nice, midpoint: "100"),
            FigureRequest(kind: .map, breaks: "0,40", midpoint: "25"),
        ]
        for request in requests {
            for trial in 0..<25 {
                let count = Int.random(in: 1...63, using: &rng)
                let whole = trial % 2 == 0
                let values = (0..<count).map { _ -> Double in
                    let roll = Int.random(in: 0..<10, using: &rng)
                    if roll < 3 { return [0, 12, 40, 100][roll] }  // ties
                    let value = Double(Int.random(in: -50...900, using: &rng))
                    return whole ? value : value + Double(Int.random(in: 0..<10, using: &rng)) / 10
                }
                let classes = try MapClassification.classes(values, request: request, whole: whole, words: words)
                let edges = classes.edges
                // Ascending, each edge once (one class of a single repeated value is [v, v]).
                #expect(
                    edges == edges.sorted() && (Set(edges).count == edges.count || (edges.count == 2 && Set(values).count == 1)),
                    "\(request) \(values.sorted()) → \(edges)")
                for value in values {
                    let holders = (0..<classes.count).filter { k in
                        (edges[k] <= value || (k == 0 && edges[k] == -.infinity)) && (value < edges[k + 1] || (k == classes.count - 1 && value <= edges[k + 1]))
                    }
                    #expect(holders == [classes.index(of: value)], "\(value) in classes \(holders) of \(edges)")
                }
                if let midpoint = classes.midpoint, values.contains(where: { $0 < midpoint }), values.contains(where: { $0 > midpoint }) {
                    #expect(edges.contains(midpoint), "a diverging scale has its midpoint on an edge: \(edges)")
                }
            }
        }
        // Through the chart: the counts add up to the units with a figure, and the legend prints each with its range.
        let chart = try Self.national(63, missing: 5)
        #expect(chart.classCounts.reduce(0, +) == 58)
        let drawn = try Self.record(chart, .a4).texts.map(\.text)
        for k in 0..<chart.classes.count {
            let entry = chart.classes.label(k) { chart.chrome.format($0) } + " (\(chart.classCounts[k]))"
            #expect(drawn.contains(entry), "legend entry \(entry)")
        }
        #expect(drawn.contains("Chưa có số liệu (5)"))
    }

    @Test("class rules, breaks and midpoints are checked where the user gave them")
    func classOptionsAreChecked() throws {
        let (data, year) = try Self.nationalData(34)
        func error(_ change: (inout FigureRequest) -> Void) -> String? {
            var request = FigureRequest(kind: .map, indicators: ["htx"], year: year)
            change(&request)
            return figureError(request, data)
        }
        #expect(error { $0.classes = 12 }?.hasPrefix("--classes") == true)
        #expect(error { $0.breaks = "50,20" }?.hasPrefix("--breaks") == true)
        #expect(error { $0.breaks = "10,abc" }?.contains("\"abc\" is not a number") == true)
        #expect(error { $0.midpoint = "half" }?.hasPrefix("--midpoint") == true)
        #expect(error { $0.zoom = .cluster }?.contains("--cluster") == true)
        #expect(error { _ in } == nil)
    }

    // MARK: the 34 units

    @Test("the 34-unit map strokes exactly the arcs whose two sides have different successors, the 63 every arc")
    func strokedArcsAreTheBordersBetweenDifferentUnits() throws {
        // Counted independently: the TopoJSON read with JSONSerialization, each outline's code resolved in the registry.
        let url = Self.repository.appendingPathComponent("Sources/CoopFigures/Embedded/map/vietnam-provinces-63.topo.json")
        let topology = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let arcs = try #require(topology["arcs"] as? [Any])
        let collection = try #require((topology["objects"] as? [String: Any])?["provinces"] as? [String: Any])
        let geometries = try #require(collection["geometries"] as? [[String: Any]])
        var sides = [[String]](repeating: [], count: arcs.count)
        for geometry in geometries {
            let code = try #require((geometry["properties"] as? [String: Any])?["code"] as? String)
            func visit(_ node: Any) {
                if let reference = node as? Int {
                    sides[reference < 0 ? ~reference : reference].append(code)
                } else if let list = node as? [Any] {
                    list.forEach(visit)
                }
            }
            visit(geometry["arcs"] as Any)
        }
        let registry = ProvinceRegistry.bundled
        let merger = ProvinceRegistry.bundledMergerDate
        func successor(_ code: String) -> String {
            let old = registry.provinces.indices.first {
                registry.provinces[$0].code == code && (registry.provinces[$0].validFrom.map { $0 < merger } ?? true)
            }!
            return registry.provinces[registry.successor(of: old, on: merger)!].code
        }
        let coast = sides.filter { $0.count == 1 }.count
        let shared = sides.filter { $0.count == 2 }
        let between63 = shared.filter { $0[0] != $0[1] }.count
        let between34 = shared.filter { successor($0[0]) != successor($0[1]) }.count
        #expect(between63 == 138 && between34 < between63 && between34 > 34)

        for (count, between) in [(63, between63), (34, between34)] {
            let chart = try Self.national(count)
            let theme = chart.chrome.theme
            let strokes = try Self.record(chart).strokedPaths
            let borders = strokes.filter { $0.color == theme.background }.map { Self.moves($0.path) }.reduce(0, +)
            let coasts = strokes.filter { $0.color == theme.secondaryText }.map { Self.moves($0.path) }.reduce(0, +)
            #expect(borders == between, "\(count) units: \(borders) borders stroked, \(between) arcs between different units")
            #expect(coasts == coast, "\(count) units: \(coasts) coast arcs stroked of \(coast)")
            #expect(chart.edges.count == between + coast)
        }
    }

    @Test("a year's figures held by the new units give the 34-unit map, also for a harmonized 2017; old and new units mixed are refused")
    func theUnitsHoldingTheFiguresChooseTheMap() throws {
        let new = try figureData("province,year,indicator,value\nHưng Yên,2017,htx,30\nHà Nội,2017,htx,12")
        // Hưng Yên alone is the pre-merger unit in 2017; harmonized data carries the new one.
        #expect(try (Figures.make(FigureRequest(kind: .map, indicators: ["htx"], year: "2017"), from: new).chart as? MapChart)?.units.count == 63)
        let harmonized = try Harmonizer.harmonize(new.dataset, to: ProvinceRegistry.bundledMergerDate).dataset
        let chart =
            try Figures.make(FigureRequest(kind: .map, indicators: ["htx"], year: "2017"), from: FigureData(dataset: harmonized, cluster: nil)).chart
            as? MapChart
        #expect(chart?.units.count == 34)
        let mixed = try figureData("province,year,indicator,value\nThái Bình,2025,htx,30\nHưng Yên,2025,htx,70")
        let message = try #require(figureError(FigureRequest(kind: .map, indicators: ["htx"], year: "2025"), mixed))
        #expect(message.contains("Thái Bình") && message.contains("--harmonize"), "\(message)")
    }

    @Test("a unit without a figure is hatched and named, never filled as the lowest class")
    func missingUnitsAreHatched() throws {
        let chart = try Self.national(63, missing: 4)
        let missing = chart.units.indices.filter { chart.units[$0].value.value == nil }
        #expect(missing.count == 4)
        let recording = try Self.record(chart, .a4)
        let fills = Self.fills(recording)
        for unit in missing {
            #expect(fills[unit].color == chart.chrome.theme.missing)
            #expect(!(0..<chart.classes.count).map(chart.classColor).contains(fills[unit].color))
        }
        let drawn = recording.texts.map(\.text)
        #expect(Completeness.missing(missing.map { chart.units[$0].label }, drawn: drawn) == [])
        #expect(chart.chrome.strings.mapMissingNote(missing.map { chart.units[$0].label }).map { note in drawn.contains { note.hasPrefix($0) } } == true)
        // Hatching: strokes in the notes' grey beyond the coast's one path: the map's, and the legend swatch's.
        #expect(recording.strokedPaths.filter { $0.color == chart.chrome.theme.secondaryText }.count == 3)
    }

    @Test("--growth maps the change on the previous period in percent, approximate when a figure is")
    func growthIsThePercentChange() throws {
        let data = try figureData(
            "province,year,indicator,value,qualifier\nHà Nội,2023,htx,100,exact\nHà Nội,2024,htx,120,exact\nHà Nam,2023,htx,50,approx\nHà Nam,2024,htx,40,exact\nHà Giang,2024,htx,9,exact"
        )
        let chart = try #require(try Figures.make(FigureRequest(kind: .map, indicators: ["htx"], year: "2024", growth: true), from: data).chart as? MapChart)
        let value = { (name: String) in chart.units.first { $0.label == name }!.value }
        #expect(value("Hà Nội") == ChartValue(20))
        #expect(value("Hà Nam") == ChartValue(-20, bound: .approx))
        #expect(value("Hà Giang").value == nil, "no 2023 figure: no change")
        #expect(chart.classes.midpoint == 0)
    }

    @Test("a cluster's members are outlined and named, the rest light; zoomed, a locator still names both archipelagos")
    func clusterAndZoom() throws {
        for zoom in FigureRequest.Zoom.allCases {
            let chart = try Self.cluster(zoom: zoom)
            #expect(chart.namedUnits.count == 9)
            #expect(chart.units.filter(\.isContext).count == 54)
            let recording = try Self.record(chart)
            let drawn = recording.texts.map(\.text)
            #expect(Completeness.missing(choices: chart.requiredLabelChoices, drawn: drawn) == [], "\(zoom)")
            #expect(Completeness.missing(chart.islandGroups.map(\.label), drawn: drawn) == [], "\(zoom)")
            #expect(recording.strokedPaths.contains { $0.color == chart.chrome.theme.text && $0.style.width >= 1.2 }, "members outlined")
            #expect(drawn.contains("Ngoài cụm"))
        }
    }

    // MARK: colour

    @Test("class colours stay apart for colour-blind readers: neighbouring classes and the context differ under simulated deficiencies")
    func coloursAreDistinguishable() throws {
        for theme in [Theme.colorblind, .conference, .print] {
            for count in 2...9 {
                for midpoint in [nil, 50.0] {
                    var edges = (0...count).map { Double($0) * 10 }
                    if midpoint != nil { edges = (0...count).map { 50 + Double($0 - count / 2) * 10 } }
                    let classes = MapClasses(edges: edges, midpoint: midpoint, rule: "")
                    let chart = MapChart(
                        chrome: ChartChrome(title: "", theme: theme), units: [], areas: [], edges: [], classes: classes,
                        words: .init(contextLabel: ""))
                    let colors = (0..<count).map(chart.classColor)
                    for vision in ColourVision.allCases {
                        for k in 1..<count {
                            let difference = ColourVision.difference(colors[k - 1], colors[k], seenWith: vision)
                            // Patterns tell the print theme's two sides of a midpoint apart, not greys.
                            let needed = theme == .print && midpoint != nil ? 0 : (theme == .colorblind ? 7.0 : (count <= 5 ? 12 : 5.5))
                            #expect(
                                difference >= needed,
                                "\(theme.name) \(count) classes\(midpoint == nil ? "" : " diverging"), \(vision): classes \(k - 1) and \(k) ΔE \(difference)")
                        }
                        if midpoint == nil {
                            #expect(
                                ColourVision.difference(colors[0], chart.contextColor, seenWith: vision) >= 9,
                                "\(theme.name): the lightest class against the context")
                        }
                    }
                }
            }
        }
    }
}

/// Colour difference as people with the common colour-vision deficiencies see it: Machado, Oliveira and
/// Fernandes' (2009) simulation at full severity, then CIE76 ΔE in L*a*b*.
enum ColourVision: CaseIterable {
    case normal, deuteranopia, protanopia, tritanopia

    private var matrix: [[Double]] {
        switch self {
        case .normal: return [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        case .deuteranopia: return [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .protanopia: return [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .tritanopia: return [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }

    static func difference(_ a: Color, _ b: Color, seenWith vision: ColourVision) -> Double {
        let la = lab(vision.simulate(a)), lb = lab(vision.simulate(b))
        return ((la.0 - lb.0) * (la.0 - lb.0) + (la.1 - lb.1) * (la.1 - lb.1) + (la.2 - lb.2) * (la.2 - lb.2)).squareRoot()
    }

    private static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    private func simulate(_ color: Color) -> [Double] {
        let rgb = [color.red, color.green, color.blue].map(Self.linear)
        return matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    private static func lab(_ linear: [Double]) -> (Double, Double, Double) {
        let x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047
        let y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        let z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? pow(t, 1.0 / 3) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }
}
