import Foundation
import CoopCharts
import CoopReport

/// Every figure of the report as its own file, sized for other documents, with the LaTeX snippet that
/// includes them: what `coopchart figures` writes into a folder and the browser app puts in a ZIP.
public enum FigureSet {
    /// 160 × 100 mm: a full text width in an A4 document at a readable type size.
    public static let figureSize = Size(width: 160 / 25.4 * 72, height: 100 / 25.4 * 72)

    /// One file of the set: its name in the folder and its bytes.
    public struct File: Sendable {
        public let name: String
        public let bytes: [UInt8]
    }

    /// The figures of `request` in each of `formats`, then `figures.tex`; rendered on all cores, in the
    /// same order whatever their number. A drawing that fails throws `FigureSetDrawingFailure`.
    public static func files(_ request: ReportRequest, formats: [OutputFormat], dpi: Double, documentDate: DocumentDate) throws -> [File] {
        let figures = try ReportFigures(request).all
        let options = RenderOptions(width: figureSize.width, height: figureSize.height, pngScale: dpi / 72, documentDate: documentDate)
        let jobs = figures.flatMap { figure in formats.map { (figure, $0) } }
        let rendered: [[UInt8]]
        do {
            rendered = try ParallelWork.map(jobs.count) { index throws(CairoError) in try ChartRenderer.render(jobs[index].0.chart, format: jobs[index].1, options: options) }
        } catch {
            throw FigureSetDrawingFailure(underlying: error)
        }
        var files = zip(jobs, rendered).map { job, bytes in File(name: "\(job.0.name).\(job.1.pathExtension)", bytes: bytes) }
        files.append(File(name: "figures.tex", bytes: Array(latex(figures, preferred: formats).utf8)))
        return files
    }

    /// `\includegraphics` for every figure, PDF preferred (vector, embedded fonts). Each figure carries its
    /// own title, so the caption is left as a comment: Vietnamese captions need XeLaTeX, LuaLaTeX or
    /// the vntex package, and this snippet must compile under plain pdflatex too.
    public static func latex(_ figures: [ReportFigures.ReportFigure], preferred: [OutputFormat]) -> String {
        let ext = preferred.contains(.pdf) ? "pdf" : (preferred.contains(.png) ? "png" : preferred.first?.pathExtension ?? "pdf")
        var text = """
        % coopchart figures. In the preamble: \\usepackage{graphicx} and \\graphicspath{{figures/}} (this folder).
        % Then \\input{figures/figures.tex}, or copy the blocks you need. Each figure has its title drawn in it;
        % to add a caption in Vietnamese, compile with XeLaTeX or LuaLaTeX (or load vntex) and uncomment it.

        """
        for figure in figures {
            let caption = figure.caption.replacingOccurrences(of: "\n", with: " ")
            text += """
            \\begin{figure}[htbp]
              \\centering
              \\includegraphics[width=\\linewidth]{\(figure.name).\(ext)}
              % \\caption{\(caption)}
              \\label{fig:\(figure.name)}
            \\end{figure}

            """
        }
        return text
    }
}

/// A figure of the set that failed to draw (Cairo), so the front end can say that nothing was written.
public struct FigureSetDrawingFailure: Error, Sendable, CustomStringConvertible {
    public let underlying: CairoError
    public var description: String { "\(underlying)" }
}
