import Hummingbird
import HTTPTypes
import Logging
import CoopAnalytics
import CoopFormatting

/// The one door every request passes, before any route and around every answer:
///
/// - the `Host` must name this server (no DNS rebinding);
/// - CORS preflights (`OPTIONS`) are refused, and no response allows another origin;
/// - every write (`POST`, `DELETE`) carries `X-Requested-With: coopchart`, which a page elsewhere cannot
///   add without a preflight, and is not marked cross-site by the browser;
/// - with a password: a live session for everything but the login page and the assets, and the
///   session's CSRF token (`X-CSRF-Token`) on every write;
/// - every response, errors included, carries the security headers.
///
/// A route's error becomes JSON under `/api` and a page elsewhere; an unexpected error is a 500 that
/// says nothing of the server's insides, and the server goes on serving.
struct Guard<Inner: HTTPResponder>: HTTPResponder where Inner.Context == ServerContext {
    typealias Context = ServerContext

    let inner: Inner
    let hosts: HostCheck
    /// nil: the server has no password (loopback only).
    let sessions: SessionStore?
    let pages: PageRenderer

    static var writeHeader: HTTPField.Name { HTTPField.Name("X-Requested-With")! }
    static var csrfHeader: HTTPField.Name { HTTPField.Name("X-CSRF-Token")! }
    static var writeHeaderValue: String { "coopchart" }

    func respond(to request: Request, context: ServerContext) async throws -> Response {
        var response: Response
        do {
            response = try await admit(request, context: context)
            if response.status == .notFound, context.endpointPath == "NotFound" {
                response = errorResponse(APIError(.notFound, "there is nothing at \(request.method) \(request.uri.path.prefix(200))"), request)
            }
        } catch let error as APIError {
            response = errorResponse(error, request)
        } catch let error as InputError {
            response = errorResponse(APIError.parameter(error), request)
        } catch let error as HTTPError {
            response = errorResponse(APIError(error.status, error.body ?? error.status.reasonPhrase), request)
        } catch {
            context.logger.error("unexpected error: \(String(describing: error))")
            response = errorResponse(APIError(.internalServerError, "the server could not do this (an unexpected error); it goes on serving"), request)
        }
        SecurityHeaders.apply(to: &response.headers, isPage: !Self.isAPI(request))
        return response
    }

    private func admit(_ request: Request, context: ServerContext) async throws -> Response {
        guard hosts.allows(request.head.authority ?? request.headers[HTTPField.Name("Host")!]) else {
            throw APIError(.forbidden, "the Host header \"\(String((request.head.authority ?? "").prefix(100)))\" does not name this server; "
                              + "open it at http://127.0.0.1:\(hosts.port)/ (a page on another site may not use it)")
        }
        switch request.method {
        case .get, .head, .post, .delete: break
        case .options:
            throw APIError(.forbidden, "cross-origin requests are refused: this server answers only its own pages")
        default:
            var error = APIError(.methodNotAllowed, "\(request.method) is not used here; the API takes GET, POST and DELETE")
            error.headers[.allow] = "GET, HEAD, POST, DELETE"
            throw error
        }
        let isWrite = request.method == .post || request.method == .delete
        if isWrite {
            guard request.headers[Self.writeHeader] == Self.writeHeaderValue else {
                throw APIError(.forbidden, "a write (POST, DELETE) must carry the header X-Requested-With: coopchart; "
                                  + "the page sends it, a form or a page on another site cannot")
            }
            if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site == "cross-site" {
                throw APIError(.forbidden, "a write from another site is refused")
            }
            if let origin = request.headers[.origin], !hosts.allows(Self.authority(ofOrigin: origin)) {
                throw APIError(.forbidden, "a write from the origin \(origin.prefix(100)) is refused; only this server's own pages may write")
            }
        }
        var context = context
        if let sessions, !Self.isPublic(request) {
            guard let session = sessions.session(for: request.cookies[SessionStore.cookieName]?.value) else {
                if Self.isAPI(request) || isWrite {
                    throw APIError(.unauthorized, "log in first: this server needs a password (the page at /login)")
                }
                return Reply.redirect(to: "/login" + (Self.languageQuery(request).map { "?lang=\($0)" } ?? ""))
            }
            if isWrite {
                guard let token = request.headers[Self.csrfHeader], ConstantTime.equal(token, session.csrf) else {
                    throw APIError(.forbidden, "the request has no valid CSRF token (X-CSRF-Token); reload the page and try again")
                }
            }
            context.session = session
        }
        return try await inner.respond(to: request, context: context)
    }

    private func errorResponse(_ error: APIError, _ request: Request) -> Response {
        var headers = error.headers
        headers[.cacheControl] = "no-store"
        if Self.isAPI(request) || request.method != .get {
            return Reply.json(error.json, status: error.status, headers: headers)
        }
        let language = Self.languageQuery(request).flatMap(Language.init(rawValue:)) ?? .vi
        return Reply.html(pages.error(error, language: language, loggedIn: false), status: error.status, headers: headers)
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path == "/api" || request.uri.path.hasPrefix("/api/")
    }

    /// What a browser may load before logging in: the login page and the style sheet and script.
    static func isPublic(_ request: Request) -> Bool {
        let path = request.uri.path
        return path == "/login" || path.hasPrefix("/assets/")
    }

    static func languageQuery(_ request: Request) -> String? {
        (try? Query(request.uri.query))?.all("lang").first.flatMap { $0 == "en" || $0 == "vi" ? $0 : nil }
    }

    /// "http://127.0.0.1:8080" → "127.0.0.1:8080"; "null" and anything else unreadable → "".
    static func authority(ofOrigin origin: String) -> String {
        guard let range = origin.range(of: "://") else { return "" }
        return String(origin[range.upperBound...])
    }
}

/// The headers every response carries: a Content-Security-Policy that allows this server's own script
/// and style only (no inline script), no MIME sniffing, no referrer, no framing.
enum SecurityHeaders {
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func apply(to headers: inout HTTPFields, isPage: Bool) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
