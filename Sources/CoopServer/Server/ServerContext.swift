import Hummingbird

/// The context of one request: Hummingbird's, plus the session of a logged-in browser when the server
/// has a password (set by the guard before any route runs).
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var session: SessionStore.Session?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Uploads are streamed and limited by the upload route itself (per file and per dataset).
    var maxUploadSize: Int { 1_000_000 }
}
