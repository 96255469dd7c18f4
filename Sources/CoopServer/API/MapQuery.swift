import CoopFigures
import CoopService

/// The map's own parameters, named as `coopchart chart map` names its options without the dashes:
/// `classes`, `class-rule`, `breaks`, `midpoint`, `growth`, `zoom`. Their values are checked where the
/// command checks them (the figure library), so the two refuse alike.
enum MapQuery {
    static let parameters: Set<String> = ["classes", "class-rule", "breaks", "midpoint", "growth", "zoom"]

    static func read(_ query: Query, into map: inout ChartRequest.MapSettings) throws {
        if let classes = try query.number("classes") {
            guard let whole = Int(exactly: classes) else {
                throw APIError(
                    .badRequest, "classes \(classes): give a whole number, 2 to 9", vietnamese: "classes \(classes): hãy ghi một số nguyên từ 2 đến 9",
                    parameter: .classes)
            }
            map.classes = whole
        }
        if let rule = try query.value("class-rule") {
            guard let parsed = FigureRequest.ClassRule(rawValue: rule) else {
                throw APIError(
                    .badRequest, "class-rule \"\(rule.prefix(40))\": use quantiles or nice",
                    vietnamese: "class-rule \"\(rule.prefix(40))\": hãy dùng quantiles hoặc nice", parameter: .classRule)
            }
            map.classRule = parsed
        }
        map.breaks = try query.value("breaks").flatMap { $0.isEmpty ? nil : $0 }
        map.midpoint = try query.value("midpoint").flatMap { $0.isEmpty ? nil : $0 }
        map.growth = try query.flag("growth")
        if let zoom = try query.value("zoom") {
            guard let parsed = FigureRequest.Zoom(rawValue: zoom) else {
                throw APIError(
                    .badRequest, "zoom \"\(zoom.prefix(40))\": use country or cluster",
                    vietnamese: "zoom \"\(zoom.prefix(40))\": hãy dùng country hoặc cluster", parameter: .zoom)
            }
            map.zoom = parsed
        }
    }
}
