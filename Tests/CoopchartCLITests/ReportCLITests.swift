import CoopTestSupport
import Foundation
import Testing

/// The conference report and the embeddable figures, read back by poppler, qpdf and pdflatex.
@Suite(.serialized) struct ReportCLITests {
    static let data = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"].map { CoopchartProcess.samples.appendingPathComponent($0).path }
    static let scheme = CoopchartProcess.samples.appendingPathComponent("scheme-dbsh-2017.yaml").path

    private func report(_ extra: [String], in folder: URL, name: String = "report.pdf") throws -> URL {
        let out = folder.appendingPathComponent(name)
        let run = try CoopchartProcess.run(["report"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "-o", out.path] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    @Test func theReportIsAValidA4PDFWithEmbeddedFontsAndNoType3() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try report([], in: folder)
        let info = try ChildProcess.tool("pdfinfo", [pdf.path])
        #expect(info.output.contains("Page size:       595.276 x 841.89 pts (A4)"))
        let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { Int($0.split(separator: " ").last!)! } ?? 0
        #expect(pages >= 12)
        // The cluster's title without a stale year, the period named once.
        #expect(info.output.contains("Title:           Báo cáo tổng kết Cụm thi đua Đồng bằng sông Hồng năm 2017\n"))
        #expect(!info.output.contains("CreationDate"), "no timestamp without --date or SOURCE_DATE_EPOCH")
        let fonts = try ChildProcess.tool("pdffonts", [pdf.path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(" yes yes ") && !$0.contains("Type 3") })
        #expect(try ChildProcess.tool("qpdf", ["--check", pdf.path]).status == 0)
        #expect(try Data(contentsOf: pdf).range(of: Data("/Outlines".utf8)) != nil, "bookmarks")
    }

    @Test func theGeneratedSentencesCarryExactVietnameseNumbersAndNFCNames() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try report([], in: folder)
        let text = try ChildProcess.tool("pdftotext", ["-raw", pdf.path, "-"]).output
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Năm 2017, toàn cụm thành lập mới 206 HTX, trong đó Quảng Ninh dẫn đầu với 86 HTX (41,7%)."))
        #expect(flat.contains("Toàn cụm có 4.139 HTX với 2.425.931 thành viên, 7.811 tổ hợp tác và 373 quỹ tín dụng nhân dân."))
        // Points print one way everywhere: rounded to 2 decimals, trailing zeros dropped.
        #expect(flat.contains("Quảng Ninh đứng đầu với 74,1 điểm"))
        for name in ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Quảng Ninh"] {
            #expect(text.unicodeScalars.map(\.value).contains(subsequence: name.unicodeScalars.map(\.value)), "\(name) in NFC")
        }
    }

    @Test func theReportIsByteIdenticalFromRunToRun() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Data(contentsOf: report([], in: folder, name: "a.pdf"))
        let second = try Data(contentsOf: report([], in: folder, name: "b.pdf"))
        #expect(first == second)
        let dated = try report(["--date", "2017-12-15", "--organisation", "Liên minh HTX tỉnh Ninh Bình"], in: folder, name: "c.pdf")
        let info = try ChildProcess.tool("pdfinfo", [dated.path]).output
        #expect(info.contains("Author:          Liên minh HTX tỉnh Ninh Bình"))
        #expect(info.contains("2017"))
    }

    @Test func theEnglishReportUsesEnglishNumbersAndA4Landscape() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try report(["--lang", "en", "--size", "a4-landscape"], in: folder)
        #expect(try ChildProcess.tool("pdfinfo", [pdf.path]).output.contains("841.89 x 595.276 pts"))
        let flat = try ChildProcess.tool("pdftotext", ["-raw", pdf.path, "-"]).output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("In 2017, the cluster founded 206 new cooperatives; Quảng Ninh led with 86 (41.7%)."))
    }

    @Test func aReportToANonPDFPathIsRefusedAndWritesNothing() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.png")
        let run = try CoopchartProcess.run(["report"] + Self.data + ["--scheme", Self.scheme, "-o", out.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains(".pdf"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func everyFigureEmbedsInALaTeXDocument() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let figures = folder.appendingPathComponent("figures")
        let run = try CoopchartProcess.run(["figures"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "--out", figures.path])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: figures.path)
        // Files are named for their content and period; a profile for its province.
        #expect(
            names.contains("new-htx-2017.pdf") && names.contains("scorecard-2017.svg") && names.contains("robustness-2017.eps")
                && names.contains("profile-ha-nam-2017.png") && names.contains("figures.tex"), "\(names.sorted())")
        let png = try ChildProcess.tool("file", [figures.appendingPathComponent("scorecard-2017.png").path]).output
        #expect(png.contains("PNG image data, 1890 x 1181"), "160 × 100 mm at 300 dpi: \(png)")
        for name in names where name.hasSuffix(".pdf") {
            let fonts = try ChildProcess.tool("pdffonts", [figures.appendingPathComponent(name).path]).output
            #expect(!fonts.contains("Type 3"), "\(name)")
        }
        let document = """
            \\documentclass{article}
            \\usepackage{graphicx}
            \\graphicspath{{figures/}}
            \\begin{document}
            \\input{figures/figures.tex}
            \\end{document}
            """
        try Data(document.utf8).write(to: folder.appendingPathComponent("doc.tex"))
        let latex = try ChildProcess.tool("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"], in: folder)
        #expect(latex.status == 0, "\(latex.output.suffix(2000))")
        let text = try ChildProcess.tool("pdftotext", [folder.appendingPathComponent("doc.pdf").path, "-"]).output
        #expect(text.contains("Quảng Ninh"))
        #expect(text.contains("Hải Dương"))
        #expect(text.contains("Chấm điểm thi đua Cụm ĐBSH năm 2017"))
    }
}

extension Array where Element: Equatable {
    func contains(subsequence: [Element]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return subsequence.isEmpty }
        return (0...(count - subsequence.count)).contains { self[$0..<($0 + subsequence.count)].elementsEqual(subsequence) }
    }
}
