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
            // A browser that holds a login nonce keeps it: its own requests without a session (/favicon.ico) are sent
            // here too, and a new nonce each time left the form on screen with a token that no longer matched (403).
            let held = request.cookies[SessionStore.loginCookieName]?.value
            let nonce = held.flatMap { $0.count == 43 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? $0 : nil }
                ?? SessionStore.randomToken()
            let words = PageWords.for(language)
            let frame = PageRenderer.Frame(language: language, title: words(.loginTitle), page: "login", loggedIn: false, path: "/login",
                                           query: query.items.map { ($0.name, $0.value) }, showSteps: false)
            var response = Reply.html(server.pages.page("login", view: ["loginToken": sessions.loginToken(nonce: nonce)], frame: frame))
            response.setCookie(Self.cookie(SessionStore.loginCookieName, nonce))
            return response
        }
        router.post("/login") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: 4_096)
            let form = Query.form(String(buffer: body))
            guard sessions.isValidLoginToken(form["csrf"], nonce: request.cookies[SessionStore.loginCookieName]?.value) else {
                throw APIError(.forbidden, "the login form has expired or did not come from this server; reload the login page")
            }
            guard sessions.mayTryLogin() else {
                var error = APIError(.tooManyRequests, "wait a second after a wrong password before trying again")
                error.headers[.retryAfter] = "1"
                throw error
            }
            let password = form["password"] ?? ""
            let hash = server.settings.password
            let matches = try await server.pool.run { hash?.matches(password) ?? false }
            guard matches else {
                sessions.recordFailedLogin()
                throw APIError(.unauthorized, "the password is not right")
            }
            let session = sessions.create()
            var response = Reply.json(.object([("ok", .bool(true))]))
            response.setCookie(Self.cookie(SessionStore.cookieName, session.token))
            response.setCookie(Self.cookie(SessionStore.loginCookieName, "", expired: true))
            return response
        }
        router.post("/logout") { request, context in
            if let token = request.cookies[SessionStore.cookieName]?.value { sessions.remove(token) }
            var response = Reply.json(.object([("ok", .bool(true))]))
            response.setCookie(Self.cookie(SessionStore.cookieName, "", expired: true))
            return response
        }
    }

    /// A cookie scripts cannot read and other sites cannot send: `HttpOnly; SameSite=Strict; Path=/`.
    static func cookie(_ name: String, _ value: String, expired: Bool = false) -> Cookie {
        Cookie(name: name, value: value, maxAge: expired ? 0 : nil, path: "/", secure: false, httpOnly: true, sameSite: .strict)
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
