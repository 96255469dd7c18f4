import Foundation
import Hummingbird
import CoopFormatting

/// The login of a server with a password: `GET /login` (the form, with a token tied to a nonce cookie),
/// `POST /login` (the password; a session cookie on success), `POST /logout`. The password is checked in
/// the pool (PBKDF2 is slow on purpose) and compared in constant time; after a failure the next try must
/// wait a second.
struct LoginRoutes {
    let server: CoopServer
    let sessions: SessionStore

    func add(to router: Router<ServerContext>) {
        router.get("/login") { request, context in
            let query = try Query(request.uri.query)
            let language = try query.language()
            // A browser already logged in goes on to the start.
            if context.session != nil || sessions.session(for: request.cookies[SessionStore.cookieName]?.value) != nil {
                return Reply.redirect(to: "/?lang=\(language.rawValue)")
            }
            // The form's token stays the same while its cookie is current: another tab, a reload, or any
            // request the browser makes on its own cannot make the form on screen stale.
            let sent = request.cookies[SessionStore.loginCookieName]?.value
            let nonce = sessions.isCurrentLoginNonce(sent) ? sent! : sessions.newLoginNonce()
            let words = PageWords.for(language)
            let frame = PageRenderer.Frame(
                language: language, title: words(.loginTitle), page: "login", loggedIn: false, path: "/login",
                query: query.items.map { ($0.name, $0.value) }, showSteps: false)
            var response = Reply.html(server.pages.page("login", view: ["loginToken": sessions.loginToken(nonce: nonce)], frame: frame))
            if nonce != sent {
                response.setCookie(
                    Self.cookie(
                        SessionStore.loginCookieName, nonce, secure: context.isSecure,
                        maxAge: Int(SessionStore.loginFormLifetime.components.seconds)))
            }
            return response
        }
        router.post("/login") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: 4_096)
            let form = Query.form(String(buffer: body))
            guard sessions.isValidLoginToken(form["csrf"], nonce: request.cookies[SessionStore.loginCookieName]?.value) else {
                throw APIError(
                    .forbidden, "the login form has expired or did not come from this server; reload the login page",
                    vietnamese: "biểu mẫu đăng nhập đã hết hạn hoặc không phải của máy chủ này; hãy tải lại trang đăng nhập")
            }
            guard sessions.beginLogin(client: context.client) else {
                var error = APIError(
                    .tooManyRequests, "wait a second after a wrong password before trying again",
                    vietnamese: "hãy chờ một giây sau khi nhập sai mật khẩu rồi thử lại")
                error.headers[.retryAfter] = "1"
                throw error
            }
            let password = form["password"] ?? ""
            let hash = server.settings.password
            let matches: Bool
            do {
                matches = try await server.pool.run { hash?.matches(password) ?? false }
            } catch {
                sessions.endLogin(client: context.client, succeeded: false)
                throw error
            }
            sessions.endLogin(client: context.client, succeeded: matches)
            guard matches else {
                throw APIError(.unauthorized, "the password is not right", vietnamese: "mật khẩu không đúng")
            }
            let session = sessions.create()
            var response = Reply.json(.object([("ok", .bool(true))]))
            response.setCookie(Self.cookie(SessionStore.cookieName, session.token, secure: context.isSecure))
            response.setCookie(Self.cookie(SessionStore.loginCookieName, "", secure: context.isSecure, expired: true))
            return response
        }
        router.post("/logout") { request, context in
            if let token = request.cookies[SessionStore.cookieName]?.value { sessions.remove(token) }
            var response = Reply.json(.object([("ok", .bool(true))]))
            response.setCookie(Self.cookie(SessionStore.cookieName, "", secure: context.isSecure, expired: true))
            return response
        }
    }

    /// A cookie scripts cannot read and other sites cannot send: `HttpOnly; SameSite=Strict; Path=/`, and
    /// `Secure` when the browser reached the server over HTTPS.
    static func cookie(_ name: String, _ value: String, secure: Bool, expired: Bool = false, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: expired ? 0 : maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

extension Query {
    /// An `application/x-www-form-urlencoded` body, read as a query; the first value of each name.
    static func form(_ body: String) -> [String: String] {
        guard let query = try? Query(body) else { return [:] }
        var values: [String: String] = [:]
        for item in query.items where values[item.name] == nil { values[item.name] = item.value }
        return values
    }
}
