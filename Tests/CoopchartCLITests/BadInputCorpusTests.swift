import Foundation
import Testing

/// One bad input, run through the real binary: what it runs, where the error must point, and the
/// words the message must hold. Paths in `arguments` and `location` may use `{corpus}` (the committed
/// files in Corpus/), `{tmp}` (a fresh folder holding the generated inputs) and `{out}` (an empty
/// folder that must still be empty afterwards).
struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    /// The start of stderr's first line: `FILE:LINE:` for a file, the option for an option.
    let location: String
    let words: [String]
    var status: Int32 = 1
    /// Words stdout must hold (`validate` prints its summary there); otherwise stdout must be empty.
    var stdoutWords: [String] = []
    /// Writes generated inputs into `{tmp}`.
    var generate: (@Sendable (URL) throws -> Void)?
    /// A defect that is known and reported, not yet fixed: the location check is expected to fail.
    var knownIssue: String?

    var testDescription: String { name }
}

/// Inputs people really send (wrong encodings, workbooks, typos, mixed number styles) and absurd
/// ones (a 100 MB field, 100 000 columns, a formula nested 10 000 deep): each is a clear error that
/// names the place, exits non-zero, and writes nothing.
@Suite struct BadInputCorpusTests {
    @Test(arguments: BadInputCorpus.cases)
    func refusedWithFileLineAndNothingWritten(_ input: BadInput) throws {
        let tmp = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try input.generate?(tmp)
        func expand(_ text: String) -> String {
            text.replacingOccurrences(of: "{corpus}", with: BadInputCorpus.folder)
                .replacingOccurrences(of: "{tmp}", with: tmp.path)
                .replacingOccurrences(of: "{out}", with: out.path)
        }
        let run = try CoopchartProcess.run(input.arguments.map(expand))
        let firstLine = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        #expect(run.status == input.status, "\(run.stderr)")
        if let issue = input.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { #expect(firstLine.hasPrefix(expand(input.location)), "\(firstLine)") }
        } else {
            #expect(firstLine.hasPrefix(expand(input.location)), "\(firstLine)")
        }
        for word in input.words { #expect(run.stderr.contains(expand(word)), "\(word) in \(run.stderr)") }
        if input.stdoutWords.isEmpty { #expect(run.stdout.isEmpty, "\(run.stdout)") }
        for word in input.stdoutWords { #expect(run.stdout.contains(word), "\(word) in \(run.stdout)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}

enum BadInputCorpus {
    /// Relative to the package root, where the binary runs.
    static let folder = "Tests/CoopchartCLITests/Corpus"

    static let sample = "samples/dbsh-2017.csv"
    static let samples = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"]

    static func data(_ name: String, line: Int?, _ words: [String], knownIssue: String? = nil) -> BadInput {
        let file = "{corpus}/data/\(name).csv"
        return BadInput(
            name: "data: \(name)", arguments: ["summary", file, "--format", "csv", "-o", "{out}/summary.csv"],
            location: file + (line.map { ":\($0):" } ?? ":"), words: words, knownIssue: knownIssue)
    }

    static func scheme(_ name: String, line: Int, _ words: [String]) -> BadInput {
        let file = "{corpus}/scheme/\(name).yaml"
        return BadInput(
            name: "scheme: \(name)", arguments: ["rank"] + samples + ["--scheme", file, "-o", "{out}/ranking.csv"],
            location: "\(file):\(line):", words: words)
    }

    static func cluster(_ name: String, line: Int, _ words: [String]) -> BadInput {
        let file = "{corpus}/cluster/\(name).yaml"
        return BadInput(
            name: "cluster: \(name)", arguments: ["summary", sample, "--cluster", file, "-o", "{out}/summary.csv"],
            location: "\(file):\(line):", words: words)
    }

    static func indicators(_ name: String, line: Int, _ words: [String]) -> BadInput {
        let file = "{corpus}/indicators/\(name).yaml"
        return BadInput(
            name: "indicators: \(name)", arguments: ["summary", sample, "--indicators", file, "-o", "{out}/summary.csv"],
            location: "\(file):\(line):", words: words)
    }

    static func theme(_ name: String, line: Int, _ words: [String]) -> BadInput {
        let file = "{corpus}/theme/\(name).yaml"
        return BadInput(name: "theme: \(name)", arguments: bar(["--theme", file]), location: "\(file):\(line):", words: words)
    }

    /// `chart bar` on the sample with `extra` options, drawing into {out}.
    static func bar(_ extra: [String], output: String = "{out}/chart.png") -> [String] {
        ["chart", "bar", sample, "--indicator", "new_htx", "--year", "2017", "-o", output] + extra
    }

    /// A malformed command line: exit 64 from the argument parser, the option named.
    static func option(_ name: String, _ arguments: [String], _ words: [String]) -> BadInput {
        BadInput(name: "option: \(name)", arguments: arguments, location: "Error: ", words: words, status: 64)
    }

    static let cases: [BadInput] = dataCases + schemeCases + clusterCases + indicatorCases + themeCases + optionCases + hugeCases

    static let dataCases: [BadInput] = [
        data("empty", line: 1, ["the file is empty"]),
        data("header-only", line: 2, ["a header but no rows of figures"]),
        data("missing-value-column", line: 1, ["missing required column value"]),
        data("duplicate-column", line: 1, ["column \"Giá trị\" repeats column 4", "keep one value column"]),
        data("ragged-row", line: 3, ["this row has 5 fields but the header has 4"]),
        data("unterminated-quote", line: 3, ["unterminated quoted field"]),
        data("stray-quote", line: 2, ["malformed quotes", "stray \" character"]),
        data("not-a-number", line: 3, ["value: \"bốn trăm\" is not a number"]),
        data("formula-cell", line: 2, ["\"=SUM(A1:A9)\" is not a number"]),
        data("negative-count", line: 2, ["\"-5\" is negative, but htx is a count"]),
        data("fractional-count", line: 2, ["\"2.5\" is fractional, but new_htx is a count of whole units"]),
        data("nan", line: 2, ["\"NaN\" is not a finite number"]),
        data("infinity", line: 2, ["\"inf\" is not a finite number"]),
        data("too-many-digits", line: 2, ["is too large", "up to 15 digits"]),
        data("mixed-number-styles", line: 3, ["\"1,250.5\" is written in English style", "line 2 (\"46,5\") is in Vietnamese style"]),
        data("ambiguous-number", line: 2, ["\"46,500\" is ambiguous", "--number-style vi|en"]),
        data("unknown-province", line: 3, ["unknown province \"Hà Nammm\"", "did you mean Hà Nam"]),
        data("empty-province", line: 2, ["province: the province is empty"]),
        data("province-not-in-force", line: 2, ["\"Hà Nam\" was not in force in 2026", "part of Ninh Bình"]),
        data("unknown-indicator", line: 2, ["unknown indicator \"hợp tác xã mới\"", "--indicators FILE.yaml"]),
        data("wide-unknown-indicator", line: 1, ["column \"hợp tác xã cũ\" is not a known indicator"]),
        data("bad-period", line: 2, ["year: \"2017-Q3\" is not a period"]),
        data("year-out-of-range", line: 2, ["year: \"1890\" is not a period"]),
        data("conflicting-duplicate", line: 4, ["given twice with different values: 298 here and 289 at {corpus}/data/conflicting-duplicate.csv:2"]),
        data("bad-qualifier", line: 2, ["unknown qualifier \"roughly\"", "exact, approx, at_least or at_most"]),
        data("windows-1258", line: 2, ["Windows-1258", "iconv -f CP1258 -t UTF-8"]),
        data("tcvn3", line: 2, ["TCVN3", "UniKey"]),
        data("workbook", line: nil, ["a zipped workbook (.xlsx or .ods), but its archive cannot be read", "CSV UTF-8"]),
        data("pdf", line: 1, ["a PDF document, not a text table"]),
        data("nul-bytes", line: 2, ["not a text table", "NUL"]),
        data("utf32", line: 1, ["UTF-32 text, which coopchart does not read"]),
        data("utf16-odd-length", line: 2, ["ends in the middle of a character (odd byte count)"]),
        BadInput(
            name: "data: no such file", arguments: ["summary", "{tmp}/missing.csv", "-o", "{out}/s.csv"],
            location: "{tmp}/missing.csv: cannot read the file (no such file)", words: []),
        BadInput(
            name: "data: a folder", arguments: ["summary", "samples", "-o", "{out}/s.csv"],
            location: "samples: cannot read the file (it is a folder)", words: []),
    ]

    static let schemeCases: [BadInput] = [
        scheme("bad-indentation", line: 4, ["not valid YAML", "check the indentation"]),
        scheme("not-a-mapping", line: 1, ["a scheme is a YAML mapping"]),
        scheme("no-criteria", line: 1, ["the scheme has no criteria"]),
        scheme("unknown-key", line: 8, ["unknown key \"tiebreaks\" in the scheme; did you mean tiebreak?"]),
        scheme("unknown-method", line: 7, ["unknown method \"linear\" in criterion \"new\""]),
        scheme("negative-points", line: 6, ["negative maximum points (-30)"]),
        scheme("points-not-a-number", line: 6, ["points \"ba mươi\" is not a number"]),
        scheme("unknown-indicator", line: 5, ["unknown indicator \"new_hxt\"; did you mean new_htx"]),
        scheme("formula-unknown-indicator", line: 5, ["unknown indicator \"hxt\" in formula \"members / hxt\" at column 25"]),
        scheme("formula-syntax", line: 5, ["formula \"members / (htx\" does not parse at column 29", "expected \")\""]),
        scheme("formula-and-indicator", line: 4, ["has both indicator and formula"]),
        scheme("duplicate-id", line: 8, ["duplicate criterion id \"new\" (first used at line 4)"]),
        scheme("duplicate-key", line: 6, ["the key \"points\" appears twice"]),
        scheme("reserved-id", line: 4, ["criterion id \"total\" is a column of the ranking"]),
        scheme("target-missing", line: 4, ["uses method target but has no target"]),
        scheme("award-overlap", line: 10, ["the ranks of \"Bằng khen\" overlap those of \"Cờ thi đua\" (line 9)"]),
        scheme("tiebreak-unknown", line: 8, ["tiebreak names an unknown criterion id \"plan\""]),
        scheme("adjustment-without-reason", line: 9, ["this adjustment has no reason"]),
        scheme("unknown-cluster", line: 3, ["unknown cluster \"dbsh-2099\"", "not a built-in cluster"]),
        BadInput(
            name: "scheme: a formula nested 300 deep", arguments: ["rank"] + samples + ["--scheme", "{tmp}/deep.yaml", "-o", "{out}/r.csv"],
            location: "{tmp}/deep.yaml:5:", words: ["nested too deeply (more than 200 levels"],
            generate: { try nestedFormulaScheme(depth: 300).write(to: $0.appendingPathComponent("deep.yaml"), atomically: false, encoding: .utf8) }),
        BadInput(
            name: "scheme: a formula nested 10 000 deep", arguments: ["rank"] + samples + ["--scheme", "{tmp}/deep.yaml", "-o", "{out}/r.csv"],
            location: "{tmp}/deep.yaml:5:", words: ["the formula is 20003 characters long", "at most 2000 characters"],
            generate: { try nestedFormulaScheme(depth: 10_000).write(to: $0.appendingPathComponent("deep.yaml"), atomically: false, encoding: .utf8) }),
        BadInput(
            name: "scheme: 101 criteria", arguments: ["rank"] + samples + ["--scheme", "{tmp}/many.yaml", "-o", "{out}/r.csv"],
            location: "{tmp}/many.yaml:4:", words: ["the scheme has 101 criteria; coopchart scores at most 100"],
            generate: { folder in
                let criteria = (0...100).map { "  - {id: c\($0), indicator: htx, points: 1, method: rank}\n" }.joined()
                try ("title: x\nyear: 2017\ncriteria:\n" + criteria).write(to: folder.appendingPathComponent("many.yaml"), atomically: false, encoding: .utf8)
            }),
        BadInput(
            name: "scheme: YAML nested 100 000 deep", arguments: ["rank"] + samples + ["--scheme", "{tmp}/nest.yaml", "-o", "{out}/r.csv"],
            location: "{tmp}/nest.yaml:1:", words: ["not valid YAML", "nesting"],
            generate: { folder in
                let text = "title: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
                try text.write(to: folder.appendingPathComponent("nest.yaml"), atomically: false, encoding: .utf8)
            }),
        BadInput(
            name: "scheme: a 2 MB scheme", arguments: ["rank"] + samples + ["--scheme", "{tmp}/big.yaml", "-o", "{out}/r.csv"],
            location: "{tmp}/big.yaml: the file is 2 MB", words: ["a scheme of at most 1 MB"],
            generate: {
                try ("title: x\n# " + String(repeating: "x", count: 2_000_000) + "\n").write(
                    to: $0.appendingPathComponent("big.yaml"), atomically: false, encoding: .utf8)
            }),
    ]

    static let clusterCases: [BadInput] = [
        cluster("no-members", line: 1, ["members: a cluster needs members"]),
        cluster("unknown-member", line: 5, ["members: unknown province \"Nam Đinhh\"; did you mean Nam Định"]),
        cluster("bad-years", line: 2, ["years: \"twenty-seventeen\" is not a year or a range"]),
        cluster("years-out-of-range", line: 2, ["years: the years must lie in 1945–2100"]),
        cluster("unknown-key", line: 2, ["unknown key \"membres\" in a cluster file"]),
        cluster("member-not-in-force", line: 3, ["\"Hà Nam\" was not in force in 2026"]),
        cluster("member-is-a-list", line: 4, ["a member is a province name or code, not a list"]),
        BadInput(
            name: "cluster: 10 000 members", arguments: ["summary", sample, "--cluster", "{tmp}/c.yaml", "-o", "{out}/s.csv"],
            location: "{tmp}/c.yaml:4:", words: ["the cluster lists 10000 members; a cluster has at most 200"],
            generate: { folder in
                let members = (0..<10_000).map { _ in "  - Hà Nam\n" }.joined()
                try ("name: huge\nyears: 2017\nmembers:\n" + members).write(to: folder.appendingPathComponent("c.yaml"), atomically: false, encoding: .utf8)
            }),
        BadInput(
            name: "cluster: unknown name", arguments: ["summary", sample, "--cluster", "dbsh-2099", "-o", "{out}/s.csv"],
            location: "--cluster: unknown cluster \"dbsh-2099\"", words: ["dbsh-2017"]),
    ]

    static let indicatorCases: [BadInput] = [
        indicators("bad-id", line: 2, ["\"số lượng\" is not a valid id"]),
        indicators("unknown-kind", line: 4, ["kind: \"tally\" is not a kind", "stock, flow, average, share, target"]),
        indicators("weighted-over-unknown", line: 6, ["weighted mean over \"workerz\", which is not an indicator; did you mean workers"]),
        indicators("not-a-list", line: 1, ["an indicator file is a list of indicators"]),
        indicators("no-label", line: 2, ["needs a Vietnamese label (label_vi)"]),
        indicators("integer-not-boolean", line: 5, ["integer: \"maybe\" is not true or false"]),
    ]

    static let themeCases: [BadInput] = [
        theme("bad-colour", line: 3, ["text: \"#12345\" is not a colour", "#RRGGBB"]),
        theme("unknown-key", line: 2, ["unknown key \"fonts\""]),
        theme("type-scale-out-of-range", line: 1, ["type_scale: give a number from 0.5 to 3"]),
        theme("unknown-base", line: 1, ["base: unknown theme \"neon\""]),
        theme("not-a-mapping", line: 1, ["a theme file is a mapping"]),
        theme("empty-series", line: 2, ["series: a list of colours"]),
        BadInput(name: "theme: unknown name", arguments: bar(["--theme", "neon"]), location: "--theme: unknown theme \"neon\"", words: ["conference, print"]),
    ]

    static let optionCases: [BadInput] = [
        option("--width 0", bar(["--width", "0"]), ["--width \"0\" is not a length"]),
        option("--width 1000000", bar(["--width", "1000000"]), ["--width 1000000 is 1000000 pt; use 36 pt (½ inch) to 14400 pt (5 m)"]),
        option("--width 0mm", bar(["--width", "0mm"]), ["--width \"0mm\" is not a length"]),
        option("--height 12", bar(["--height", "12"]), ["--height 12 is 12 pt"]),
        option("--dpi -1", bar(["--dpi", "-1"]), ["--dpi -1 is out of range; use 18 to 720"]),
        option("--dpi 100000", bar(["--dpi", "100000"]), ["--dpi 100000 is out of range"]),
        option("--scale 0", bar(["--scale", "0"]), ["--scale 0 is out of range"]),
        option("--scale and --dpi", bar(["--scale", "2", "--dpi", "300"]), ["give --scale or --dpi, not both"]),
        option("--lang fr", bar(["--lang", "fr"]), ["'fr' is invalid for '--lang <vi|en>'"]),
        option("--number-style xx", bar(["--number-style", "xx"]), ["'xx' is invalid for '--number-style <vi|en>'"]),
        option(
            "a PNG over 64 megapixels", bar(["--width", "5000pt", "--height", "5000pt", "--scale", "4"]),
            ["the PNG would be 20000×20000 px", "at most 16384 px a side and 64 megapixels"]),
        option(
            "rank --sensitivity 0", ["rank", sample, "--scheme", "samples/scheme-dbsh-2017.yaml", "--sensitivity", "0", "-o", "{out}/r.csv"],
            ["--sensitivity must be between 1 and 1000000"]),
        option(
            "rank --spread 2", ["rank", sample, "--scheme", "samples/scheme-dbsh-2017.yaml", "--spread", "2", "-o", "{out}/r.csv"],
            ["--spread must be between 0 and 1"]),
        option("--excel on a table", ["summary", sample, "--excel", "--format", "table", "-o", "{out}/s.txt"], ["--excel applies to CSV output only"]),
        option(
            "report -o .png", ["report", sample, "--scheme", "samples/scheme-dbsh-2017.yaml", "-o", "{out}/r.png"], ["the report is a PDF or a Word document"]),
        option("figures --formats gif", ["figures", sample, "--year", "2017", "--out", "{out}/figures", "--formats", "gif"], ["--formats gif"]),
        BadInput(
            name: "option: -o .bmp", arguments: bar([], output: "{out}/chart.bmp"),
            location: "{out}/chart.bmp: unsupported output extension \".bmp\"", words: [".png, .pdf, .svg or .eps"]),
        BadInput(
            name: "option: rank -o .docx", arguments: ["rank", sample, "--scheme", "samples/scheme-dbsh-2017.yaml", "-o", "{out}/r.docx"],
            location: "{out}/r.docx: unknown output extension \".docx\"", words: [".csv, .json or .txt", ".xlsx for the scorecard workbook"]),
        BadInput(
            name: "option: summary -o .docx", arguments: ["summary", sample, "-o", "{out}/s.docx"],
            location: "{out}/s.docx: `coopchart summary` does not write .docx files", words: ["CSV (.csv)", "a workbook (.xlsx)"]),
        BadInput(
            name: "option: harmonize -o .pdf", arguments: ["harmonize", sample, "--to", "2025-07-01", "-o", "{out}/h.pdf"],
            location: "{out}/h.pdf: `coopchart harmonize` does not write .pdf files", words: ["CSV (.csv) or a workbook (.xlsx)"]),
        BadInput(
            name: "option: unknown --indicator", arguments: ["chart", "bar", sample, "--indicator", "hxt", "--year", "2017", "-o", "{out}/c.png"],
            location: "--indicator: unknown indicator \"hxt\"", words: ["did you mean htx"]),
        BadInput(
            name: "option: --year 2017-Q5", arguments: ["chart", "bar", sample, "--indicator", "htx", "--year", "2017-Q5", "-o", "{out}/c.png"],
            location: "--year: \"2017-Q5\" is not a period", words: ["2017-H1"]),
        BadInput(
            name: "option: --years backwards", arguments: ["chart", "line", sample, "--indicator", "htx", "--years", "2019-2015", "-o", "{out}/c.png"],
            location: "--years: \"2019-2015\" is not a range of years", words: ["2015-2019"]),
        BadInput(
            name: "option: harmonize --to 1/7/25", arguments: ["harmonize", sample, "--to", "1/7/25", "-o", "{out}/h.csv"],
            location: "--to: \"1/7/25\" has a two-digit year", words: ["1925 or 2025", "1/7/2025", "DD/MM/YYYY"]),
    ]

    static let hugeCases: [BadInput] = [
        BadInput(
            name: "huge: a 100 MB field", arguments: ["summary", "{tmp}/field.csv", "-o", "{out}/s.csv"],
            location: "{tmp}/field.csv: the file is 100 MB", words: ["a data file of at most 64 MB", "split it"],
            generate: { folder in
                var bytes = Array("province,year,indicator,value,note\nHà Nam,2017,htx,5,\"".utf8)
                bytes += repeatElement(UInt8(ascii: "x"), count: 100_000_000)
                bytes += Array("\"\n".utf8)
                try Data(bytes).write(to: folder.appendingPathComponent("field.csv"))
            }),
        BadInput(
            name: "huge: 10 000 provinces that do not exist", arguments: ["summary", "{tmp}/provinces.csv", "-o", "{out}/s.csv"],
            location: "{tmp}/provinces.csv:2: province: unknown province \"Tỉnh Không Có 0\"", words: ["did you mean"],
            generate: { folder in
                let rows = (0..<10_000).map { "Tỉnh Không Có \($0),2017,htx,5\n" }.joined()
                try ("province,year,indicator,value\n" + rows).write(to: folder.appendingPathComponent("provinces.csv"), atomically: false, encoding: .utf8)
            }),
        BadInput(
            name: "huge: a row with 100 000 columns", arguments: ["summary", "{tmp}/wide.csv", "-o", "{out}/s.csv"],
            location: "{tmp}/wide.csv:2: this row has 100003 fields but the header has 4", words: [],
            generate: { folder in
                let row = "Hà Nam,2017,htx," + Array(repeating: "5", count: 100_000).joined(separator: ",")
                try ("province,year,indicator,value\n" + row + "\n").write(to: folder.appendingPathComponent("wide.csv"), atomically: false, encoding: .utf8)
            }),
    ]

    /// A scheme whose one formula is `htx` inside `depth` pairs of parentheses (line 4).
    static func nestedFormulaScheme(depth: Int) -> String {
        let formula = String(repeating: "(", count: depth) + "htx" + String(repeating: ")", count: depth)
        return "title: x\nyear: 2017\ncriteria:\n  - id: deep\n    formula: \"\(formula)\"\n    points: 10\n    method: minmax\n"
    }
}
