import Hummingbird
import NIOCore

/// The context of one request: Hummingbird's, the address it came from, plus the session of a logged-in
/// browser when the server has a password (set by the guard before any route runs).
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var session: SessionStore.Session?
    /// The peer of the connection (the proxy's, behind one); nil in tests without a socket.
    let peer: SocketAddress?
    /// The client as the server counts it: the peer's address, or the address a trusted proxy forwarded.
    var client: String = ""
    /// Whether the browser reached the server over HTTPS (directly behind a proxy that says so).
    var isSecure = false

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress
    }

    /// Uploads are streamed and limited by the upload route itself (per file and per dataset).
    var maxUploadSize: Int { 1_000_000 }
}
