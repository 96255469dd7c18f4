import Foundation
import CoopAnalytics
import CoopCharts
import CoopFigures

/// A dataset read from CSV text, as if from the file `name`.
func figureData(_ csv: String, cluster: Cluster? = nil, file name: String = "test.csv") throws -> FigureData {
    var dataset = Dataset()
    try DatasetReader().read(bytes: Array(csv.utf8), file: name, into: &dataset)
    return FigureData(dataset: dataset, cluster: cluster)
}

/// The error a figure request raises, as the user reads it.
func figureError(_ request: FigureRequest, _ data: FigureData) -> String? {
    do { _ = try Figures.make(request, from: data); return nil } catch { return commandLineText(error) }
}

/// An error as the command line prints it: a setting it is about or mentions named as its option (`--year`).
func commandLineText(_ error: Error) -> String {
    guard let error = error as? InputError else { return String(describing: error) }
    let message = error.message(in: .en) { "--" + $0.rawValue }
    if let parameter = error.parameter { return "--\(parameter.rawValue): \(message)" }
    let location = FileLocation.describe(file: error.file, line: error.line)
    return error.field.map { "\(location): \($0): \(message)" } ?? "\(location): \(message)"
}

/// Every text the chart draws on a slide, in drawing order.
func drawnTexts(_ chart: any Chart, size: Size = Size(width: 960, height: 540)) throws -> [String] {
    let recording = try RecordingBackend()
    chart.draw(on: recording, size: size)
    return recording.texts.map(\.text)
}
