import Hummingbird

/// The style sheet, the script and the icon, carried in the binary (`Embedded/assets`, no file is read to
/// serve them, and no other origin is asked for anything: no CDN, no npm).
struct AssetRoutes {
    static let files: [(path: String, file: String, type: String)] = [
        ("/assets/app.css", "assets/app.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "assets/app.js", "text/javascript; charset=utf-8"),
        ("/assets/favicon.ico", "assets/favicon.ico", "image/x-icon"),
        // Browsers ask for it on their own, before any page names it.
        ("/favicon.ico", "assets/favicon.ico", "image/x-icon"),
    ]

    func add(to router: Router<ServerContext>) {
        for asset in Self.files {
            let bytes = EmbeddedFiles.bytes(asset.file) ?? []
            router.get(RouterPath(stringLiteral: asset.path)) { _, _ in Reply.bytes(bytes, type: asset.type, headers: Self.caching) }
        }
    }

    /// The assets change only with the binary; a browser may keep them for a few minutes.
    static let caching: HTTPFields = [.cacheControl: "private, max-age=300"]
}
