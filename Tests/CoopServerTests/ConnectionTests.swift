import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// The server over real sockets, as clients that misbehave use it: connections that trickle a header or a
/// body, more connections than an address may hold, guesses at the password sent all at once from one
/// address while the owner logs in from another, and a download under way when the server is told to stop.
/// Short versions: the long ones (hundreds of clients, thousands of requests, latencies) are in
/// scripts/bench-serve.sh.
@Suite("Connections: slow clients, limits, the login pause per address, SIGTERM during a download")
struct ConnectionTests {
    static func settings(password: PasswordHash? = nil, headerTimeout: Duration = .seconds(2)) -> ServerSettings {
        var settings = ServerSettings(host: password == nil ? "127.0.0.1" : "0.0.0.0", port: 0, password: password)
        settings.connections = ConnectionLimits(
            total: 64, perClient: 12, headerTimeout: headerTimeout, bodyWindow: .seconds(2),
            minimumBodyRate: 1_000, stalledWriteTimeout: .seconds(5))
        return settings
    }

    @Test("connections trickling a header or a body are cut off, and a client at another address is served meanwhile")
    func slowClientsDoNotStarveOthers() async throws {
        // A header timeout long enough that the forty connections are all open before the first times out,
        // even on a loaded machine: the places are then made by eviction, which is what is tested here.
        try await ServerFixture.withServer(Self.settings(headerTimeout: .seconds(10)), .live) { server, client in
            let port = try #require(client.port)
            let (status, trickledClosed, headClosed) = try await onThread { () throws -> (Int, [Bool], Bool) in
                // Forty connections from one address, each stopping in the middle of its request line.
                var trickling: [RawConnection] = []
                for _ in 0..<40 {
                    let connection = try RawConnection(port: port, from: "127.0.0.2")
                    connection.send("GET / HTTP/1.1\r\nHo")
                    trickling.append(connection)
                }
                // A head that never ends, from a third address.
                let head = try RawConnection(port: port, from: "127.0.0.3")
                head.send("POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Requested-With: coopchart\r\n")
                // Another client is answered meanwhile.
                let normal = try RawConnection(port: port, from: "127.0.0.1")
                normal.send(RawRequest.get("/", port: port))
                let status = try normal.readResponse().status
                // Every trickling connection is closed: made room for, or timed out.
                return (status, trickling.map { $0.isClosedByServer(within: 120) }, head.isClosedByServer(within: 120))
            }
            #expect(status == 200)
            #expect(trickledClosed.allSatisfy { $0 }, "\(trickledClosed.filter { !$0 }.count) trickling connections still open")
            #expect(headClosed, "a head never finished is cut off")
            // How many gave way and how many timed out depends on how soon the server accepts them (on a loaded
            // machine the first may time out before the last arrive); that the address never holds more than
            // its 12, and that newer connections push out older ones, does not.
            #expect(server.connections.peakPerClient <= 12, "one address never holds more than its 12 connections")
            #expect(server.connections.evicted >= 1, "the oldest waiting connections of the address gave way to its newer ones")
        }
    }

    @Test("a body that stops coming is cut off; one that keeps coming is read")
    func stalledBodiesAreCutOff() async throws {
        try await ServerFixture.withServer(Self.settings(), .live) { _, client in
            let port = try #require(client.port)
            let (headers, multipartBody) = ServerFixture.multipart(files: [("a.csv", try ServerFixture.sample("dbsh-2017.csv"))])
            var fields: [String: String] = [:]
            for field in headers { fields[field.name.rawName] = field.value }
            let body = Array(multipartBody.readableBytesView), sent = fields
            let (cutOff, status) = try await onThread { () throws -> (Bool, Int) in
                let stalled = try RawConnection(port: port)
                stalled.send(
                    "POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Requested-With: coopchart\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n")
                let cutOff = stalled.isClosedByServer(within: 30)
                let steady = try RawConnection(port: port)
                steady.send(RawRequest.post("/api/datasets", port: port, body: body, headers: sent))
                return (cutOff, try steady.readResponse().status)
            }
            #expect(cutOff, "a body that stops is cut off after a window or two")
            #expect(status == 201)
        }
    }

    @Test("guesses at the password sent together from one address get one check between them; the owner logs in from another meanwhile")
    func loginPauseIsAtomicAndPerAddress() async throws {
        var settings = Self.settings(password: try PasswordHash.make(LoginTests.password, rounds: 210_000))
        settings.failedLoginPause = .seconds(600)
        try await ServerFixture.withServer(settings, .live) { server, client in
            let port = try #require(client.port)
            let (statuses, owner) = try await onThread { () throws -> ([Int], Int) in
                let (nonce, token) = try Self.loginForm(port: port, from: "127.0.0.2")
                let guesses = try (0..<8).map { index in
                    let connection = try RawConnection(port: port, from: "127.0.0.2")
                    connection.send(Self.loginRequest(port: port, password: "đoán-\(index)", nonce: nonce, token: token))
                    return connection
                }
                let statuses = try guesses.map { try $0.readResponse().status }.sorted()
                // The owner, at another address, is not held up by the guesses.
                let (ownerNonce, ownerToken) = try Self.loginForm(port: port, from: "127.0.0.1")
                let owner = try RawConnection(port: port, from: "127.0.0.1")
                owner.send(Self.loginRequest(port: port, password: LoginTests.password, nonce: ownerNonce, token: ownerToken))
                return (statuses, try owner.readResponse().status)
            }
            #expect(statuses == [401] + Array(repeating: 429, count: 7), "one guess checked, the others refused at once: \(statuses)")
            #expect(owner == 200)
            #expect(server.sessions?.count == 1)
        }
    }

    /// The login form's cookie and token, as a browser at `source` gets them.
    static func loginForm(port: Int, from source: String) throws -> (nonce: String, token: String) {
        let connection = try RawConnection(port: port, from: source)
        connection.send(RawRequest.get("/login", port: port))
        let form = try connection.readResponse()
        let cookie = try #require(form.headers["set-cookie"])
        let nonce = String(cookie.dropFirst(SessionStore.loginCookieName.count + 1).prefix { $0 != ";" })
        let token = try #require(LoginTests.capture(#"name="csrf" value="([^"]+)""#, in: String(decoding: form.body, as: UTF8.self)))
        return (nonce, token)
    }

    static func loginRequest(port: Int, password: String, nonce: String, token: String) -> [UInt8] {
        var form = URLComponents()
        form.queryItems = [URLQueryItem(name: "csrf", value: token), URLQueryItem(name: "password", value: password)]
        return RawRequest.post(
            "/login", port: port, body: Array((form.percentEncodedQuery ?? "").utf8),
            headers: [
                "X-Requested-With": "coopchart", "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": "\(SessionStore.loginCookieName)=\(nonce)",
            ])
    }

    @Test("SIGTERM while a large download is still being read: the file arrives whole, then the server exits 0")
    func sigtermLetsTheDownloadFinish() async throws {
        let binary = try #require(CLIRun.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"]
        let output = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var text = ""
        while !text.contains("listening on http://"), process.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let port = try #require(Int(PageTests.matches(#"listening on http://127\.0\.0\.1:(\d+)/"#, in: text).first ?? ""))
        // The samples, then every figure of the report as PNG, EPS, SVG and PDF at 600 dpi: several megabytes.
        let (headers, multipartBody) = ServerFixture.multipart(files: try ServerFixture.figures2017.map { ($0, try ServerFixture.sample($0)) })
        var fields: [String: String] = [:]
        for field in headers { fields[field.name.rawName] = field.value }
        let uploadBody = Array(multipartBody.readableBytesView), uploadHeaders = fields
        let created = try await onThread {
            let upload = try RawConnection(port: port)
            upload.send(RawRequest.post("/api/datasets", port: port, body: uploadBody, headers: uploadHeaders))
            return try upload.readResponse()
        }
        #expect(created.status == 201)
        let id = try #require((try JSONSerialization.jsonObject(with: Data(created.body)) as? [String: Any])?["id"] as? String)
        let scheme = try ServerFixture.sample("scheme-dbsh-2017.yaml")
        let pid = process.processIdentifier
        let (length, body) = try await onThread { () throws -> (Int, [UInt8]) in
            let download = try RawConnection(port: port)
            download.send(
                RawRequest.post(
                    "/api/datasets/\(id)/report?year=2017&format=zip&formats=png,eps,svg,pdf&dpi=600", port: port,
                    body: scheme, headers: ["X-Requested-With": "coopchart", "Content-Type": "application/yaml"]))
            // The first bytes of the answer, then the stop signal, then the rest, slowly (about 500 KB a second,
            // as a browser on a busy office network), so the answer is still being written when the server stops.
            download.setTimeout(seconds: 300)
            var first = download.receive(4_096)
            kill(pid, SIGTERM)
            while !String(decoding: first, as: UTF8.self).contains("\r\n\r\n") {
                let part = download.receive(4_096)
                if part.isEmpty { break }
                first += part
            }
            guard let split = first.indices.first(where: { first[$0...].starts(with: Array("\r\n\r\n".utf8)) }) else { return (0, []) }
            let head = String(decoding: first[..<split], as: UTF8.self)
            let length = Int(PageTests.matches(#"(?i)content-length: (\d+)"#, in: head).first ?? "") ?? 0
            var body = Array(first[(split + 4)...])
            while body.count < length {
                let part = download.receive(16_384)
                if part.isEmpty { break }
                body += part
                // Slowly for the first megabyte (the server is stopping meanwhile), then as fast as it comes, so
                // a slow machine reads the whole file within the server's 30 s of grace.
                if body.count < 1_000_000 { Thread.sleep(forTimeInterval: 0.03) }
            }
            return (length, body)
        }
        #expect(length > 4_000_000, "a download larger than the socket buffers: \(length) bytes")
        #expect(body.count == length, "the whole file arrives after SIGTERM")
        // A ZIP ends with its end-of-central-directory record.
        #expect(body.suffix(22).starts(with: [0x50, 0x4B, 0x05, 0x06]))
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
