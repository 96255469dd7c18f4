import Hummingbird

/// The style sheet and the script, kept in the binary as text (no file is read to serve them, and no
/// other origin is asked for anything: no CDN, no npm).
struct AssetRoutes {
    func add(to router: Router<ServerContext>) {
        router.get("/assets/app.css") { _, _ in Reply.bytes(Array(StyleSheet.text.utf8), type: "text/css; charset=utf-8", headers: Self.caching) }
        router.get("/assets/app.js") { _, _ in Reply.bytes(Array(Script.text.utf8), type: "text/javascript; charset=utf-8", headers: Self.caching) }
    }

    /// The assets change only with the binary; a browser may keep them for a few minutes.
    static let caching: HTTPFields = [.cacheControl: "private, max-age=300"]
}
