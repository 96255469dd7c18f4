/// A chart laid out once, into a recording: what it draws can be checked (every name and value whole)
/// and the same recording then drawn in any format (`ChartRenderer.renderFile(_:format:options:)`), so
/// the file is the drawing that was checked and the layout is not done twice. Text is measured with
/// unhinted metrics on every surface, so a layout recorded at one scale is the layout of every other.
public final class LaidOutChart {
    public let chart: any Chart
    let recording: RecordingBackend

    /// Lays `chart` out at the size and in the family of `options`.
    public init(_ chart: any Chart, options: RenderOptions) throws(CairoError) {
        self.chart = chart
        recording = try Self.record(chart, options: options, replacements: [:])
    }

    /// Every text drawn, in drawing order.
    public var drawnTexts: [String] { recording.texts.map(\.text) }

    static func record(_ chart: any Chart, options: RenderOptions, replacements: [FontFamily: String]) throws(CairoError) -> RecordingBackend {
        let recording = try RecordingBackend(replacements: replacements)
        chart.draw(on: recording, size: options.size, fontFamily: options.fontFamily)
        return recording
    }
}
