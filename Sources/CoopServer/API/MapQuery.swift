import CoopFigures

/// The map's own parameters, named as `coopchart chart map` names its options without the dashes:
/// `classes`, `class-rule`, `breaks`, `midpoint`, `growth`, `zoom`. Their values are checked where the
/// command checks them (the figure library), so the two refuse alike.
enum MapQuery {
    static let parameters: Set<String> = ["classes", "class-rule", "breaks", "midpoint", "growth", "zoom"]

    static func read(_ query: Query, into request: inout FigureRequest) throws(APIError) {
        if let classes = try query.number("classes") {
            guard let whole = Int(exactly: classes) else { throw APIError(.badRequest, "classes \(classes): give a whole number, 2 to 9", parameter: "classes") }
            request.classes = whole
        }
        if let rule = try query.value("class-rule") {
            guard let parsed = FigureRequest.ClassRule(rawValue: rule) else {
                throw APIError(.badRequest, "class-rule \"\(rule.prefix(40))\": use quantiles or nice", parameter: "class-rule")
            }
            request.classRule = parsed
        }
        request.breaks = try query.value("breaks").flatMap { $0.isEmpty ? nil : $0 }
        request.midpoint = try query.value("midpoint").flatMap { $0.isEmpty ? nil : $0 }
        request.growth = try query.flag("growth")
        if let zoom = try query.value("zoom") {
            guard let parsed = FigureRequest.Zoom(rawValue: zoom) else {
                throw APIError(.badRequest, "zoom \"\(zoom.prefix(40))\": use country or cluster", parameter: "zoom")
            }
            request.zoom = parsed
        }
    }
}
