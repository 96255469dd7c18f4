import Foundation

/// The 63 provinces' outlines carried in the binary (`Embedded/map/vietnam-provinces-63.topo.json`, MIT
/// licence, see `MapCredits`), read once per process with Foundation's JSONDecoder: the shared arcs in
/// longitude/latitude, and each province's polygons as rings of arc references, as TopoJSON stores them.
struct ProvinceOutlines: Sendable {
    /// A province's outline: its statistics code and name, and polygons → rings → arc references
    /// (`k` is arc k forwards, `~k` arc k backwards).
    struct Outline: Sendable {
        let code: String
        let name: String
        let polygons: [[[Int]]]
    }

    /// Each arc as longitude/latitude points.
    let arcs: [[GeoPoint]]
    let outlines: [Outline]

    /// The bundled outlines, decoded on first use and kept for the life of the process.
    static let bundled: ProvinceOutlines = {
        guard let bytes = EmbeddedFiles.bytes(MapCredits.outlinesPath) else {
            preconditionFailure("the province outlines are part of the program (Embedded/\(MapCredits.outlinesPath))")
        }
        do {
            return try ProvinceOutlines(topoJSON: Data(bytes))
        } catch {
            preconditionFailure("the bundled province outlines must decode: \(error)")
        }
    }()

    /// Decodes a TopoJSON topology with one `provinces` collection of Polygon and MultiPolygon geometries.
    init(topoJSON data: Data) throws {
        let topology = try JSONDecoder().decode(Topology.self, from: data)
        guard let collection = topology.objects["provinces"] else { throw OutlineError.missing("objects.provinces") }
        let scale = topology.transform?.scale ?? [1, 1], translate = topology.transform?.translate ?? [0, 0]
        guard scale.count == 2, translate.count == 2 else { throw OutlineError.missing("transform.scale and transform.translate with two numbers") }
        // Quantized topologies store each arc's first position absolutely and the rest as deltas.
        arcs = topology.arcs.map { arc in
            var x = 0.0, y = 0.0
            return arc.map { position in
                if topology.transform != nil {
                    x += position[0]; y += position[1]
                    return GeoPoint(longitude: x * scale[0] + translate[0], latitude: y * scale[1] + translate[1])
                }
                return GeoPoint(longitude: position[0], latitude: position[1])
            }
        }
        outlines = try collection.geometries.map { geometry in
            guard let code = geometry.properties?.code, let name = geometry.properties?.name else {
                throw OutlineError.missing("properties.code and properties.name")
            }
            let polygons: [[[Int]]]
            switch geometry.type {
            case "Polygon": polygons = [try geometry.arcs.rings()]
            case "MultiPolygon": polygons = try geometry.arcs.polygons()
            default: throw OutlineError.missing("Polygon or MultiPolygon geometries (found \(geometry.type))")
            }
            return Outline(code: code, name: name, polygons: polygons)
        }
        let count = arcs.count
        for outline in outlines {
            for ring in outline.polygons.joined() {
                for reference in ring where !(0..<count).contains(reference < 0 ? ~reference : reference) {
                    throw OutlineError.missing("arc \(reference) of \(outline.name), which the topology does not have")
                }
            }
        }
    }

    enum OutlineError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self {
            case let .missing(what): return "the TopoJSON has no \(what)"
            }
        }
    }

    // The TopoJSON members read; everything else in the file is ignored.
    private struct Topology: Decodable {
        struct Transform: Decodable { let scale: [Double]; let translate: [Double] }
        struct Collection: Decodable { let geometries: [Geometry] }
        let transform: Transform?
        let objects: [String: Collection]
        let arcs: [[[Double]]]
    }

    private struct Geometry: Decodable {
        struct Properties: Decodable { let code: String?; let name: String? }
        let type: String
        let arcs: NestedReferences
        let properties: Properties?
    }

    /// Arc references nested two deep (a Polygon's rings) or three (a MultiPolygon's polygons).
    private enum NestedReferences: Decodable {
        case rings([[Int]])
        case polygons([[[Int]]])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let polygons = try? container.decode([[[Int]]].self) {
                self = .polygons(polygons)
            } else {
                self = .rings(try container.decode([[Int]].self))
            }
        }

        func rings() throws -> [[Int]] {
            switch self {
            case let .rings(rings): return rings
            case let .polygons(polygons): return polygons.count == 1 ? polygons[0] : polygons.flatMap { $0 }
            }
        }

        func polygons() throws -> [[[Int]]] {
            switch self {
            case let .polygons(polygons): return polygons
            case let .rings(rings): return [rings]
            }
        }
    }
}

/// A position on the globe, in degrees.
struct GeoPoint: Sendable, Hashable {
    var longitude: Double
    var latitude: Double
}

/// The work a process does once before its first map, for `coopchart-bench` to time: the embedded TopoJSON
/// decoded and every arc and outline projected afresh (the maps then share the result for the process's life).
public enum MapOutlineLoading {
    /// Decodes and projects the outlines; returns the number of projected points.
    public static func decodeAndProject() throws -> Int {
        guard let bytes = EmbeddedFiles.bytes(MapCredits.outlinesPath) else { return 0 }
        let projected = ProjectedOutlines(try ProvinceOutlines(topoJSON: Data(bytes)))
        return projected.arcs.map(\.count).reduce(0, +)
    }
}
