import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

@Suite("The server's safety rules")
struct SecurityTests {
    static let headerNames = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"]

    static func expectSecurityHeaders(_ response: TestResponse, _ what: String) {
        #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true, "\(what)")
        #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false, "\(what)")
        #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(what)")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(what)")
        #expect(response.headers[HTTPField.Name("Access-Control-Allow-Origin")!] == nil, "\(what)")
    }

    @Test("every response carries the CSP, nosniff and Referrer-Policy: pages, assets, charts, errors")
    func headersOnEveryResponse() async throws {
        try await ServerFixture.withSamples { _, client, id in
            for (uri, method) in [
                ("/", HTTPRequest.Method.get), ("/assets/app.js", .get), ("/assets/app.css", .get), ("/api", .get),
                ("/datasets/\(id)/chart", .get), ("/api/datasets/\(id)/charts/bar.svg?indicator=htx&year=2017", .get),
                ("/api/datasets/\(id)/charts/bar.svg?year=2017", .get), ("/nowhere", .get), ("/api/nowhere", .get),
                ("/api/datasets", .post), ("/", .options),
            ] {
                let response = try await client.execute(uri: uri, method: method)
                Self.expectSecurityHeaders(response, "\(method) \(uri) → \(response.status)")
            }
        }
    }

    @Test("a write without X-Requested-With: coopchart is refused (403) and changes nothing")
    func writesNeedTheHeader() async throws {
        try await ServerFixture.withServer { server, client in
            var (headers, body) = ServerFixture.multipart(files: [("a.csv", try ServerFixture.sample("dbsh-2017.csv"))])
            headers[HTTPField.Name("X-Requested-With")!] = nil
            let upload = try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: body)
            #expect(upload.status == .forbidden)
            #expect(server.store.count == 0)
            let id = try await ServerFixture.uploadSamples(client)
            let delete = try await client.execute(uri: "/api/datasets/\(id)", method: .delete)
            #expect(delete.status == .forbidden)
            #expect(server.store.count == 1)
            var wrong = ServerFixture.write
            wrong[HTTPField.Name("X-Requested-With")!] = "XMLHttpRequest"
            #expect(try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: wrong).status == .forbidden)
        }
    }

    @Test("CORS preflights are refused and no response allows another origin")
    func corsIsRefused() async throws {
        try await ServerFixture.withServer { _, client in
            let headers: HTTPFields = [
                .origin: "https://evil.example", HTTPField.Name("Access-Control-Request-Method")!: "POST",
                HTTPField.Name("Access-Control-Request-Headers")!: "x-requested-with",
            ]
            let preflight = try await client.execute(uri: "/api/datasets", method: .options, headers: headers)
            #expect(preflight.status == .forbidden)
            #expect(preflight.headers[HTTPField.Name("Access-Control-Allow-Origin")!] == nil)
            #expect(preflight.headers[HTTPField.Name("Access-Control-Allow-Headers")!] == nil)
        }
    }

    @Test("a write from another origin or marked cross-site is refused even with the header")
    func crossOriginWrites() async throws {
        try await ServerFixture.withSamples { server, client, id in
            var fromElsewhere = ServerFixture.write
            fromElsewhere[.origin] = "http://evil.example"
            let fromElsewhereDelete = try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: fromElsewhere)
            #expect(fromElsewhereDelete.status == .forbidden)
            var crossSite = ServerFixture.write
            crossSite[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let crossSiteDelete = try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: crossSite)
            #expect(crossSiteDelete.status == .forbidden)
            var sameOrigin = ServerFixture.write
            sameOrigin[.origin] = "http://localhost"
            let sameOriginDelete = try await client.execute(uri: "/api/datasets/\(id)", method: .delete, headers: sameOrigin)
            #expect(sameOriginDelete.status == .noContent)
            #expect(server.store.count == 0)
        }
    }

    @Test("over real HTTP, a Host that does not name the server (DNS rebinding) is refused")
    func hostMustNameTheServer() async throws {
        try await ServerFixture.withServer(ServerSettings(port: 0), .live) { _, client in
            let port = try #require(client.port)
            // A timeout for a loaded machine, where a test process's threads may all be busy for a while.
            let raw = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120)))
            raw.connect()
            let rebound = try await raw.execute(TestClient.Request("/", method: .get, authority: "evil.example:\(port)"))
            #expect(rebound.status == .forbidden)
            let ours = try await raw.execute(TestClient.Request("/", method: .get, authority: "127.0.0.1:\(port)"))
            #expect(ours.status == .ok)
            let otherPort = try await raw.execute(TestClient.Request("/", method: .get, authority: "127.0.0.1:\(port == 1 ? 2 : port - 1)"))
            #expect(otherPort.status == .forbidden)
            try await raw.shutdown()
        }
    }

    @Test(
        "Host names: loopback names and addresses, with or without a port; nothing else",
        arguments: [
            ("localhost", true), ("LOCALHOST:8080", true), ("127.0.0.1:8080", true), ("[::1]:8080", true), ("evil.example", false),
            ("127.0.0.1.nip.io", false), ("localhost:9999", false), ("", false), ("user@localhost", false), ("[::1", false),
        ])
    func hostNames(authority: String, allowed: Bool) {
        let check = HostCheck(host: "127.0.0.1", extraNames: [])
        check.setPort(8080)
        #expect(check.allows(authority) == allowed)
    }

    @Test("a non-loopback host needs a password file")
    func exposureNeedsAPassword() throws {
        #expect(throws: InputErrorText.self) { try ServerSettings(host: "0.0.0.0").checkExposure() }
        #expect(throws: Never.self) { try ServerSettings(host: "127.0.0.1").checkExposure() }
        #expect(throws: Never.self) { try ServerSettings(host: "0.0.0.0", password: try PasswordHash.make("x", rounds: 210_000)).checkExposure() }
        #expect(ServerSettings.isLoopback("127.0.0.2") && ServerSettings.isLoopback("::1") && !ServerSettings.isLoopback("192.168.1.5"))
    }

    @Test("a password is kept as a salted PBKDF2 hash, read back from its line, and only the right one matches")
    func passwordHash() throws {
        let hash = try PasswordHash.make("mật khẩu đúng", rounds: 210_000)
        #expect(!hash.line.contains("mật khẩu"))
        #expect(hash.line.hasPrefix("pbkdf2-sha256$210000$"))
        let read = try PasswordHash(line: hash.line + "\n", file: "pw")
        #expect(read == hash)
        #expect(read.matches("mật khẩu đúng"))
        #expect(!read.matches("mật khẩu sai"))
        #expect(!read.matches(""))
        #expect(try PasswordHash.make("x", rounds: 210_000).line != (try PasswordHash.make("x", rounds: 210_000)).line)
        #expect(throws: InputErrorText.self) { try PasswordHash(line: "hunter2", file: "pw") }
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]) && !ConstantTime.equal([1, 2, 3], [1, 2, 4]) && !ConstantTime.equal([1], [1, 2]))
    }
}
