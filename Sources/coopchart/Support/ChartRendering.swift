import CoopAnalytics
import CoopCharts
import CoopService

/// Renders a chart the commands draw outside the chart operation (the demo's gallery), reporting a drawing
/// failure against the output path like any other error, and telling on stderr which face each font became.
enum ChartRendering {
    static func render(_ chart: some Chart, format: OutputFormat, options: RenderOptions, path: String) throws -> [UInt8] {
        let file: RenderedFile
        do {
            file = try ChartRenderer.renderFile(chart, format: format, options: options)
        } catch {
            throw InputError(file: path, message: "drawing failed: \(error); nothing was written")
        }
        Diagnostics.notes(FontNotes.notes(file))
        return file.bytes
    }
}
