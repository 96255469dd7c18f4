import CoopAnalytics
import CoopCharts
import CoopFormatting

/// Renders a figure for a file, after making sure the drawing is complete: every name and value the
/// chart promises (`Chart.requiredLabels`) is drawn whole at the requested size. A layout that cannot
/// hold them all is an error naming what would fit, never a silent drop.
public enum FigureRendering {
    /// The labels of `chart` that are not drawn whole on a canvas of `options`.
    public static func missingLabels(_ chart: any Chart, options: RenderOptions) throws -> [String] {
        let required = chart.requiredLabelChoices
        guard !required.isEmpty else { return [] }
        let recording = try RecordingBackend()
        chart.draw(on: recording, size: options.size, fontFamily: options.fontFamily)
        return Completeness.missing(choices: required, drawn: recording.texts.map(\.text))
    }

    /// The page presets on which `chart` draws complete (for the error's suggestion).
    public static func sizesThatFit(_ chart: any Chart, options: RenderOptions) -> [PageSize] {
        PageSize.allCases.filter { preset in
            var trial = options
            trial.width = preset.size.width
            trial.height = preset.size.height
            return (try? missingLabels(chart, options: trial).isEmpty) ?? false
        }
    }

    /// Paper larger than every preset, tried when no preset holds the chart: A3 and A2, upright and lying.
    static let largerPapers: [(name: String, width: Double, height: Double)] = [
        ("A3", 297, 420), ("A3", 420, 297), ("A2", 420, 594), ("A2", 594, 420),
    ]

    /// The first larger paper (in millimetres) on which `chart` draws complete, when no preset does.
    public static func largerSizeThatFits(_ chart: any Chart, options: RenderOptions) -> (name: String, width: Double, height: Double)? {
        largerPapers.first { paper in
            var trial = options
            trial.width = Length.millimetres(paper.width).points
            trial.height = Length.millimetres(paper.height).points
            return (try? missingLabels(chart, options: trial).isEmpty) ?? false
        }
    }

    /// Throws when the drawing would leave out a required label, naming how many, the first few, and
    /// the sizes that hold them all.
    public static func checkComplete(_ chart: any Chart, options: RenderOptions) throws {
        try checkComplete(chart, missing: try missingLabels(chart, options: options), options: options)
    }

    /// As `checkComplete(_:options:)`, for a chart already laid out: its recording's texts are checked.
    public static func checkComplete(_ layout: LaidOutChart, options: RenderOptions) throws {
        let required = layout.chart.requiredLabelChoices
        let missing = required.isEmpty ? [] : Completeness.missing(choices: required, drawn: layout.drawnTexts)
        try checkComplete(layout.chart, missing: missing, options: options)
    }

    private static func checkComplete(_ chart: any Chart, missing: [String], options: RenderOptions) throws {
        guard !missing.isEmpty else { return }
        let total = chart.requiredLabelChoices.count
        var distinct: [String] = []
        for label in missing where !distinct.contains(label) { distinct.append(label) }
        let first = distinct.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
        let shown = first + (distinct.count > 5 ? " and \(distinct.count - 5) more" : "")
        let shownVi = first + (distinct.count > 5 ? " và \(distinct.count - 5) tên khác" : "")
        let fitting = sizesThatFit(chart, options: options)
        let advice: String, adviceVi: String
        if !fitting.isEmpty {
            let sizes = fitting.map(\.rawValue)
            advice = "give \(option: .size) \(sizes.joined(separator: " or ")), or draw fewer provinces"
            adviceVi = "hãy chọn \(option: .size) \(sizes.joined(separator: " hoặc ")), hoặc vẽ ít tỉnh hơn"
        } else if let paper = largerSizeThatFits(chart, options: options) {
            advice =
                "no preset size holds them all: give \(option: .width) \(Int(paper.width))mm \(option: .height) \(Int(paper.height))mm (\(paper.name)), "
                + "or draw fewer provinces (\(option: .province) or \(option: .cluster))"
            adviceVi =
                "không khổ có sẵn nào chứa đủ: hãy chọn \(option: .width) \(Int(paper.width))mm \(option: .height) \(Int(paper.height))mm (\(paper.name)), "
                + "hoặc vẽ ít tỉnh hơn (\(option: .province) hoặc \(option: .cluster))"
        } else {
            advice = "not even A2 paper holds them all: draw fewer provinces (\(option: .province) or \(option: .cluster))"
            adviceVi = "khổ A2 cũng không chứa đủ: hãy vẽ ít tỉnh hơn (\(option: .province) hoặc \(option: .cluster))"
        }
        throw InputError(
            parameter: .size,
            message: "at \(Int(options.width))×\(Int(options.height)) pt, \(missing.count) of the \(total) names and values "
                + "this chart must show do not fit (\(shown)); nothing is left out silently: \(advice)",
            vietnamese: "ở khổ \(Int(options.width))×\(Int(options.height)) pt, \(missing.count) trong \(total) tên và giá trị "
                + "biểu đồ phải ghi không vừa (\(shownVi)); không bỏ sót gì một cách lặng lẽ: \(adviceVi)")
    }

    /// A drawing that failed in the backend (Cairo), kept apart from the request's own errors so a front
    /// end can say where nothing was written.
    public struct DrawingFailure: Error, Sendable, CustomStringConvertible {
        public let underlying: CairoError
        public var description: String { "\(underlying)" }
    }

    /// The file for `request`, as every front end draws it: the figure from the library, checked to be
    /// complete at the size of `options`, rendered in `format`. The CLI's `coopchart chart KIND` and the
    /// browser app's chart route both call this, so the same options give the same bytes.
    public static func file(_ request: FigureRequest, from data: FigureData, format: OutputFormat, options: RenderOptions) throws -> RenderedFile {
        let figure = try Figures.make(request, from: data)
        // Laid out once: the recording that is checked is the one drawn into the file.
        let layout: LaidOutChart
        do {
            layout = try LaidOutChart(figure.chart, options: options)
        } catch {
            throw DrawingFailure(underlying: error)
        }
        try checkComplete(layout, options: options)
        do {
            return try ChartRenderer.renderFile(layout, format: format, options: options)
        } catch {
            throw DrawingFailure(underlying: error)
        }
    }
}
