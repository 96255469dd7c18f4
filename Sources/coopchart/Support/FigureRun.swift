import ArgumentParser
import CoopAnalytics
import CoopCharts
import CoopFigures

/// What every chart command does: read the data, ask the figure library for the figure, check that
/// it draws complete at the requested size, render it, and write it atomically.
enum FigureRun {
    static func draw(_ request: FigureRequest, data: DataOptions, rendering: RenderingOptions) throws {
        try Diagnostics.reportingErrors {
            let format = try rendering.format()
            let (dataset, cluster) = try data.load(year: request.year, indicator: request.indicators.first ?? request.x)
            var request = request
            request.language = data.lang
            request.theme = try rendering.drawing.resolvedTheme()
            let figure = try Figures.make(request, from: FigureData(dataset: dataset, cluster: cluster))
            let options = try rendering.drawing.renderOptions()
            try FigureRendering.checkComplete(figure.chart, options: options)
            let bytes = try ChartRendering.render(figure.chart, format: format, options: options, path: rendering.output)
            try AtomicFile.write(bytes, to: rendering.output, inputs: data.files, force: rendering.overwrite.force)
        }
    }
}
