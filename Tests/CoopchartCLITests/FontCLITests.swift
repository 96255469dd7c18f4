import CoopTestSupport
import Foundation
import Testing

/// `--font` as a cluster's staff use it: the Windows family of their documents gives a chart with every
/// Vietnamese letter, and stderr says which face stood in; a face without the letters is replaced, and said so.
@Suite struct FontCLITests {
    static let data = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"].map { CoopchartProcess.samples.appendingPathComponent($0).path }
    static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    /// Draws the samples' bar chart with `--font FAMILY` into FILE of a fresh folder, which must succeed, then
    /// hands the run and the file to `check` before the folder is removed.
    private func bar(font family: String, into file: String, _ check: (CoopchartProcess.Result, URL) throws -> Void) throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent(file)
        let run = try CoopchartProcess.run(
            ["chart", "bar"] + Self.data + [
                "--cluster", "dbsh-2017", "--indicator", "new_htx", "--year", "2017",
                "-o", out.path, "--scale", "1", "--font", family,
            ])
        #expect(run.status == 0, "\(run.stderr)")
        try check(run, out)
    }

    @Test func timesNewRomanDrawsAPNGAndNamesLiberationSerifOnStderr() throws {
        try bar(font: "Times New Roman", into: "tnr.png") { run, out in
            let png = try Data(contentsOf: out)
            #expect(png.prefix(8) == Self.pngSignature)
            // On a machine with the real Times New Roman installed there is nothing to say.
            if !run.stderr.isEmpty {
                #expect(
                    run.stderr.contains(
                        "font \"Times New Roman\" is not installed; using its metric-compatible stand-in \"Liberation Serif\", which has every character drawn"),
                    "\(run.stderr)")
            }
            #expect(!run.stderr.contains("has no glyph"), "\(run.stderr)")
        }
    }

    @Test func arialInAPDFEmbedsLiberationSansAndKeepsTheVietnameseText() throws {
        try bar(font: "Arial", into: "arial.pdf") { run, out in
            let fonts = try ChildProcess.tool("pdffonts", [out.path]).output
            #expect(fonts.contains("LiberationSans") || fonts.contains("Arial"), "\(fonts)")
            #expect(!fonts.contains("Nimbus"), "\(fonts)")
            let text = try ChildProcess.tool("pdftotext", [out.path, "-"]).output
            #expect(text.contains("Bắc Ninh") && text.contains("HTX thành lập mới năm 2017"))
        }
    }

    @Test(.enabled(if: lackingFamily != nil, "needs an installed face without Vietnamese letters, such as Nimbus Roman (fonts-urw-base35)"))
    func aFamilyWithoutVietnameseLettersIsReplacedWithANote() throws {
        let family = try #require(Self.lackingFamily)
        try bar(font: family, into: "lacking.pdf") { run, out in
            let note = run.stderr.split(separator: "\n").first { $0.contains("font \"\(family)\"") }.map(String.init) ?? ""
            #expect(note.contains("has no glyph for"), "\(run.stderr)")
            #expect(note.contains("ắ") && note.contains("U+1EAF"), "the note lists the missing letters: \(note)")
            #expect(note.contains("drawn with \"DejaVu Sans\" instead"), "\(note)")
            let fonts = try ChildProcess.tool("pdffonts", [out.path]).output
            #expect(fonts.contains("DejaVuSans") && !fonts.contains(family.replacingOccurrences(of: " ", with: "")), "\(fonts)")
        }
    }

    @Test func aFamilyThatIsNotInstalledIsNamedWithWhatFontconfigGives() throws {
        try bar(font: "No Such Family 4711", into: "none.png") { run, out in
            #expect(run.stderr.contains("font \"No Such Family 4711\" is not installed; fontconfig gives \""), "\(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test func theColumnChartsVietnameseAverageUsesADecimalCommaAndKeepsItsEstimateMark() throws {
        let csv = """
            province,year,indicator,value,qualifier,source
            Ninh Bình,2017,revenue_avg,40.5,approx,Báo cáo thử
            Hà Nam,2017,revenue_avg,38.25,exact,Báo cáo thử
            Bắc Ninh,2017,revenue_avg,44,exact,Báo cáo thử

            """
        let folder = try CoopchartProcess.folder(["revenue.csv": csv])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("column.pdf")
        let run = try CoopchartProcess.run([
            "chart", "column", folder.appendingPathComponent("revenue.csv").path,
            "--indicator", "revenue_avg", "--year", "2017", "-o", out.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try ChildProcess.tool("pdftotext", [out.path, "-"]).output
        #expect(text.contains("Bình quân: ≈40,9"), "\(text)")
        #expect(!text.contains("40.9"))
    }

    /// An installed family that lacks "ắ", found with fc-list (fontconfig's own tool), if there is one.
    static let lackingFamily: String? = {
        let candidates = ["Nimbus Roman", "Nimbus Sans", "C059", "P052", "URW Bookman", "Z003"]
        guard let installed = try? ChildProcess.tool("fc-list", [":", "family"]).output,
            let covering = try? ChildProcess.tool("fc-list", [":charset=1eaf", "family"]).output
        else { return nil }
        func names(_ listing: String) -> Set<String> {
            Set(listing.split(separator: "\n").flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } })
        }
        let all = names(installed), withLetter = names(covering)
        return candidates.first { all.contains($0) && !withLetter.contains($0) }
    }()
}
