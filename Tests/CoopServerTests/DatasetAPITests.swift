import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

@Suite("POST, GET and DELETE /api/datasets")
struct DatasetAPITests {
    @Test("an upload of the samples answers 201 with each file as read: rows, periods, provinces, layout, findings")
    func uploadReportsEachFile() async throws {
        try await ServerFixture.withServer { _, client in
            let response = try await ServerFixture.upload(client, try ServerFixture.figures2017.map { ($0, try ServerFixture.sample($0)) })
            #expect(response.status == .created)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let json = try ServerFixture.json(response)
            let id = try #require(json["id"] as? String)
            #expect(id.count == 32)
            #expect(response.headers[.location] == "/api/datasets/\(id)")
            let files = try #require(json["files"] as? [[String: Any]])
            #expect(files.map { $0["name"] as? String } == ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"])
            let published = files[0]
            #expect(published["kind"] as? String == "data")
            #expect(published["layout"] as? String == "long")
            #expect((published["rows"] as? Int ?? 0) > 0)
            #expect((published["periods"] as? [String])?.contains("2017") == true)
            // Each finding is listed once, at the top; a file says how many are located in it.
            #expect(published["findings"] == nil)
            #expect(published["errors"] as? Int == 0)
            #expect(published["warnings"] is Int)
            #expect((json["indicators"] as? [[String: Any]])?.contains { $0["id"] as? String == "new_htx" } == true)
            #expect((json["clusters"] as? [[String: Any]])?.first?["name"] as? String == "dbsh-2017")
        }
    }

    @Test("a file that cannot be read answers 422 with its findings located, and nothing is kept")
    func unreadableFileIsRefused() async throws {
        try await ServerFixture.withServer { server, client in
            let bad = Array("province,year,indicator,value\nNinh Bình,2017,new_htx,12a\nAtlantis,2017,new_htx,3\n".utf8)
            let response = try await ServerFixture.upload(client, [("good.csv", try ServerFixture.sample("dbsh-2017.csv")), ("bad.csv", bad)])
            #expect(response.status == .unprocessableContent)
            let json = try ServerFixture.json(response)
            let files = try #require(json["files"] as? [[String: Any]])
            let badFile = try #require(files.first { $0["name"] as? String == "bad.csv" })
            #expect(badFile["errors"] as? Int == 2)
            let all = try #require(json["findings"] as? [[String: Any]])
            let findings = all.filter { ($0["location"] as? String)?.hasPrefix("bad.csv") == true }
            #expect(findings.count == 2)
            #expect(findings.allSatisfy { $0["level"] as? String == "error" })
            #expect(findings.map { $0["location"] as? String } == ["bad.csv:2", "bad.csv:3"])
            #expect((findings[0]["message"] as? String)?.contains("12a") == true)
            #expect(server.store.count == 0)
        }
    }

    @Test("the findings list errors before warnings, each with its level, location and message")
    func warningsAreListed() async throws {
        try await ServerFixture.withServer { _, client in
            // The cluster totals file holds "Toàn cụm" rows that validate checks against the provinces.
            let names = ServerFixture.figures2017 + ["dbsh-2017-cluster-totals.csv"]
            let response = try await ServerFixture.upload(client, try names.map { ($0, try ServerFixture.sample($0)) })
            #expect(response.status == .created)
            let findings = try #require(try ServerFixture.json(response)["findings"] as? [[String: Any]])
            #expect(findings.allSatisfy { $0["level"] as? String == "warning" && $0["location"] is String && $0["message"] is String })
        }
    }

    @Test("GET returns the dataset; DELETE answers 204, then the dataset is gone (404)")
    func getAndDelete() async throws {
        try await ServerFixture.withSamples { server, client, id in
            let got = try await client.execute(uri: "/api/datasets/\(id)", method: .get)
            #expect(got.status == .ok)
            #expect(try ServerFixture.json(got)["id"] as? String == id)
            let deleted = try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: ServerFixture.write)
            #expect(deleted.status == .noContent)
            #expect(server.store.count == 0)
            #expect(try await client.execute(uri: "/api/datasets/\(id)", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: ServerFixture.write).status == .notFound)
        }
    }

    @Test("a file over --max-upload answers 413 naming the limit; so do too many bytes or files in one dataset")
    func uploadLimits() async throws {
        let settings = ServerSettings(port: 0, maxFileBytes: 2_000, maxDatasetBytes: 3_000, maxFilesPerDataset: 3)
        try await ServerFixture.withServer(settings) { server, client in
            let large = [UInt8](repeating: 0x41, count: 2_001)
            let oneTooLarge = try await ServerFixture.upload(client, [("big.csv", large)])
            #expect(oneTooLarge.status == .contentTooLarge)
            #expect(oneTooLarge.text.contains("2 KB"))
            let small = [UInt8](repeating: 0x41, count: 1_600)
            let together = try await ServerFixture.upload(client, [("a.csv", small), ("b.csv", small)])
            #expect(together.status == .contentTooLarge)
            #expect(together.text.contains("together"))
            let tiny = Array("x".utf8)
            let many = try await ServerFixture.upload(client, [("a.csv", tiny), ("b.csv", tiny), ("c.csv", tiny), ("d.csv", tiny)])
            #expect(many.status == .contentTooLarge)
            #expect(server.store.count == 0)
        }
    }

    @Test("an upload that is not multipart answers 415; one without files answers 400")
    func notMultipart() async throws {
        try await ServerFixture.withServer { _, client in
            var headers = ServerFixture.write
            headers[.contentType] = "application/json"
            let json = try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(json.status == .unsupportedMediaType)
            let (emptyHeaders, emptyBody) = ServerFixture.multipart(files: [], fields: [("year", "2017")])
            let empty = try await client.execute(uri: "/api/datasets", method: .post, headers: emptyHeaders, body: emptyBody)
            #expect(empty.status == .badRequest)
            #expect(try ServerFixture.json(empty)["error"].flatMap { ($0 as? [String: Any])?["parameter"] as? String } == "files")
        }
    }

    @Test("files are told apart by content: a cluster file is a cluster, a scheme is refused as data, a name is only a label")
    func contentSniffing() async throws {
        try await ServerFixture.withServer { _, client in
            // A cluster file named .csv is still a cluster; a CSV named .yaml is still data.
            let response = try await ServerFixture.upload(
                client,
                [
                    ("members.csv", try ServerFixture.sample("cluster-dbsh-2017.yaml")),
                    ("data.yaml", try ServerFixture.sample("dbsh-2017.csv")),
                    ("../../etc/passwd", try ServerFixture.sample("dbsh-2017-illustrative.csv")),
                ])
            #expect(response.status == .created, "\(response.text)")
            let files = try #require(try ServerFixture.json(response)["files"] as? [[String: Any]])
            #expect(files.map { $0["kind"] as? String } == ["cluster", "data", "data"])
            #expect(files[2]["name"] as? String == "passwd")
            let clusters = try #require(try ServerFixture.json(response)["clusters"] as? [[String: Any]])
            #expect(clusters.contains { $0["name"] as? String == "members.csv" && $0["builtIn"] as? Bool == false })

            let scheme = try await ServerFixture.upload(client, [("scheme.csv", try ServerFixture.sample("scheme-dbsh-2017.yaml"))])
            #expect(scheme.status == .unprocessableContent)
            #expect(scheme.text.contains("scoring scheme"))
        }
    }

    @Test("a binary file that is not a workbook is refused as the command line refuses it")
    func binaryIsRefused() async throws {
        try await ServerFixture.withServer { _, client in
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
            let response = try await ServerFixture.upload(client, [("chart.csv", png)])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("chart.csv"))
        }
    }
}
