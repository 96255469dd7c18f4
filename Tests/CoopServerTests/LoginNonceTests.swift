import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// A browser shows the login form and, before the password is typed, asks for /favicon.ico on its own; without a
/// session that request is sent to the login page too. The form on screen must stay valid (found with Chromium
/// through scripts/check-proxy.sh: every login in a real browser was refused with 403).
@Suite("The login form stays valid when the browser loads the login page again")
struct LoginNonceTests {
    @Test("a second visit to /login keeps the browser's nonce, and the first form's token logs in")
    func theFirstFormStillLogsIn() async throws {
        let password = "Hội nghị cụm 2017"
        let settings = ServerSettings(host: "0.0.0.0", port: 0, password: try PasswordHash.make(password, rounds: 210_000))
        try await ServerFixture.withServer(settings) { _, client in
            let first = try await client.execute(uri: "/login", method: .get)
            let setCookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix(SessionStore.loginCookieName + "=") })
            let nonce = String(setCookie.dropFirst(SessionStore.loginCookieName.count + 1).prefix { $0 != ";" })
            let page = String(buffer: first.body)
            let token = try #require(
                page.range(of: #"name="csrf" value="[^"]+""#, options: .regularExpression).map {
                    String(page[$0].dropFirst(#"name="csrf" value=""#.count).dropLast())
                })
            // The browser's own request, redirected to the login page, carries the nonce it holds.
            let again = try await client.execute(uri: "/login", method: .get, headers: [.cookie: "\(SessionStore.loginCookieName)=\(nonce)"])
            let renewed = again.headers[values: .setCookie].first { $0.hasPrefix(SessionStore.loginCookieName + "=") }
            #expect(renewed == nil || renewed?.hasPrefix("\(SessionStore.loginCookieName)=\(nonce);") == true)

            var headers = ServerFixture.write
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.cookie] = "\(SessionStore.loginCookieName)=\(nonce)"
            var form = URLComponents()
            form.queryItems = [URLQueryItem(name: "csrf", value: token), URLQueryItem(name: "password", value: password)]
            let login = try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: form.percentEncodedQuery ?? ""))
            #expect(login.status == .ok)
        }
    }
}
