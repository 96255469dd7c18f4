import ArgumentParser
import CoopAnalytics
import CoopCharts
import CoopFigures

/// What every chart command does: read the data, have the figure library draw the figure (checked to
/// be complete at the requested size, as the browser app draws it), and write it atomically.
enum FigureRun {
    static func draw(_ request: FigureRequest, data: DataOptions, rendering: RenderingOptions) throws {
        try Diagnostics.reportingErrors {
            let format = try rendering.format()
            let (dataset, cluster) = try data.load(year: request.year, indicator: request.indicators.first ?? request.x,
                                                   indicatorOption: request.kind == .scatter ? "--x" : "--indicator")
            var request = request
            request.language = data.lang
            request.theme = try rendering.drawing.resolvedTheme()
            let options = try rendering.drawing.renderOptions()
            let file: RenderedFile
            do {
                file = try FigureRendering.file(request, from: FigureData(dataset: dataset, cluster: cluster), format: format, options: options)
            } catch let failure as FigureRendering.DrawingFailure {
                throw InputError(file: rendering.output, message: "drawing failed: \(failure); nothing was written")
            }
            ChartRendering.tellFonts(file)
            try AtomicFile.write(file.bytes, to: rendering.output, inputs: data.files, force: rendering.overwrite.force)
        }
    }
}
