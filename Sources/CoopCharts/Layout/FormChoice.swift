/// A chart that cannot keep every label in its first form changes form visibly (rows instead of columns,
/// panels side by side, numbered points with a key) rather than dropping a name. Each form is laid out on
/// a copy of the scene; the first whose drawing holds every required label wins. When none does, the form
/// that misses the fewest is kept, and the chart's completeness check names what is missing.
enum FormChoice {
    /// The scene of the first complete form, tried in order of preference.
    static func first(from start: SceneBuilder, required: [String], forms: [(inout SceneBuilder) -> Void]) -> SceneBuilder {
        var best: (builder: SceneBuilder, missing: Int)?
        for form in forms {
            var trial = start
            form(&trial)
            let missing = trial.missing(required).count
            if missing == 0 { return trial }
            if best == nil || missing < best!.missing { best = (trial, missing) }
        }
        return best?.builder ?? start
    }
}

extension SceneBuilder {
    /// Every text placed so far, in drawing order.
    var drawnTexts: [String] {
        scene.marks.compactMap { mark in
            if case let .text(text, _, _, _) = mark { return text.string }
            return nil
        }
    }

    /// The labels of `required` that the scene so far does not spell out whole.
    func missing(_ required: [String]) -> [String] {
        Completeness.missing(required, drawn: drawnTexts)
    }
}
