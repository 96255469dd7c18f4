import CoopAnalytics
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// Random and hostile uploads, parameters and schemes, from a fixed seed (the same run every time): each
/// is answered with a 4xx, never a 5xx or a crash, and the server keeps serving the good requests.
@Suite("Hostile input: every bad request gets a 4xx and the server keeps serving")
struct HostileInputTests {
    static let hostileTexts = [
        "", " ", "\u{0}", "%00", "../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "<script>alert(1)</script>", "' OR 1=1 --",
        "=HYPERLINK(\"http://x\")", String(repeating: "9", count: 400), "1e309", "NaN", "-1", "0", "2017-H3", "١٢٣", "Ninh%20Bình",
        "\u{202E}gnp.exe", "ﬀ", "a\u{0301}\u{0301}\u{0301}", "{{words.upload}}", "${jndi:ldap://x}", "%zz", "%", "+", "&", "=", ";",
        String(repeating: "á", count: 3_000),
    ]

    static func randomBytes(_ count: Int, _ generator: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Files no reader can take: random bytes, broken workbooks, text that is not a table, hostile YAML.
    static func hostileFiles(_ generator: inout SplitMix64) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        for index in 0..<24 {
            let name = hostileTexts[index % hostileTexts.count].isEmpty ? "f\(index).csv" : hostileTexts[index % hostileTexts.count]
            files.append((name, [0] + randomBytes(Int.random(in: 1...4_000, using: &generator), &generator)))
        }
        files.append(("fake.xlsx", [0x50, 0x4B, 0x03, 0x04] + randomBytes(500, &generator)))
        files.append(("fake.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + randomBytes(700, &generator)))
        files.append(("text.xlsx", Array("province,year,indicator,value\nHà Nam,2017,htx,3\n".utf8)))
        files.append(
            (
                "laughs.yaml",
                Array(
                    """
                    a: &a ["x","x","x","x","x","x","x","x","x"]
                    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                    members: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                    """.utf8)
            ))
        files.append(("deep.yaml", Array(("members: " + String(repeating: "[", count: 5_000)).utf8)))
        files.append(("cluster.yaml", Array("name: x\nmembers:\n  - Atlantis\n".utf8)))
        files.append(("notatable.csv", Array("just some words\nand more words\n".utf8)))
        files.append(("formula.csv", Array("province,year,indicator,value\n=cmd|' /C calc'!A0,2017,htx,1\n".utf8)))
        files.append(("utf16.csv", [0xFF, 0xFE] + randomBytes(301, &generator)))
        files.append(("cp1258.csv", Array("province,year,indicator,value\n".utf8) + [0x48, 0xE0, 0x20, 0x4E, 0x61, 0x6D, 0x2C] + Array("2017,htx,3\n".utf8)))
        return files
    }

    @Test("hostile uploads, one by one, are each refused with a 4xx")
    func hostileUploads() async throws {
        var generator = SplitMix64(seed: 20_171_215)
        let files = Self.hostileFiles(&generator)
        try await ServerFixture.withServer(ServerSettings(port: 0, maxFileBytes: 200_000)) { server, client in
            for file in files {
                let response = try await ServerFixture.upload(client, [file])
                #expect((400..<500).contains(Int(response.status.code)), "\(file.0.prefix(30)): \(response.status) \(response.text.prefix(300))")
            }
            #expect(server.store.count == 0)
            try await Self.expectStillServing(client)
        }
    }

    @Test("malformed multipart bodies and headers are refused with a 4xx")
    func malformedMultipart() async throws {
        try await ServerFixture.withServer { _, client in
            // Seeded inside the closure that uses it (the server runs the test concurrently): the same inputs every run.
            var generator = SplitMix64(seed: 7)
            let bodies: [(String?, [UInt8])] = [
                (
                    "multipart/form-data; boundary=abc",
                    Array("--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\nprovince".utf8)
                ),
                ("multipart/form-data; boundary=abc", Array("no boundary here at all".utf8)),
                ("multipart/form-data", Array("--abc\r\n\r\n".utf8)),
                ("multipart/form-data; boundary=" + String(repeating: "b", count: 200), Array("x".utf8)),
                ("multipart/form-data; boundary=abc", Array("--abc\r\nContent-Disposition: form-data; name=\"colour\"\r\n\r\nred\r\n--abc--\r\n".utf8)),
                (
                    "multipart/form-data; boundary=abc",
                    Array("--abc\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n\(String(repeating: "9", count: 5_000))\r\n--abc--\r\n".utf8)
                ),
                ("multipart/form-data; boundary=abc", Array("--abc\r\nBroken header line\r\n\r\nx\r\n--abc--\r\n".utf8)),
                ("text/csv", Array("province,year,indicator,value\n".utf8)),
                (nil, Self.randomBytes(1_000, &generator)),
                ("multipart/form-data; boundary=abc", Self.randomBytes(5_000, &generator)),
            ]
            for (type, bytes) in bodies {
                var headers = ServerFixture.write
                if let type { headers[.contentType] = type }
                let response = try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: ByteBuffer(bytes: bytes))
                #expect((400..<500).contains(Int(response.status.code)), "\(type ?? "none"): \(response.status) \(response.text.prefix(200))")
            }
            try await Self.expectStillServing(client)
        }
    }

    @Test("random and hostile chart parameters, paths and schemes are each answered with a 4xx")
    func hostileParameters() async throws {
        try await ServerFixture.withServer { _, client in
            // Seeded inside the closure that uses it (the server runs the test concurrently): the same inputs every run.
            var generator = SplitMix64(seed: 2_425_931)
            let id = try await ServerFixture.uploadSamples(client)
            let names = [
                "indicator", "year", "years", "province", "order", "percent", "x", "y", "bubble", "cluster", "lang", "size", "width",
                "height", "scale", "dpi", "font", "theme", "harmonize", "download", "kind", "evil",
            ]
            let kinds = ["bar", "column", "line", "scatter", "stacked", "grouped", "radar", "heatmap", "tilemap", "donut", "bump", "multiples"]
            for round in 0..<160 {
                let kind = kinds[round % kinds.count]
                var query: [String] = []
                for _ in 0..<Int.random(in: 1...5, using: &generator) {
                    let name = names.randomElement(using: &generator)!
                    let value = Self.hostileTexts.randomElement(using: &generator)!
                    query.append("\(name)=\(round % 3 == 0 ? value : Self.percentEncoded(value))")
                }
                // Every chart needs a year or years and an indicator; a hostile value in one of them makes the request bad.
                let uri = "/api/datasets/\(id)/charts/\(kind).svg?" + query.joined(separator: "&")
                let response = try await client.execute(uri: uri, method: .get)
                #expect((400..<500).contains(Int(response.status.code)), "\(uri.prefix(200)): \(response.status) \(response.text.prefix(200))")
            }
            for path in [
                "/api/datasets/\(id)/charts/..%2F..%2Fetc%2Fpasswd.png", "/api/datasets/..%2F..%2Fetc/charts/bar.png",
                "/api/datasets/\(id)/charts/bar", "/api/datasets/\(id)/charts/.png", "/api/datasets/%00/charts/bar.png",
                "/datasets/\(id)/chart?kind=%zz", "/api/datasets/\(id)?cluster=../../etc/passwd",
            ] {
                let response = try await client.execute(uri: path, method: .get)
                #expect((400..<500).contains(Int(response.status.code)), "\(path): \(response.status)")
            }
            for round in 0..<40 {
                let body: [UInt8] =
                    round % 2 == 0
                    ? Self.randomBytes(Int.random(in: 1...3_000, using: &generator), &generator)
                    : Array(
                        "criteria:\n  - id: \(Self.hostileTexts.randomElement(using: &generator)!)\n    points: \(Self.hostileTexts.randomElement(using: &generator)!)\n"
                            .utf8)
                let format = ["json", "csv", "explain", "svg"][round % 4]
                let response = try await ServerFixture.post(client, "/api/datasets/\(id)/rank?format=\(format)", body: body)
                #expect((400..<500).contains(Int(response.status.code)), "scheme \(round): \(response.status) \(response.text.prefix(200))")
                let report = try await ServerFixture.post(client, "/api/datasets/\(id)/report?format=pdf", body: body)
                #expect((400..<500).contains(Int(report.status.code)), "report \(round): \(report.status) \(report.text.prefix(200))")
            }
            try await Self.expectStillServing(client, dataset: id)
        }
    }

    /// The server still answers its pages, takes a good upload, and draws a good chart.
    static func expectStillServing(_ client: any TestClientProtocol, dataset: String? = nil) async throws {
        #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        let id: String
        if let dataset { id = dataset } else { id = try await ServerFixture.uploadSamples(client) }
        let chart = try await client.execute(uri: "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=2017", method: .get)
        #expect(chart.status == .ok)
    }
}
