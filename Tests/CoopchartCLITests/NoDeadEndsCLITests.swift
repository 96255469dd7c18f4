import CoopTestSupport
import Foundation
import Testing

/// No dead ends: every `--option` an error message names exists on the command that printed it, or on the
/// command the message names ("draw a bar chart (coopchart chart bar … --indicator htx)"). Each command
/// is run on inputs that provoke its errors — bad data, a workbook without a year column, years as
/// columns, a scheme with a typo, a cluster across the merger, missing options, a page too small — and
/// every option in its stderr is checked against that command's own options, read from its `--help`.
@Suite(.serialized) struct NoDeadEndsCLITests {
    /// One run that must fail: the command's words, then its arguments. `{tmp}` is the folder of the inputs
    /// below, `{samples}` the repository's samples.
    struct Provocation: CustomTestStringConvertible, Sendable {
        let command: [String]
        let arguments: [String]
        /// False for the runs of the input × command matrix that a command may well accept (a table
        /// without a year column given --year): only a refusal has a message to check.
        var mustFail = true
        var testDescription: String { (command + arguments).joined(separator: " ") }
        init(_ command: String, _ arguments: String, mustFail: Bool = true) {
            self.command = command.split(separator: " ").map(String.init)
            self.arguments = arguments.split(separator: " ").map(String.init)
            self.mustFail = mustFail
        }
    }

    /// Options named by messages of code outside this suite's owner, reported and not yet fixed, each as
    /// (command, option); remove an entry when its command stops naming it. None is known now.
    static let knownDeadEnds: Set<[String]> = []

    static let data = "{samples}/dbsh-2017.csv {samples}/dbsh-2017-illustrative.csv"
    static let national = "{samples}/national-2024-illustrative.csv"
    static let after = "{samples}/national-2026-illustrative.csv"

    static let provocations: [Provocation] = {
        var runs: [Provocation] = []
        let readers = [
            "summary", "validate", "harmonize --to 2025-07-01", "rank --scheme {tmp}/scheme.yaml --year 2023",
            "report --scheme {tmp}/scheme.yaml --year 2023 -o {tmp}/out/r.pdf", "figures --year 2023 --out {tmp}/out/f",
            "slides --scheme {tmp}/scheme.yaml --year 2023 -o {tmp}/out/d.pptx",
            "chart bar --indicator htx --year 2023 -o {tmp}/out/x.png", "chart line --indicator htx --years 2022-2023 -o {tmp}/out/x.png",
            "chart bump --indicator htx --years 2022-2023 -o {tmp}/out/x.png",
            "chart heatmap --indicator htx --indicator members --year 2023 -o {tmp}/out/x.png",
        ]
        for reader in readers {
            let words = reader.split(separator: " ").map(String.init)
            let command = words[0] == "chart" ? words.prefix(2).joined(separator: " ") : words[0]
            let rest = words.dropFirst(words[0] == "chart" ? 2 : 1).joined(separator: " ")
            // A one-year office table without a year column, a table with years as columns, an ambiguous
            // number, figures counted twice across the merger, a sheet that is not there, an unknown cluster,
            // a cluster of 2017 on 2026 figures.
            for input in [
                "{tmp}/noyear.xlsx", "{tmp}/years.xlsx", "{tmp}/ambiguous.csv", "{tmp}/overlap.csv", "{tmp}/typo.csv",
                "{tmp}/noyear.xlsx --sheet Nope", "\(data) --cluster nope", "\(after) --cluster dbsh-2017",
            ] {
                runs.append(Provocation(command, "\(input) \(rest)", mustFail: false))
            }
        }
        runs += [
            Provocation("rank", "\(data) --scheme {tmp}/typo.yaml"),
            Provocation("rank", "\(data) --scheme {tmp}/noyear.yaml"),
            Provocation("rank", "\(data) --scheme {samples}/scheme-dbsh-2017.yaml -o {tmp}/out/x.docx"),
            Provocation("rank", "\(data)"),
            Provocation("rank", "\(national) --scheme {tmp}/national.yaml -o {tmp}/out/x.png --size column"),
            Provocation("report", "\(data) --scheme {tmp}/noyear.yaml -o {tmp}/out/r.pdf"),
            Provocation("report", "\(data) --scheme {tmp}/typo.yaml -o {tmp}/out/r.pdf"),
            Provocation("report", "\(data) --scheme {samples}/scheme-dbsh-2017.yaml -o {tmp}/out/r.docx --official"),
            Provocation("report", "\(data) --scheme {samples}/scheme-dbsh-2017.yaml"),
            Provocation("figures", "\(data) --out {tmp}/out/f"),
            Provocation("slides", "\(data) --scheme {tmp}/typo.yaml -o {tmp}/out/d.pptx"),
            Provocation("slides", "\(data) --scheme {tmp}/noyear.yaml -o {tmp}/out/d.pptx"),
            Provocation("figures", "\(data) --scheme {tmp}/typo.yaml --year 2017 --out {tmp}/out/f"),
            Provocation("summary", "\(data) --restate-cluster"),
            Provocation("summary", "\(data) --indicators {tmp}/typo.yaml"),
            Provocation("chart donut", "\(national) --indicator htx --year 2024 -o {tmp}/out/x.png"),
            Provocation("chart bar", "\(national) --indicator htx --year 2024 -o {tmp}/out/x.png --width 200 --height 100"),
            Provocation("chart tilemap", "\(national) --indicator htx --year 2024 -o {tmp}/out/x.png --size column"),
            Provocation("chart radar", "\(data) --indicator htx --year 2017 -o {tmp}/out/x.png"),
            Provocation("chart bar", "\(data) --indicator nope --year 2017 -o {tmp}/out/x.png"),
            Provocation("chart bar", "\(data) --indicator htx --year 2017 -o {tmp}/out/x.png --province Nowhere"),
            Provocation("chart grouped", "\(data) --indicator htx --indicator tht -o {tmp}/out/x.png"),
            Provocation("chart scatter", "\(data) --year 2017 -o {tmp}/out/x.png"),
            Provocation("harmonize", "\(data)"),
            Provocation("harmonize", "\(data) --to 31/02/2024"),
            Provocation("provinces", "--at 31/02/2024"),
            Provocation("aggregate", "{tmp}/ambiguous.csv"),
            Provocation("aggregate", "{tmp}/registry.csv"),
            Provocation("demo", "--samples {tmp}/nowhere -o {tmp}/out/demo"),
            Provocation("serve", "--host 0.0.0.0 --port 0"),
            Provocation("validate", "\(data) -o {tmp}/out/findings.csv"),
        ]
        return runs
    }()

    /// The inputs, written once for every run.
    static let inputs: URL = {
        let folder = try! CoopchartProcess.folder([
            "ambiguous.csv": "province,year,indicator,value\nHà Nam,2023,revenue_avg,4.139\n",
            "overlap.csv": "province,year,indicator,value\nThái Bình,2025,htx,10\nHưng Yên,2025,htx,30\n",
            "typo.csv": "province,year,indicator,value\nHà Nọii,2023,htx,10\nNam Định,2023,so_htxx,3\nNinh Bình,2023,htx,12a\n",
            "registry.csv": "id,name,province,kind,founded\n1,HTX A,Hà Nam,htx,2015-13-02\n2,HTX B,Hà Nam,htx,20/12/23\n",
            "scheme.yaml": "title: \"Thử\"\ncriteria:\n  - {id: htx, indicator: htx, points: 10, method: minmax}\n",
            "national.yaml": "title: \"Thử\"\nyear: 2024\ncriteria:\n  - {id: htx, indicator: htx, points: 10, method: minmax}\n",
            "noyear.yaml": "title: \"Thử\"\ncriteria:\n  - {id: new, indicator: new_htx, points: 10, method: minmax}\n",
            "typo.yaml": "title: \"Thử\"\nyear: 2017\ncriteria:\n  - {id: new, indicator: new_htxx, points: 30, method: minmax}\n"
                + "  - {id: plan, indicator: new_htx, target: target_new_htx, points: 20, method: targett}\n",
        ])
        try! FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let made = try! ChildProcess.tool(
            "python3",
            [
                "-c",
                """
                import openpyxl, sys
                book = openpyxl.Workbook(); sheet = book.active; sheet.title = "Biểu 01"
                sheet.append(["BÁO CÁO SỐ LƯỢNG HỢP TÁC XÃ NĂM 2023"]); sheet.append([])
                sheet.append(["STT", "Tỉnh", "Số HTX", "Số thành viên"])
                for i, (name, htx, members) in enumerate([("Hà Nam", 289, 5000), ("Nam Định", 300, 6000), ("Ninh Bình", 200, 4000)]):
                    sheet.append([i + 1, name, htx, members])
                book.save(sys.argv[1] + "/noyear.xlsx")
                book = openpyxl.Workbook(); sheet = book.active; sheet.title = "Sheet1"
                sheet.append(["Tỉnh", "2021", "2022", "2023"])
                for name in ["Hà Nam", "Nam Định", "Ninh Bình"]: sheet.append([name, 1, 2, 3])
                book.save(sys.argv[1] + "/years.xlsx")
                """, folder.path,
            ])
        precondition(made.status == 0, made.output)
        return folder
    }()

    /// Each command's options, read once.
    final class HelpCache: @unchecked Sendable {
        private let lock = NSLock()
        private var options: [[String]: Set<String>] = [:]
        func options(of command: [String], read: () throws -> Set<String>) rethrows -> Set<String> {
            if let known = lock.withLock({ options[command] }) { return known }
            let found = try read()
            lock.withLock { options[command] = found }
            return found
        }
    }
    static let help = HelpCache()

    /// The long options of `command`, as its `--help` lists them.
    static func options(of command: [String]) throws -> Set<String> {
        try help.options(of: command) { try readOptions(of: command) }
    }

    static func readOptions(of command: [String]) throws -> Set<String> {
        let help = try CoopchartProcess.run(command + ["--help"]).stdout
        var options: Set<String> = ["--help"]
        for line in help.split(separator: "\n") where line.hasPrefix("  -") {
            // "  -o, --output <OUT>   Write to…": the option's names come before its description.
            let synopsis = line.split(separator: " ", omittingEmptySubsequences: true).prefix(3)
            for word in synopsis where word.hasPrefix("--") { options.insert(String(word.prefix { $0 != "," && $0 != "=" })) }
        }
        return options
    }

    /// Every command that a message may name, as its words ("chart bar").
    static let commands: [[String]] = {
        let kinds = ["bar", "column", "grouped", "stacked", "line", "bump", "radar", "donut", "scatter", "heatmap", "multiples", "tilemap"]
        return [["demo"], ["rank"], ["report"], ["figures"], ["slides"], ["summary"], ["validate"], ["harmonize"], ["provinces"], ["aggregate"], ["serve"]]
            + kinds.map { ["chart", $0] }
    }()

    /// The options a message names, each with the command it names them for: the command that printed
    /// it, or the command the message quotes (`coopchart chart bar … --indicator htx`) up to the end of
    /// the quotation (a closing parenthesis or backtick, a semicolon, the end of the line).
    static func namedOptions(in message: String, printedBy command: [String]) -> [(command: [String], option: String)] {
        let pattern = try! NSRegularExpression(pattern: "--[a-z][a-z0-9-]*|coopchart((?: [a-z]+){1,2})|[);`]")
        var current = command
        var found: [(command: [String], option: String)] = []
        for line in message.split(separator: "\n").map(String.init) {
            current = command
            let range = NSRange(line.startIndex..., in: line)
            for match in pattern.matches(in: line, range: range) {
                let text = String(line[Range(match.range, in: line)!])
                if text.count == 1 {
                    current = command
                } else if text.hasPrefix("coopchart") {
                    let words = text.split(separator: " ").dropFirst().map(String.init)
                    current = commands.first { words.starts(with: $0) } ?? command
                } else {
                    found.append((current, text))
                }
            }
        }
        return found
    }

    @Test(arguments: provocations)
    func everyOptionAMessageNamesExistsOnItsCommand(_ run: Provocation) throws {
        let arguments = run.arguments.map {
            $0.replacingOccurrences(of: "{tmp}", with: Self.inputs.path).replacingOccurrences(of: "{samples}", with: CoopchartProcess.samples.path)
        }
        let result = try CoopchartProcess.run(run.command + arguments)
        if run.mustFail { #expect(result.status != 0, "the inputs provoke an error: \(result.stderr)") }
        // Notes describe what was read; the message that stops the command is the rest.
        let message = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("note: ") }.joined(separator: "\n")
        var known: [String] = []
        for (command, option) in Self.namedOptions(in: message, printedBy: run.command) {
            guard try !Self.options(of: command).contains(option) else { continue }
            let problem = "`coopchart \(command.joined(separator: " "))` has no \(option), yet its message names it: \(message)"
            if Self.knownDeadEnds.contains([command.joined(separator: " "), option]) {
                known.append(problem)
            } else {
                Issue.record(Comment(rawValue: problem))
            }
        }
        if !known.isEmpty {
            withKnownIssue("reported to their owners (see knownDeadEnds)", isIntermittent: true) {
                for problem in known { Issue.record(Comment(rawValue: problem)) }
            }
        }
    }

    @Test func theCollectorFindsOptionsAndTheCommandsMessagesName() {
        let named = Self.namedOptions(
            in: "--province: draw a bar chart (coopchart chart bar … --indicator htx), or give --province; "
                + "see `coopchart serve --hash-password`", printedBy: ["chart", "donut"])
        #expect(named.map(\.option) == ["--province", "--indicator", "--province", "--hash-password"])
        #expect(named.map { $0.command.joined(separator: " ") } == ["chart donut", "chart bar", "chart donut", "serve"])
    }

    @Test func aCommandsOptionsAreReadFromItsHelp() throws {
        let harmonize = try Self.readOptions(of: ["harmonize"])
        #expect(harmonize.isSuperset(of: ["--to", "--output", "--restate-cluster", "--cluster", "--sheet", "--force", "--help"]))
        #expect(!harmonize.contains("--scheme") && !harmonize.contains("--indicators-file"))
        #expect(try Self.readOptions(of: ["chart", "bar"]).isSuperset(of: ["--indicator", "--year", "--size", "--width", "--harmonize"]))
    }
}
