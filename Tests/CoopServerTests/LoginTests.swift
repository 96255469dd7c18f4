import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

@Suite("A server with a password: login page, session cookie, CSRF token")
struct LoginTests {
    static let password = "Hội nghị cụm 2017"

    static func settings() throws -> ServerSettings {
        ServerSettings(host: "0.0.0.0", port: 0, password: try PasswordHash.make(password, rounds: 210_000))
    }

    /// The value of `name` among the response's Set-Cookie headers, and the whole header.
    static func cookie(_ response: TestResponse, _ name: String) -> (value: String, header: String)? {
        for header in response.headers[values: .setCookie] where header.hasPrefix(name + "=") {
            let value = header.dropFirst(name.count + 1).prefix { $0 != ";" }
            return (String(value), header)
        }
        return nil
    }

    static func capture(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    /// Posts the login form as the page's script does.
    static func login(_ client: any TestClientProtocol, password: String, nonce: String?, token: String) async throws -> TestResponse {
        var headers = ServerFixture.write
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let nonce { headers[.cookie] = "\(SessionStore.loginCookieName)=\(nonce)" }
        var form = URLComponents()
        form.queryItems = [URLQueryItem(name: "csrf", value: token), URLQueryItem(name: "password", value: password)]
        return try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: form.percentEncodedQuery ?? ""))
    }

    @Test("without a session, pages lead to the login page and the API answers 401")
    func loginIsRequired() async throws {
        try await ServerFixture.withServer(try Self.settings()) { _, client in
            let page = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login?lang=en")
            #expect(try await client.execute(uri: "/api/datasets/abc", method: .get).status == .unauthorized)
            let upload = try await ServerFixture.upload(client, [("a.csv", try ServerFixture.sample("dbsh-2017.csv"))])
            #expect(upload.status == .unauthorized)
            #expect(try await client.execute(uri: "/assets/app.css", method: .get).status == .ok)
        }
    }

    @Test("the login: a form token tied to a cookie, a wrong password (401, then 429 at once), the right one (an HttpOnly SameSite=Strict session)")
    func loginFlow() async throws {
        // A pause far longer than the test, so "429 at once" does not depend on how fast a loaded machine is.
        var settings = try Self.settings()
        settings.failedLoginPause = .seconds(600)
        try await ServerFixture.withServer(settings) { server, client in
            let form = try await client.execute(uri: "/login", method: .get)
            #expect(form.status == .ok)
            let nonce = try #require(Self.cookie(form, SessionStore.loginCookieName))
            #expect(nonce.header.contains("HttpOnly") && nonce.header.contains("SameSite=Strict"))
            let token = try #require(Self.capture(#"name="csrf" value="([^"]+)""#, in: form.text))

            #expect(try await Self.login(client, password: Self.password, nonce: nil, token: token).status == .forbidden)
            #expect(try await Self.login(client, password: Self.password, nonce: nonce.value, token: "forged").status == .forbidden)
            #expect(try await Self.login(client, password: "sai", nonce: nonce.value, token: token).status == .unauthorized)
            #expect(try await Self.login(client, password: Self.password, nonce: nonce.value, token: token).status == .tooManyRequests)
            // The pause over: the failure as if it had been recorded longer ago than the pause.
            server.sessions?.recordFailedLogin(client: "local", now: .now - .seconds(601))
            let accepted = try await Self.login(client, password: Self.password, nonce: nonce.value, token: token)
            #expect(accepted.status == .ok)
            let session = try #require(Self.cookie(accepted, SessionStore.cookieName))
            #expect(session.header.contains("HttpOnly"))
            #expect(session.header.contains("SameSite=Strict"))
            #expect(session.header.contains("Path=/"))
            #expect(server.sessions?.count == 1)
        }
    }

    @Test("with a session, every write needs its CSRF token; logging out ends the session")
    func csrfOnWrites() async throws {
        try await ServerFixture.withServer(try Self.settings()) { server, client in
            let session = try #require(server.sessions).create()
            let cookie: HTTPFields = [.cookie: "\(SessionStore.cookieName)=\(session.token)"]
            let page = try await client.execute(uri: "/", method: .get, headers: cookie)
            #expect(page.status == .ok)
            #expect(Self.capture(#"data-csrf="([^"]+)""#, in: page.text) == session.csrf)

            var (headers, body) = ServerFixture.multipart(files: try ServerFixture.figures2017.map { ($0, try ServerFixture.sample($0)) })
            headers[.cookie] = cookie[.cookie]
            #expect(try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: body).status == .forbidden)
            headers[HTTPField.Name("X-CSRF-Token")!] = "not-the-token"
            #expect(try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: body).status == .forbidden)
            headers[HTTPField.Name("X-CSRF-Token")!] = session.csrf
            #expect(try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: body).status == .created)

            var logout = ServerFixture.write
            logout[.cookie] = cookie[.cookie]
            logout[HTTPField.Name("X-CSRF-Token")!] = session.csrf
            #expect(try await client.execute(uri: "/logout", method: .post, headers: logout).status == .ok)
            #expect(try await client.execute(uri: "/", method: .get, headers: cookie).status == .seeOther)
        }
    }
}
