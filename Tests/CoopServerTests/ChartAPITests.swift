import CoopCharts
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

@Suite("GET /api/datasets/{id}/charts/{kind}.{format}")
struct ChartAPITests {
    static let epoch = "1704067200"

    static func files(_ names: [String]) throws -> [(String, [UInt8])] { try names.map { ($0, try ServerFixture.sample($0)) } }

    /// Asks the API for a chart and `coopchart chart` for the same one, and returns both files.
    static func bothFiles(
        kind: String, format: String, query: String, options: [String], names: [String] = ServerFixture.figures2017,
        settings: ServerSettings = ServerSettings(port: 0), epoch: String? = nil
    ) async throws -> (api: [UInt8], cli: [UInt8]) {
        let files = try files(names)
        let api = try await ServerFixture.withSamples(names, settings: settings) { _, client, id in
            let response = try await client.execute(uri: "/api/datasets/\(id)/charts/\(kind).\(format)?\(query)", method: .get)
            #expect(response.status == .ok, "\(response.text)")
            return response.bytes
        }
        let cli = try CLIRun.output(["chart", kind] + names + options, files: files, output: "chart.\(format)", sourceDateEpoch: epoch)
        return (api, cli)
    }

    @Test("eight browsers asking at once for a chart not drawn yet share one drawing, and all get its bytes")
    func simultaneousRequestsShareOneDrawing() async throws {
        try await ServerFixture.withSamples { server, client, id in
            let path = "/api/datasets/\(id)/charts/bar.png?indicator=new_htx&year=2017&cluster=dbsh-2017"
            let answers = try await withThrowingTaskGroup(of: (HTTPResponse.Status, [UInt8]).self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let response = try await client.execute(uri: path, method: .get)
                        return (response.status, response.bytes)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.count == 8)
            #expect(answers.allSatisfy { $0.0 == .ok })
            #expect(Set(answers.map(\.1)).count == 1, "every browser gets the same PNG")
            #expect(server.inFlight.drawingsStarted == 1, "one drawing, shared or then cached")
            // A request for another chart is drawn again.
            #expect(try await client.execute(uri: path + "&theme=print", method: .get).status == .ok)
            #expect(server.inFlight.drawingsStarted == 2)
        }
    }

    @Test("a PNG from the API is byte for byte the file `coopchart chart bar` writes with the same options")
    func pngEqualsTheCommandLine() async throws {
        let (api, cli) = try await Self.bothFiles(
            kind: "bar", format: "png", query: "indicator=new_htx&year=2017&cluster=dbsh-2017",
            options: ["--indicator", "new_htx", "--year", "2017", "--cluster", "dbsh-2017"])
        #expect(api.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(api == cli)
    }

    @Test("an SVG from the API equals the command line's, with size, theme and language")
    func svgEqualsTheCommandLine() async throws {
        let (api, cli) = try await Self.bothFiles(
            kind: "column", format: "svg", query: "indicator=htx&year=2017&size=a4-landscape&theme=print&lang=en&order=value",
            options: [
                "--indicator", "htx", "--year", "2017", "--size", "a4-landscape", "--theme", "print",
                "--lang", "en", "--order", "value",
            ])
        #expect(String(decoding: api.prefix(200), as: UTF8.self).contains("<svg"))
        #expect(api == cli)
    }

    @Test("a PDF equals the command line's when both write the same SOURCE_DATE_EPOCH")
    func pdfEqualsTheCommandLine() async throws {
        let settings = ServerSettings(port: 0, sourceDateEpoch: { Int(Self.epoch) })
        let names = ["dbsh-2015-2019-illustrative.csv", "dbsh-2017.csv", "dbsh-2017-illustrative.csv"]
        let (api, cli) = try await Self.bothFiles(
            kind: "line", format: "pdf", query: "indicator=new_htx&years=2015-2019",
            options: ["--indicator", "new_htx", "--years", "2015-2019"], names: names, settings: settings,
            epoch: Self.epoch)
        #expect(api.starts(with: Array("%PDF".utf8)))
        #expect(api == cli)
    }

    @Test("a scatter with several parameters and a stacked 100 % chart equal the command line's")
    func otherKindsEqualTheCommandLine() async throws {
        let scatter = try await Self.bothFiles(
            kind: "scatter", format: "png", query: "x=htx&y=members&year=2017&scale=1",
            options: ["--x", "htx", "--y", "members", "--year", "2017", "--scale", "1"])
        #expect(scatter.api == scatter.cli)
        let stacked = try await Self.bothFiles(
            kind: "stacked", format: "svg", query: "indicator=htx&indicator=tht&year=2017&percent=true",
            options: ["--indicator", "htx", "--indicator", "tht", "--year", "2017", "--percent"])
        #expect(stacked.api == stacked.cli)
    }

    @Test(
        "a parameter the command would refuse answers 400 naming it",
        arguments: [
            ("bar.png?year=2017", "indicator"),
            ("bar.png?indicator=atlantis&year=2017", "indicator"),
            ("bar.png?indicator=new_htx&year=20x7", "year"),
            ("bar.png?indicator=new_htx&year=2017&theme=neon", "theme"),
            ("bar.png?indicator=new_htx&year=2017&width=wide", "width"),
            ("bar.png?indicator=new_htx&year=2017&scale=11", "scale"),
            ("bar.png?indicator=new_htx&year=2017&width=20000px&dpi=720", "width"),
            ("bar.png?indicator=new_htx&year=2017&size=a3", "size"),
            ("bar.png?indicator=new_htx&year=2017&colour=red", "colour"),
            ("bar.png?indicator=new_htx&year=2017&cluster=atlantis", "cluster"),
            ("bar.png?indicator=new_htx&year=2017&font=Sans:file%3D/etc/passwd", "font"),
            ("bar.png?indicator=new_htx&year=2017&lang=fr", "lang"),
            ("line.svg?indicator=new_htx", "years"),
            ("pie.png?indicator=new_htx&year=2017", "kind"),
            ("bar.gif?indicator=new_htx&year=2017", "format"),
            ("bar.png?indicator=new_htx&year=2017&year=2018", "year"),
        ])
    func refusedParameter(path: String, parameter: String) async throws {
        try await ServerFixture.withSamples { _, client, id in
            let response = try await client.execute(uri: "/api/datasets/\(id)/charts/\(path)", method: .get)
            #expect(response.status == .badRequest, "\(response.text)")
            let error = try #require(try ServerFixture.json(response)["error"] as? [String: Any])
            #expect(error["parameter"] as? String == parameter, "\(response.text)")
            #expect(error["status"] as? Int == 400)
            #expect((error["message"] as? String ?? "").isEmpty == false)
        }
    }

    @Test("a chart of a dataset that does not exist answers 404")
    func unknownDataset() async throws {
        try await ServerFixture.withServer { _, client in
            let response = try await client.execute(uri: "/api/datasets/0123456789abcdef0123456789abcdef/charts/bar.svg?indicator=htx&year=2017", method: .get)
            #expect(response.status == .notFound)
        }
    }

    @Test("download=true makes the chart an attachment with a plain file name; a preview is inline")
    func disposition() async throws {
        try await ServerFixture.withSamples { _, client, id in
            let saved = try await client.execute(uri: "/api/datasets/\(id)/charts/bar.png?indicator=new_htx&year=2017&download=true", method: .get)
            #expect(saved.headers[.contentDisposition] == "attachment; filename=\"bar-new_htx-2017.png\"")
            #expect(saved.headers[.contentType] == "image/png")
            let shown = try await client.execute(uri: "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=2017", method: .get)
            #expect(shown.headers[.contentDisposition]?.hasPrefix("inline") == true)
            #expect(shown.headers[.contentType] == "image/svg+xml")
        }
    }

    @Test("the same preview twice is drawn once and kept; deleting the dataset drops what was drawn from it")
    func previewsAreKept() async throws {
        try await ServerFixture.withSamples { server, client, id in
            let uri = "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=2017"
            let first = try await client.execute(uri: uri, method: .get)
            let second = try await client.execute(uri: uri, method: .get)
            #expect(first.bytes == second.bytes)
            #expect(server.previews.count == 1)
            _ = try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: ServerFixture.write)
            #expect(server.previews.count == 0)
        }
    }
}
