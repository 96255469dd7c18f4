import CoopCharts
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import CoopServer

/// The province map through the API: byte for byte the file `coopchart chart map` writes with the same options,
/// in every format, and the map's own parameters refused as the command refuses its options.
@Suite("GET /api/datasets/{id}/charts/map.{format}")
struct MapChartAPITests {
    static let national = ["national-2024-illustrative.csv"]

    @Test("the 63-province map from the API equals the command line's, in each format", arguments: ["png", "pdf", "svg", "eps"])
    func mapEqualsTheCommandLine(format: String) async throws {
        let settings = ServerSettings(port: 0, sourceDateEpoch: { Int(ChartAPITests.epoch) })
        let (api, cli) = try await ChartAPITests.bothFiles(
            kind: "map", format: format, query: "indicator=htx&year=2024&size=a4&classes=4",
            options: ["--indicator", "htx", "--year", "2024", "--size", "a4", "--classes", "4"],
            names: Self.national, settings: settings, epoch: ChartAPITests.epoch)
        #expect(api.count > 1000)
        #expect(api == cli)
    }

    @Test("a zoomed cluster map with breaks, the print theme and English equals the command line's")
    func zoomedClusterEqualsTheCommandLine() async throws {
        let (api, cli) = try await ChartAPITests.bothFiles(
            kind: "map", format: "svg", query: "indicator=htx&year=2017&cluster=dbsh-2017&zoom=cluster&breaks=400,500&theme=print&lang=en",
            options: [
                "--indicator", "htx", "--year", "2017", "--cluster", "dbsh-2017", "--zoom", "cluster", "--breaks", "400,500", "--theme", "print", "--lang",
                "en",
            ])
        #expect(String(decoding: api.prefix(200), as: UTF8.self).contains("<svg"))
        #expect(api == cli)
    }

    @Test(
        "a map parameter the command would refuse answers 400 naming it",
        arguments: [
            ("map.png?indicator=htx&year=2017&classes=12", "classes"),
            ("map.png?indicator=htx&year=2017&classes=2.5", "classes"),
            ("map.png?indicator=htx&year=2017&class-rule=jenks", "class-rule"),
            ("map.png?indicator=htx&year=2017&breaks=50,20", "breaks"),
            ("map.png?indicator=htx&year=2017&midpoint=half", "midpoint"),
            ("map.png?indicator=htx&year=2017&zoom=region", "zoom"),
            ("map.png?indicator=htx&year=2017&zoom=cluster", "zoom"),
            ("map.png?year=2017", "indicator"),
        ])
    func refusedParameter(path: String, parameter: String) async throws {
        try await ServerFixture.withSamples { _, client, id in
            let response = try await client.execute(uri: "/api/datasets/\(id)/charts/\(path)", method: .get)
            #expect(response.status == .badRequest, "\(response.text)")
            let error = try #require(try ServerFixture.json(response)["error"] as? [String: Any])
            #expect(error["parameter"] as? String == parameter, "\(response.text)")
        }
    }

    @Test("the chart page offers the map with its controls")
    func chartPageOffersTheMap() async throws {
        try await ServerFixture.withSamples { _, client, id in
            let response = try await client.execute(uri: "/datasets/\(id)/chart?kind=map&indicator=htx&year=2017&classes=4", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("<option value=\"map\" selected>"), "the kind")
            for control in ["id=\"classes\"", "id=\"class-rule\"", "id=\"breaks\"", "id=\"midpoint\"", "id=\"growth\"", "id=\"zoom\""] {
                #expect(page.contains(control), "\(control)")
            }
            #expect(
                page.contains("charts/map.svg?indicator=htx&amp;year=2017&amp;classes=4") || page.contains("charts/map.svg?indicator=htx&year=2017&classes=4"),
                "the preview asks for the map")
        }
    }
}
