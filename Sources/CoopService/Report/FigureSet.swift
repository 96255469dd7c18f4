import Foundation
import CoopCharts
import CoopReport
import CoopDocuments

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

    /// The figures of `request` in each of `formats`, then `figures.tex`, and with `word` `figures.docx`
    /// (every figure on its own page under its caption); rendered on all cores, in the same order whatever
    /// their number. The notes say which fonts were drawn with a stand-in, each once.
    public static func files(
        _ request: ReportRequest, formats: [OutputFormat], word: Bool = false, dpi: Double,
        documentDate: DocumentDate
    ) throws -> (files: [File], notes: [ServiceNote], figures: Int) {
        let figures = try ReportFigures(request).all(fitting: figureSize)
        let options = RenderOptions(width: figureSize.width, height: figureSize.height, pngScale: dpi / 72, documentDate: documentDate)
        let jobs = figures.flatMap { figure in formats.map { (figure, $0) } }
        let rendered: [RenderedFile]
        do {
            rendered = try ParallelWork.map(jobs.count) { index throws(CairoError) in
                try ChartRenderer.renderFile(jobs[index].0.chart, format: jobs[index].1, options: options)
            }
        } catch {
            throw OutputFailure(.figure, "\(error)")
        }
        var files = zip(jobs, rendered).map { job, file in File(name: "\(job.0.name).\(job.1.pathExtension)", bytes: file.bytes) }
        if !formats.isEmpty { files.append(File(name: "figures.tex", bytes: Array(latex(figures, preferred: formats).utf8))) }
        if word {
            var options = WordOptions(title: request.resolvedTitle, language: request.language, date: request.date, chartDate: documentDate)
            options.chartDPI = dpi
            let ratio = figureSize.height / figureSize.width
            do {
                files.append(File(name: "figures.docx", bytes: try WordDocument.figures(figures.map { ($0.caption, $0.chart, ratio) }, options: options)))
            } catch {
                throw OutputFailure(.wordReport, "\(error)")
            }
        }
        return (files, FontNotes.notes(rendered.flatMap(\.fonts)), figures.count)
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
