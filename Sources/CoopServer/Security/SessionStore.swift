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
        /// Login attempts by client address: one checked at a time, none within the pause after a failure.
        var logins: [String: LoginState] = [:]
    }

    private struct LoginState {
        var checking = false
        var lastFailure: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let idle: Duration
    /// A failed login makes the next try from the same address wait this long, so a password cannot be
    /// guessed quickly; other addresses (the owner's) are not held up.
    let failedLoginPause: Duration
    /// How long a login form stays good: its token is the same for every load of the page meanwhile.
    static let loginFormLifetime: Duration = .seconds(12 * 60 * 60)
    /// Addresses whose login attempts are remembered at once (the oldest settled ones go first).
    static let loginClientsKept = 10_000
    /// Signs the login form's CSRF token: the token is the HMAC of the nonce in the login cookie, so a
    /// page elsewhere cannot post a login (it can neither read the cookie nor make the token).
    private let loginKey = SymmetricKey(size: .bits256)
    /// The clock the login form's lifetime is read on (seconds since 1970; a test may move it).
    private let wallClock: @Sendable () -> Int

    init(idle: Duration, failedLoginPause: Duration = .seconds(1), wallClock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
        self.idle = idle
        self.failedLoginPause = failedLoginPause
        self.wallClock = wallClock
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
            // Addresses whose pause is over need not be remembered.
            state.logins = state.logins.filter { $0.value.checking || ($0.value.lastFailure.map { now - $0 < failedLoginPause } ?? false) }
        }
    }

    var count: Int { state.withLock { $0.sessions.count } }

    // MARK: The login form

    /// A new nonce for the login cookie: random, with the time it was made (so a form expires).
    func newLoginNonce() -> String { "\(Self.randomToken()).\(wallClock())" }

    /// Whether `nonce` is one this kind of server makes and is still within the form's lifetime: then the
    /// login page keeps it, and its token, however often the page is loaded.
    func isCurrentLoginNonce(_ nonce: String?) -> Bool {
        guard let nonce, nonce.count <= 100 else { return false }
        let parts = nonce.split(separator: ".")
        guard parts.count == 2, parts[0].count == 43, let made = Int(parts[1]) else { return false }
        let age = wallClock() - made
        return age >= 0 && age <= Int(Self.loginFormLifetime.components.seconds)
    }

    func loginToken(nonce: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(nonce.utf8), using: loginKey)
        // URL-safe base64 without padding: the token travels in HTML, in a form body and in a header, and
        // "+", "/" and "=" would each be escaped or decoded differently along the way.
        return Data(code).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    func isValidLoginToken(_ token: String?, nonce: String?) -> Bool {
        guard let token, let nonce, isCurrentLoginNonce(nonce) else { return false }
        return ConstantTime.equal(token, loginToken(nonce: nonce))
    }

    // MARK: The pause after a wrong password

    /// Takes the one turn `client` may have to check a password now: none while one of its checks is under
    /// way, nor within the pause after its last failure. Taken and checked atomically, so guesses sent in
    /// parallel get one check between them, not one each.
    func beginLogin(client: String, now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in
            var login = state.logins[client] ?? LoginState()
            if login.checking { return false }
            if let failure = login.lastFailure, now - failure < failedLoginPause { return false }
            login.checking = true
            if state.logins[client] == nil, state.logins.count >= Self.loginClientsKept {
                // Full: forget the settled addresses whose pause is over, else the oldest settled one.
                state.logins = state.logins.filter { $0.value.checking || ($0.value.lastFailure.map { now - $0 < failedLoginPause } ?? false) }
                if state.logins.count >= Self.loginClientsKept,
                    let oldest = state.logins.filter({ !$0.value.checking }).min(by: { ($0.value.lastFailure ?? now) < ($1.value.lastFailure ?? now) })
                {
                    state.logins[oldest.key] = nil
                }
            }
            state.logins[client] = login
            return true
        }
    }

    /// Ends `client`'s turn: a failure starts its pause; a success forgets it.
    func endLogin(client: String, succeeded: Bool, now: ContinuousClock.Instant = .now) {
        state.withLock { state in
            if succeeded {
                state.logins[client] = nil
            } else {
                state.logins[client] = LoginState(checking: false, lastFailure: now)
            }
        }
    }

    /// Records a failure for `client` at `now` (for a test that moves the pause into the past).
    func recordFailedLogin(client: String, now: ContinuousClock.Instant = .now) {
        state.withLock { $0.logins[client] = LoginState(checking: false, lastFailure: now) }
    }

    /// Addresses whose attempts are remembered.
    var loginClients: Int { state.withLock { $0.logins.count } }
}
