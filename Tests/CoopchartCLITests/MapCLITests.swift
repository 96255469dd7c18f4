import CoopTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `coopchart chart map` as an office runs it: the national samples in every format, a file written the
/// Vietnamese way with provinces missing and estimates, the licence of the outlines, refusals that write
/// nothing, and a map page in the report and in `figures`.
@Suite struct MapCLITests {
    static let national2024 = CoopchartProcess.samples.appendingPathComponent("national-2024-illustrative.csv").path
    static let national2026 = CoopchartProcess.samples.appendingPathComponent("national-2026-illustrative.csv").path
    static let dbsh = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"].map { CoopchartProcess.samples.appendingPathComponent($0).path }
    static let archipelagos = ["Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)"]

    /// Runs `arguments` writing FILE in a fresh folder and hands the run and the file's URL to `check`.
    private func draw(_ arguments: [String], into file: String, _ check: (CoopchartProcess.Result, URL) throws -> Void) throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent(file)
        try check(try CoopchartProcess.run(arguments + ["-o", out.path]), out)
    }

    /// The PDF's text, as poppler reads it.
    private func pdfText(_ url: URL) throws -> String {
        try ChildProcess.tool("pdftotext", [url.path, "-"]).output
    }

    @Test("the 63-province map of the sample as PDF names every province and both archipelagos, with fonts embedded")
    func nationalPDF() throws {
        try draw(["chart", "map", Self.national2024, "--indicator", "htx", "--year", "2024", "--size", "a4"], into: "map.pdf") { run, out in
            #expect(run.status == 0, "\(run.stderr)")
            let text = try pdfText(out)
            for name in ["Hà Nội", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Huế", "Cà Mau", "Hà Giang"] + Self.archipelagos {
                #expect(text.contains(name), "\(name) is not in the PDF's text")
            }
            let fonts = try ChildProcess.tool("pdffonts", [out.path]).output
            #expect(!fonts.contains("Type 3"), "\(fonts)")
            #expect(try ChildProcess.tool("qpdf", ["--check", out.path]).status == 0)
        }
    }

    @Test("the 34-unit map in PNG, SVG and EPS, English, print theme, at the slide, A4 and A5 sizes", arguments: ["png", "svg", "eps"])
    func nationalFormats(format: String) throws {
        for size in ["slide", "a4", "a5"] {
            try draw(
                ["chart", "map", Self.national2026, "--indicator", "new_htx", "--year", "2026", "--size", size, "--lang", "en", "--theme", "print"],
                into: "map.\(format)"
            ) { run, out in
                #expect(run.status == 0, "\(size): \(run.stderr)")
                let bytes = try Data(contentsOf: out)
                switch format {
                case "png":
                    let image = try DecodedImage(png: [UInt8](bytes))
                    #expect(image.width > 800 && image.distinctColorCount > 20)
                case "svg":
                    let parser = XMLParser(data: bytes)
                    #expect(parser.parse(), "\(size): the SVG is not well-formed XML")
                default:
                    #expect(String(decoding: bytes.prefix(20), as: UTF8.self).hasPrefix("%!PS-Adobe"))
                }
            }
        }
    }

    @Test(
        "a cluster's map zoomed to its members, with the locator naming both archipelagos, at every preset",
        arguments: ["new_htx", "htx", "members"])
    func zoomedToTheCluster(indicator: String) throws {
        for size in ["slide", "a4", "a4-landscape", "a5"] {
            try draw(
                ["chart", "map"] + Self.dbsh + ["--indicator", indicator, "--year", "2017", "--cluster", "dbsh-2017", "--zoom", "cluster", "--size", size],
                into: "map.pdf"
            ) { run, out in
                #expect(run.status == 0, "\(indicator) at \(size): \(run.stderr)")
                guard run.status == 0 else { return }
                let text = try pdfText(out).replacingOccurrences(of: "\n", with: " ")
                for name in ["Hà Nam", "Vĩnh Phúc", "Quảng Ninh"] { #expect(text.contains(name), "\(indicator) at \(size): \(name)") }
                for words in ["Hoàng Sa", "Trường Sa"] { #expect(text.contains(words), "\(indicator) at \(size): \(words)") }
            }
        }
    }

    @Test("a file written the office way, with provinces missing and estimates, names the missing and keeps the marks")
    func officeFileWithGapsAndEstimates() throws {
        // Semicolons and decimal commas; "khoảng" (about) and "hơn" (more than); three provinces without a figure.
        var lines = ["Tỉnh;Năm;Chỉ tiêu;Giá trị"]
        let names = try String(contentsOf: CoopchartProcess.samples.appendingPathComponent("national-2024-illustrative.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().filter { $0.contains(",revenue_avg,") || $0.contains(",htx,") }
            .map { String($0.split(separator: ",")[0]) }
        for (index, name) in Array(Set(names)).sorted().enumerated() where !["Lai Châu", "Bạc Liêu", "Hà Nam"].contains(name) {
            let value = index % 9 == 0 ? "khoảng \(1200 + index),5" : (index % 13 == 0 ? "hơn \(900 + index)" : "\(1500 + index * 7),25")
            lines.append("\(name);2024;Doanh thu bình quân;\(value)")
        }
        let folder = try CoopchartProcess.folder(["bao-cao.csv": lines.joined(separator: "\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("map.pdf")
        let run = try CoopchartProcess.run([
            "chart", "map", folder.appendingPathComponent("bao-cao.csv").path, "--indicator", "revenue_avg",
            "--year", "2024", "-o", out.path, "--size", "a4",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try pdfText(out).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Chưa có số liệu (gạch chéo): Lai Châu, Hà Nam, Bạc Liêu") || text.contains("Chưa có số liệu (gạch chéo)"), "\(text.prefix(400))")
        for name in ["Lai Châu", "Bạc Liêu", "Hà Nam"] { #expect(text.contains(name)) }
        #expect(text.contains("≈") && text.contains(">"), "the marks of estimates and bounds")
    }

    @Test("the licence of the outlines travels with the binary: --version points to it, credits prints it whole")
    func licenceNotice() throws {
        let version = try CoopchartProcess.run(["--version"])
        #expect(version.stdout.contains("MIT") && version.stdout.contains("Talia Cao") && version.stdout.contains("coopchart credits"))
        let credits = try CoopchartProcess.run(["credits"])
        #expect(credits.status == 0)
        #expect(credits.stdout.contains("Copyright (c) 2025 Talia Cao") && credits.stdout.contains("Permission is hereby granted, free of charge"))
        #expect(credits.stdout.contains("TaliaCao/Vietnam-Shape-Map"))
    }

    @Test(
        "a map the data or the options cannot support is refused naming the option, and nothing is written",
        arguments: [
            (["--zoom", "cluster"], "--zoom"),
            (["--breaks", "50,20"], "--breaks"),
            (["--classes", "12"], "--classes"),
            (["--midpoint", "giữa"], "--midpoint"),
            (["--year", "2019"], "--year"),
        ])
    func refusals(extra: [String], option: String) throws {
        var arguments = ["chart", "map", Self.national2024, "--indicator", "htx"]
        if !extra.contains("--year") { arguments += ["--year", "2024"] }
        try draw(arguments + extra, into: "map.png") { run, out in
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains(option), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test("the report has a map page when --map or the scheme's maps: asks, and figures writes the map as its own file")
    func reportAndFigures() throws {
        let scheme = try String(contentsOf: CoopchartProcess.samples.appendingPathComponent("scheme-dbsh-2017.yaml"), encoding: .utf8)
        let folder = try CoopchartProcess.folder(["with-maps.yaml": scheme + "\nmaps: [htx]\n", "bad-maps.yaml": scheme + "\nmaps: [htxx]\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = CoopchartProcess.samples.appendingPathComponent("scheme-dbsh-2017.yaml").path
        for (schemePath, extra) in [(plain, ["--map", "new_htx"]), (folder.appendingPathComponent("with-maps.yaml").path, [])] {
            let out = folder.appendingPathComponent("report.pdf")
            let run = try CoopchartProcess.run(["report"] + Self.dbsh + ["--scheme", schemePath, "--year", "2017", "-o", out.path, "--force"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try pdfText(out)
            #expect(Self.archipelagos.allSatisfy { text.replacingOccurrences(of: "\n", with: " ").contains($0) }, "the map page's locator")
        }
        let bad = try CoopchartProcess.run(
            ["report"] + Self.dbsh + [
                "--scheme", folder.appendingPathComponent("bad-maps.yaml").path, "--year", "2017",
                "-o", folder.appendingPathComponent("bad.pdf").path,
            ])
        #expect(bad.status == 1 && bad.stderr.contains("bad-maps.yaml:") && bad.stderr.contains("htxx"), "\(bad.stderr)")
        let figures = folder.appendingPathComponent("figures")
        let run = try CoopchartProcess.run(["figures"] + Self.dbsh + ["--year", "2017", "--out", figures.path, "--map", "htx", "--formats", "pdf,svg"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("map-htx-2017.pdf").path))
        #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("map-htx-2017.svg").path))
        let unknown = try CoopchartProcess.run(["figures"] + Self.dbsh + ["--year", "2017", "--out", figures.path, "--map", "atlantis", "--force"])
        #expect(unknown.status == 1 && unknown.stderr.contains("--map"), "\(unknown.stderr)")
        // The deck takes --map too: one more picture slide than without it, its alt text the map's title.
        var slideCounts: [Int] = []
        for extra in [[], ["--map", "htx"]] {
            let deck = folder.appendingPathComponent("deck.pptx")
            let made = try CoopchartProcess.run(["slides"] + Self.dbsh + ["--scheme", plain, "--year", "2017", "-o", deck.path, "--force"] + extra)
            #expect(made.status == 0, "\(made.stderr)")
            let read = try ChildProcess.tool(
                "python3", ["-c", "import sys; from pptx import Presentation; print(len(Presentation(sys.argv[1]).slides))", deck.path])
            slideCounts.append(Int(read.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1)
        }
        #expect(slideCounts.count == 2 && slideCounts[1] == slideCounts[0] + 1, "\(slideCounts)")
    }
}
