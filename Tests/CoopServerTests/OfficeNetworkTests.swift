import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// A server on the office network, with a password: what a browser does on its own (the icon, a second tab,
/// a reload) leaves the login form good; behind HTTPS the cookies are Secure and HSTS is sent.
@Suite("Office-network mode: the login a browser can use, HTTPS behind a proxy, the addresses to open")
struct OfficeNetworkTests {
    static func settings() throws -> ServerSettings {
        ServerSettings(host: "0.0.0.0", port: 0, password: try PasswordHash.make(LoginTests.password, rounds: 210_000))
    }

    @Test("the browser's own /favicon.ico and every path that is not a page are answered where they are, never sent to the login")
    func nonPagesAreNotRedirected() async throws {
        try await ServerFixture.withServer(try Self.settings()) { _, client in
            let icon = try await client.execute(uri: "/favicon.ico", method: .get)
            #expect(icon.status == .ok)
            #expect(icon.headers[.contentType] == "image/x-icon")
            #expect(icon.bytes.starts(with: [0, 0, 1, 0]), "an ICO file")
            for path in ["/robots.txt", "/apple-touch-icon.png", "/api/datasets/abc", "/assets/nothing.css", "/.well-known/x"] {
                let answer = try await client.execute(uri: path, method: .get)
                #expect(answer.status != .seeOther, "\(path) is not a page: \(answer.status)")
                #expect(answer.headers[.location] == nil, "\(path)")
            }
            // A page a person opens still leads to the login.
            #expect(try await client.execute(uri: "/datasets/abc/chart", method: .get).status == .seeOther)
        }
    }

    @Test("the login form's token stays the same while its cookie is current, however often the page or the icon is loaded")
    func loginTokenIsStable() async throws {
        try await ServerFixture.withServer(try Self.settings()) { _, client in
            let first = try await client.execute(uri: "/login", method: .get)
            let nonce = try #require(LoginTests.cookie(first, SessionStore.loginCookieName))
            #expect(nonce.header.contains("Max-Age="))
            let token = try #require(LoginTests.capture(#"name="csrf" value="([^"]+)""#, in: first.text))
            let cookie: HTTPFields = [.cookie: "\(SessionStore.loginCookieName)=\(nonce.value)"]
            _ = try await client.execute(uri: "/favicon.ico", method: .get, headers: cookie)
            let again = try await client.execute(uri: "/login", method: .get, headers: cookie)
            #expect(LoginTests.cookie(again, SessionStore.loginCookieName) == nil, "the cookie is kept, not replaced")
            #expect(LoginTests.capture(#"name="csrf" value="([^"]+)""#, in: again.text) == token)
            #expect(try await LoginTests.login(client, password: LoginTests.password, nonce: nonce.value, token: token).status == .ok)
        }
    }

    @Test("a login form older than its lifetime is refused; a made-up cookie gets a new form")
    func loginTokenExpires() throws {
        let now = Int(Date().timeIntervalSince1970)
        let sessions = SessionStore(idle: .seconds(60), wallClock: { now })
        let current = sessions.newLoginNonce()
        #expect(sessions.isCurrentLoginNonce(current))
        let old = String(current.prefix { $0 != "." }) + ".\(now - 13 * 60 * 60)"
        #expect(!sessions.isCurrentLoginNonce(old))
        #expect(!sessions.isValidLoginToken(sessions.loginToken(nonce: old), nonce: old))
        #expect(!sessions.isCurrentLoginNonce("made-up"))
    }

    @Test("--behind-https: cookies are Secure and every answer carries HSTS; without it, neither")
    func behindHTTPS() async throws {
        var settings = try Self.settings()
        settings.behindHTTPS = true
        try await ServerFixture.withServer(settings) { _, client in
            let form = try await client.execute(uri: "/login", method: .get)
            #expect(form.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000")
            #expect(LoginTests.cookie(form, SessionStore.loginCookieName)?.header.contains("Secure") == true)
            let icon = try await client.execute(uri: "/favicon.ico", method: .get)
            #expect(icon.headers[HTTPField.Name("Strict-Transport-Security")!] != nil)
        }
        try await ServerFixture.withServer(try Self.settings()) { _, client in
            let form = try await client.execute(uri: "/login", method: .get)
            #expect(form.headers[HTTPField.Name("Strict-Transport-Security")!] == nil)
            #expect(LoginTests.cookie(form, SessionStore.loginCookieName)?.header.contains("Secure") == false)
        }
    }

    @Test("a trusted proxy's X-Forwarded-Proto and X-Forwarded-For are believed; anyone else's are not")
    func trustedProxy() throws {
        let trust = ProxyTrust(behindHTTPS: false, trusted: ["10.0.0.5"])
        var head = HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/")
        head.headerFields[ProxyTrust.forwardedProto] = "https"
        head.headerFields[ProxyTrust.forwardedFor] = "192.168.1.40, 10.0.0.9"
        let request = Request(head: head, body: .init(buffer: ByteBuffer()))
        let proxy = try SocketAddress(ipAddress: "10.0.0.5", port: 4000)
        let stranger = try SocketAddress(ipAddress: "192.168.1.77", port: 4000)
        #expect(trust.isSecure(request, peer: proxy))
        #expect(trust.client(of: request, peer: proxy) == "10.0.0.9")
        #expect(!trust.isSecure(request, peer: stranger))
        #expect(trust.client(of: request, peer: stranger) == "192.168.1.77")
    }

    @Test("the start line names addresses a colleague can open: never 0.0.0.0, the machine's own addresses for a wildcard host")
    func reachableAddresses() {
        let wildcard = CoopServer.reachableAddresses(host: "0.0.0.0", port: 8080)
        #expect(!wildcard.isEmpty)
        #expect(wildcard.allSatisfy { $0.hasPrefix("http://") && $0.hasSuffix(":8080/") && !$0.contains("0.0.0.0") })
        #expect(wildcard.last == "http://127.0.0.1:8080/", "loopback last, for the person at the machine")
        #expect(CoopServer.reachableAddresses(host: "192.168.1.5", port: 9000) == ["http://192.168.1.5:9000/"])
    }
}
