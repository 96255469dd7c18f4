import CoopAnalytics
import CoopCharts

/// Renders a chart, reporting a drawing failure against the output path like any other error.
enum ChartRendering {
    static func render(_ chart: some Chart, format: OutputFormat, options: RenderOptions, path: String) throws -> [UInt8] {
        do {
            return try ChartRenderer.render(chart, format: format, options: options)
        } catch {
            throw InputError(file: path, message: "drawing failed: \(error); nothing was written")
        }
    }
}
