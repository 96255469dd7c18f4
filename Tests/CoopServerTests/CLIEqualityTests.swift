import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// The command line and the API are two spellings of one operation: the same request refused gives the
/// same error, and the same result carries the same notes, each setting named the front end's way
/// (`--indicator` there, `indicator` here).
@Suite("The command line and the API: the same errors and the same notes")
struct CLIEqualityTests {
    /// A message with every option (`--year`) written as the API names the setting (`year`).
    static func apiSpelling(_ text: String) -> String {
        text.replacingOccurrences(of: #"--([a-z][a-z-]*)"#, with: "$1", options: .regularExpression)
    }

    /// The command's error line and the API's answer to the same chart.
    static func chartBoth(_ kind: String, options: [String], query: String, names: [String] = ServerFixture.figures2017)
        async throws -> (cli: String, api: [String: Any], status: HTTPResponse.Status)
    {
        let files = try names.map { ($0, try ServerFixture.sample($0)) }
        let folder = try CLIRun.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRun.run(["chart", kind] + names + options + ["-o", "chart.png"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let (body, status) = try await ServerFixture.withSamples(names) { _, client, id in
            let response = try await client.execute(uri: "/api/datasets/\(id)/charts/\(kind).png?\(query)", method: .get)
            return (response.bytes, response.status)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        return (run.stderr.trimmingCharacters(in: .whitespacesAndNewlines), json, status)
    }

    @Test(
        "a chart the data cannot give is refused with the same message, naming the same setting",
        arguments: [
            ("bar", ["--indicator", "new_htxx", "--year", "2017"], "indicator=new_htxx&year=2017", "indicator"),
            ("bar", ["--indicator", "new_htx", "--year", "1999"], "indicator=new_htx&year=1999", "year"),
            ("donut", ["--indicator", "revenue_avg", "--year", "2017"], "indicator=revenue_avg&year=2017", "indicator"),
            ("bar", ["--indicator", "new_htx", "--year", "2017-Q3"], "indicator=new_htx&year=2017-Q3", "year"),
            ("line", ["--indicator", "htx", "--years", "2019-2010"], "indicator=htx&years=2019-2010", "years"),
            ("bar", ["--indicator", "new_htx", "--year", "2017", "--province", "Ha Nom"], "indicator=new_htx&year=2017&province=Ha%20Nom", "province"),
        ])
    func sameErrors(kind: String, options: [String], query: String, parameter: String) async throws {
        let (cli, api, status) = try await Self.chartBoth(kind, options: options, query: query)
        #expect(status == .badRequest)
        let error = try #require(api["error"] as? [String: Any])
        #expect(error["parameter"] as? String == parameter)
        let message = try #require(error["message"] as? String)
        #expect(cli.hasPrefix("--\(parameter): "), "\(cli)")
        #expect(Self.apiSpelling(String(cli.dropFirst(parameter.count + 4))) == message, "command line: \(cli)\nAPI: \(message)")
    }

    @Test("a scheme the data cannot rank is refused with the same message at the same place")
    func sameSchemeErrors() async throws {
        let names = ServerFixture.figures2017
        // A criterion no province has a figure for: refused at the criterion's line, by both.
        let scheme = Array(
            "title: Thử\nyear: 2017\ncriteria:\n  - {id: new, indicator: new_htx, points: 30, method: minmax}\n  - {id: gone, indicator: dissolved_htx, points: 10, method: minmax}\n"
                .utf8)
        let folder = try CLIRun.folder(try names.map { ($0, try ServerFixture.sample($0)) } + [(RankRoute.schemeFile, scheme)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRun.run(["rank"] + names + ["--scheme", RankRoute.schemeFile], in: folder)
        #expect(run.status == 1)
        let api = try await ServerFixture.withSamples(names) { _, client, id in
            try await ServerFixture.post(client, "/api/datasets/\(id)/rank?format=json", body: scheme)
        }
        let json = try ServerFixture.json(api)
        let error = try #require(json["error"] as? [String: Any])
        let message = try #require(error["message"] as? String)
        let location = try #require((json["findings"] as? [[String: Any]])?.first?["location"] as? String)
        #expect(
            Self.apiSpelling(run.stderr.trimmingCharacters(in: .whitespacesAndNewlines)) == "\(location): \(message)", "\(run.stderr)\n\(location): \(message)")
    }

    /// The command's notes on stderr, and the API's in its header, for the same chart.
    static func notesBoth(_ options: [String], query: String, names: [String]) async throws -> (cli: [String], api: [String]) {
        let files = try names.map { ($0, try ServerFixture.sample($0)) }
        let folder = try CLIRun.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRun.run(["chart", "bar"] + names + options + ["-o", "chart.svg"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let cli = run.stderr.split(separator: "\n").filter { $0.hasPrefix("note: ") }.map { String($0.dropFirst(6)) }
        let api = try await ServerFixture.withSamples(names) { _, client, id in
            let response = try await client.execute(uri: "/api/datasets/\(id)/charts/bar.svg?\(query)", method: .get)
            #expect(response.status == .ok, "\(response.text)")
            let header = response.headers[Reply.notesHeader] ?? "[]"
            return try #require(try JSONSerialization.jsonObject(with: Data((header.removingPercentEncoding ?? "").utf8)) as? [String])
        }
        return (cli, api)
    }

    @Test("the notes the command prints reach the API: figures left out of the cluster")
    func sameNotesForACluster() async throws {
        let names = ["national-2024-illustrative.csv"]
        let (cli, api) = try await Self.notesBoth(
            ["--indicator", "htx", "--year", "2024", "--cluster", "dbsh-2017"],
            query: "indicator=htx&year=2024&cluster=dbsh-2017", names: names)
        #expect(!cli.isEmpty)
        #expect(cli.contains { $0.contains("outside cluster dbsh-2017 left out") })
        #expect(cli.map(Self.apiSpelling) == api)
    }

    @Test("the notes the command prints reach the API: a cluster restated across the merger")
    func sameNotesForARestatedCluster() async throws {
        let names = ServerFixture.figures2017
        let (cli, api) = try await Self.notesBoth(
            ["--indicator", "new_htx", "--year", "2017", "--cluster", "dbsh-2017", "--harmonize", "--restate-cluster"],
            query: "indicator=new_htx&year=2017&cluster=dbsh-2017&harmonize=true&restate-cluster=true", names: names)
        #expect(cli.contains { $0.contains("is restated as the units in force") })
        #expect(cli.map(Self.apiSpelling) == api)
    }

    @Test("the page gets the same error in its language, naming its field")
    func thePagesWords() async throws {
        try await ServerFixture.withSamples { _, client, id in
            let response = try await client.execute(
                uri: "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=1999", method: .get,
                headers: [Wording.pageHeader: "vi"])
            let message = (try ServerFixture.json(response)["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.hasPrefix("không có số liệu new_htx trong kỳ 1999"), "\(message)")
            let english = try await client.execute(
                uri: "/api/datasets/\(id)/charts/line.svg?indicator=new_htx", method: .get,
                headers: [Wording.pageHeader: "en"])
            let missing = (try ServerFixture.json(english)["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(missing == "a line chart needs the periods (“From … To”)", "\(missing)")
        }
    }
}
