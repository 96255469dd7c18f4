import ArgumentParser
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopService

/// What every chart command does: its options become the operation's request (`ChartRequest`), the data is
/// read and prepared, `ChartOperation` draws it (checked to be complete at the requested size, as the
/// browser app draws it), and the file is written atomically.
enum FigureRun {
    static func draw(_ figure: FigureRequest, data: DataOptions, rendering: RenderingOptions) throws {
        try Diagnostics.reportingErrors(output: rendering.output) {
            var figure = figure
            figure.language = data.lang
            let request = try ChartRequest(figure, drawing: try rendering.drawing.drawingSettings(), format: try rendering.format())
            try request.check()
            let prepared = try data.prepare(
                year: figure.year, indicator: figure.indicators.first ?? figure.x,
                indicatorOption: figure.kind == .scatter ? "--x" : "--indicator")
            let result = try ChartOperation.draw(request, data: prepared, documentDate: try ReproducibleDate.current())
            // The data's notes were printed as it was prepared; what drawing adds (fonts) is printed now.
            Diagnostics.notes(result.notes.filter { !prepared.notes.contains($0) })
            try AtomicFile.write(result.file.bytes, to: rendering.output, inputs: data.files, force: rendering.overwrite.force)
        }
    }
}
