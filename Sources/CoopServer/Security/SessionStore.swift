import Foundation
import Crypto
import Synchronization

/// The logins of a server with a password: each session is a random token in an `HttpOnly`,
/// `SameSite=Strict` cookie, with its own CSRF token that every write must echo in `X-CSRF-Token`.
/// Sessions live in memory only and end after `idle` unused, at logout, and when the server stops.
final class SessionStore: Sendable {
    struct Session: Sendable {
        let token: String
        let csrf: String
        var lastSeen: ContinuousClock.Instant
    }

    static let cookieName = "coopchart_session"
    static let loginCookieName = "coopchart_login"

    private struct State {
        var sessions: [String: Session] = [:]
        var lastFailure: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let idle: Duration
    /// A failed login makes the next try wait this long, so a password cannot be guessed quickly.
    let failedLoginPause: Duration
    /// Signs the login form's CSRF token: the token is the HMAC of the nonce in the login cookie, so a
    /// page elsewhere cannot post a login (it can neither read the cookie nor make the token).
    private let loginKey = SymmetricKey(size: .bits256)

    init(idle: Duration, failedLoginPause: Duration = .seconds(1)) {
        self.idle = idle
        self.failedLoginPause = failedLoginPause
    }

    /// A new random token: 32 bytes, URL-safe base64.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    func create() -> Session {
        let session = Session(token: Self.randomToken(), csrf: Self.randomToken(), lastSeen: .now)
        state.withLock { $0.sessions[session.token] = session }
        return session
    }

    /// The live session of `token`, marked as used now; nil when there is none or it went idle.
    func session(for token: String?) -> Session? {
        guard let token, !token.isEmpty else { return nil }
        let now = ContinuousClock.now
        return state.withLock { state -> Session? in
            guard var session = state.sessions[token] else { return nil }
            if now - session.lastSeen > idle {
                state.sessions[token] = nil
                return nil
            }
            session.lastSeen = now
            state.sessions[token] = session
            return session
        }
    }

    func remove(_ token: String) {
        _ = state.withLock { $0.sessions.removeValue(forKey: token) }
    }

    /// Ends the sessions idle longer than `idle`.
    func sweep(now: ContinuousClock.Instant = .now) {
        state.withLock { state in
            state.sessions = state.sessions.filter { now - $0.value.lastSeen <= idle }
        }
    }

    var count: Int { state.withLock { $0.sessions.count } }

    // MARK: The login form

    func loginToken(nonce: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(nonce.utf8), using: loginKey)
        // URL-safe base64 without padding: the token travels in HTML, in a form body and in a header, and
        // "+", "/" and "=" would each be escaped or decoded differently along the way.
        return Data(code).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    func isValidLoginToken(_ token: String?, nonce: String?) -> Bool {
        guard let token, let nonce, !nonce.isEmpty else { return false }
        return ConstantTime.equal(token, loginToken(nonce: nonce))
    }

    /// Whether a login may be tried now: not within `failedLoginPause` of a failed one.
    func mayTryLogin(now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in state.lastFailure.map { now - $0 >= failedLoginPause } ?? true }
    }

    func recordFailedLogin(now: ContinuousClock.Instant = .now) {
        state.withLock { $0.lastFailure = now }
    }
}
