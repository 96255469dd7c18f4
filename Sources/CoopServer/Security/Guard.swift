import Hummingbird
import HTTPTypes
import Logging
import CoopAnalytics
import CoopFormatting
import CoopService

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
    let proxies: ProxyTrust

    static var writeHeader: HTTPField.Name { HTTPField.Name("X-Requested-With")! }
    static var csrfHeader: HTTPField.Name { HTTPField.Name("X-CSRF-Token")! }
    static var writeHeaderValue: String { "coopchart" }

    func respond(to request: Request, context: ServerContext) async throws -> Response {
        var context = context
        context.client = proxies.client(of: request, peer: context.peer)
        context.isSecure = proxies.isSecure(request, peer: context.peer)
        var response: Response
        do {
            response = try await admit(request, context: context)
            if response.status == .notFound, context.endpointPath == "NotFound" {
                response = errorResponse(
                    APIError(
                        .notFound, "there is nothing at \(request.method) \(request.uri.path.prefix(200))",
                        vietnamese: "không có gì ở \(request.method) \(request.uri.path.prefix(200))"), request)
            }
        } catch {
            response = errorResponse(APIError.from(error, logger: context.logger), request)
        }
        SecurityHeaders.apply(to: &response.headers, isPage: !Self.isAPI(request), secure: context.isSecure)
        return response
    }

    private func admit(_ request: Request, context: ServerContext) async throws -> Response {
        guard hosts.allows(request.head.authority ?? request.headers[HTTPField.Name("Host")!]) else {
            let shown = String((request.head.authority ?? "").prefix(100))
            throw APIError(
                .forbidden,
                "the Host header \"\(shown)\" does not name this server; open it at one of its own addresses (a page on another site may not use it)",
                vietnamese:
                    "tiêu đề Host \"\(shown)\" không phải tên của máy chủ này; hãy mở bằng một địa chỉ của chính nó (trang ở nơi khác không được dùng nó)")
        }
        switch request.method {
        case .get, .head, .post, .delete: break
        case .options:
            throw APIError(
                .forbidden, "cross-origin requests are refused: this server answers only its own pages",
                vietnamese: "yêu cầu từ nguồn khác bị từ chối: máy chủ chỉ trả lời các trang của chính nó")
        default:
            var error = APIError(
                .methodNotAllowed, "\(request.method) is not used here; the API takes GET, POST and DELETE",
                vietnamese: "không dùng \(request.method) ở đây; API nhận GET, POST và DELETE")
            error.headers[.allow] = "GET, HEAD, POST, DELETE"
            throw error
        }
        let isWrite = request.method == .post || request.method == .delete
        if isWrite {
            guard request.headers[Self.writeHeader] == Self.writeHeaderValue else {
                throw APIError(
                    .forbidden,
                    "a write (POST, DELETE) must carry the header X-Requested-With: coopchart; the page sends it, a form or a page on another site cannot",
                    vietnamese:
                        "một yêu cầu ghi (POST, DELETE) phải có tiêu đề X-Requested-With: coopchart; trang web gửi tiêu đề này, một biểu mẫu hay trang ở nơi khác thì không"
                )
            }
            if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site == "cross-site" {
                throw APIError(.forbidden, "a write from another site is refused", vietnamese: "yêu cầu ghi từ trang khác bị từ chối")
            }
            if let origin = request.headers[.origin], !hosts.allows(Self.authority(ofOrigin: origin)) {
                throw APIError(
                    .forbidden, "a write from the origin \(origin.prefix(100)) is refused; only this server's own pages may write",
                    vietnamese: "yêu cầu ghi từ \(origin.prefix(100)) bị từ chối; chỉ các trang của máy chủ này được ghi")
            }
        }
        var context = context
        if let sessions, !Self.isPublic(request) {
            guard let session = sessions.session(for: request.cookies[SessionStore.cookieName]?.value) else {
                // Only a page a person opens is sent to the login; everything else (the browser's own
                // /favicon.ico, the API, a script's request) is answered where it is, so the login form on
                // screen keeps its token.
                guard Self.isPage(request) else {
                    throw APIError(
                        .unauthorized, "log in first: this server needs a password (the page at /login)",
                        vietnamese: "hãy đăng nhập trước: máy chủ này cần mật khẩu (trang /login)")
                }
                return Reply.redirect(to: "/login" + (Self.languageQuery(request).map { "?lang=\($0)" } ?? ""))
            }
            if isWrite {
                guard let token = request.headers[Self.csrfHeader], ConstantTime.equal(token, session.csrf) else {
                    throw APIError(
                        .forbidden, "the request has no valid CSRF token (X-CSRF-Token); reload the page and try again",
                        vietnamese: "yêu cầu không có mã CSRF hợp lệ (X-CSRF-Token); hãy tải lại trang rồi thử lại")
                }
            }
            context.session = session
        }
        return try await inner.respond(to: request, context: context)
    }

    private func errorResponse(_ error: APIError, _ request: Request) -> Response {
        var headers = error.headers
        headers[.cacheControl] = "no-store"
        if Self.isAPI(request) || request.method != .get || !Self.isPage(request) {
            return Reply.json(error.json(Wording.of(request)), status: error.status, headers: headers)
        }
        let language = Self.languageQuery(request).flatMap(Language.init(rawValue:)) ?? .vi
        return Reply.html(pages.error(error, language: language, loggedIn: false), status: error.status, headers: headers)
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path == "/api" || request.uri.path.hasPrefix("/api/")
    }

    /// The pages a person opens: the start, a dataset's steps, the API's help. Only these lead to the login.
    static func isPage(_ request: Request) -> Bool {
        guard request.method == .get || request.method == .head else { return false }
        let path = request.uri.path
        return path == "/" || path == "/api" || path.hasPrefix("/datasets/")
    }

    /// What a browser may load before logging in: the login page, the style sheet, the script and the icon.
    static func isPublic(_ request: Request) -> Bool {
        let path = request.uri.path
        return path == "/login" || path.hasPrefix("/assets/") || path == "/favicon.ico"
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
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func apply(to headers: inout HTTPFields, isPage: Bool, secure: Bool = false) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        // Behind HTTPS, the browser is told to keep to it (a year; the office's name only).
        if secure { headers[HTTPField.Name("Strict-Transport-Security")!] = "max-age=31536000" }
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
