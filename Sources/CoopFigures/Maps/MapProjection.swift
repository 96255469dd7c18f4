import Foundation
import CoopCharts

/// The projection of every map: Albers equal-area conic on the sphere, standard parallels 10° N and 21° N,
/// central meridian 106° E, origin 15° N, chosen once for Vietnam's extent (7°–23,4° N with the
/// archipelagos). Equal-area, so a province's share of the page is its share of the country, as a
/// choropleth's reader assumes; the two standard parallels at a sixth of the way in from each end keep
/// shapes within about 2 % over the whole extent. Plane units are Earth radii.
enum MapProjection {
    static let firstParallel = 10.0, secondParallel = 21.0, centralMeridian = 106.0, origin = 15.0

    private static let radians = Double.pi / 180
    private static let n = (sin(firstParallel * radians) + sin(secondParallel * radians)) / 2
    private static let c = cos(firstParallel * radians) * cos(firstParallel * radians) + 2 * n * sin(firstParallel * radians)
    private static let rho0 = (c - 2 * n * sin(origin * radians)).squareRoot() / n

    /// The plane point of `point` (x east, y north).
    static func project(_ point: GeoPoint) -> MapPoint {
        let rho = (c - 2 * n * sin(point.latitude * radians)).squareRoot() / n
        let theta = n * (point.longitude - centralMeridian) * radians
        return MapPoint(x: rho * sin(theta), y: rho0 - rho * cos(theta))
    }
}
