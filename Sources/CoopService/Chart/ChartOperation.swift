import CoopAnalytics
import CoopCharts
import CoopFigures

/// A chart drawn for a request: the file, and the notes to read beside it (figures left out of the
/// cluster, a restated cluster, a font drawn with its stand-in).
public struct ChartResult: Sendable {
    public let file: RenderedFile
    public let notes: [ServiceNote]
}

/// Something that failed while drawing or writing a file (Cairo, libxlsxwriter, the Word writer), kept
/// apart from the request's own errors: the request was right, and nothing was written or sent.
public struct OutputFailure: Error, Sendable, CustomStringConvertible {
    public enum What: String, Sendable { case chart, figure, report, wordReport, workbook, archive }
    public let what: What
    public let reason: String

    public init(_ what: What, _ reason: String) {
        self.what = what
        self.reason = reason
    }

    public var description: String {
        switch what {
        case .chart: return "drawing failed: \(reason)"
        case .figure: return "drawing a figure failed: \(reason)"
        case .report: return "drawing the report failed: \(reason)"
        case .wordReport: return "writing the Word report failed: \(reason)"
        case .workbook: return "writing the workbook failed: \(reason)"
        case .archive: return "making the archive failed: \(reason)"
        }
    }
}

/// Drawing a chart: the one operation behind `coopchart chart KIND` and the browser app's chart route,
/// so the same request gives the same bytes from both.
public enum ChartOperation {
    /// The chart of `request` over `data`, checked to draw every name and value at its size.
    public static func draw(_ request: ChartRequest, data: PreparedData, documentDate: DocumentDate) throws -> ChartResult {
        try request.check()
        let options = request.drawing.renderOptions(documentDate: documentDate)
        let file: RenderedFile
        do {
            file = try FigureRendering.file(
                request.figure, from: FigureData(dataset: data.dataset, cluster: data.cluster), format: request.format,
                options: options)
        } catch let failure as FigureRendering.DrawingFailure {
            throw OutputFailure(.chart, failure.description)
        }
        var notes = NoteList(data.notes)
        notes.add(FontNotes.notes(file))
        return ChartResult(file: file, notes: notes.notes)
    }
}
