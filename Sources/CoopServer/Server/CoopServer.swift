import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The browser app: `coopchart serve`. One process, nothing else to start: pages and an HTTP API over
/// the same engine as the command line (the same options, the same errors, the same files).
public final class CoopServer: Sendable {
    public let settings: ServerSettings
    let store: DatasetStore
    let previews: PreviewCache
    let inFlight = InFlightCharts()
    let pool: RenderPool
    let sessions: SessionStore?
    let hosts: HostCheck
    let temporaryFolder: TemporaryFolder
    let pages: PageRenderer
    let logger: Logger

    public init(settings: ServerSettings, logger: Logger = Logger(label: "coopchart.serve")) throws {
        self.settings = settings
        let previews = PreviewCache(capacity: settings.previewCacheBytes)
        self.previews = previews
        store = DatasetStore(maxStoredBytes: settings.maxStoredBytes) { id in previews.removeAll(dataset: id) }
        pool = RenderPool(queueLimit: settings.renderQueueLimit)
        sessions = settings.password == nil ? nil : SessionStore(idle: settings.idleExpiry, failedLoginPause: settings.failedLoginPause)
        hosts = HostCheck(host: settings.host, extraNames: settings.extraHostNames)
        if settings.port > 0 { hosts.setPort(settings.port) }
        temporaryFolder = try TemporaryFolder()
        pages = try PageRenderer()
        self.logger = logger
    }

    /// The routes behind the guard: the API, the pages, the assets, the login.
    func responder() -> some HTTPResponder<ServerContext> {
        let router = Router(context: ServerContext.self, options: [.autoGenerateHeadEndpoints])
        DatasetRoutes(server: self).add(to: router)
        ChartRoute(server: self).add(to: router)
        RankRoute(server: self).add(to: router)
        ReportRoute(server: self).add(to: router)
        PageRoutes(server: self).add(to: router)
        AssetRoutes().add(to: router)
        if let sessions { LoginRoutes(server: self, sessions: sessions).add(to: router) }
        return Guard(inner: router.buildResponder(), hosts: hosts, sessions: sessions, pages: pages)
    }

    /// The Hummingbird application, with the expiry sweeper beside it (also what the tests run).
    public func application(sweepInterval: Duration = .seconds(60)) -> some ApplicationProtocol {
        let hosts = self.hosts
        let logger = self.logger
        return Application(
            responder: responder(),
            // A connection that sends nothing for 30 s is closed, so idle or stalled clients (a header or an
            // upload trickled in) cannot hold the server's connections.
            server: .http1(configuration: .init(idleTimeout: .seconds(Self.idleConnectionSeconds))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            services: [ExpirySweeper(store: store, sessions: sessions, idle: settings.idleExpiry, interval: sweepInterval)],
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { hosts.setPort(port) }
                logger.notice("coopchart serve: listening on http://\(Self.shown(channel.localAddress))/")
            },
            logger: logger
        )
    }

    /// Seconds a connection may stay silent before it is closed.
    static let idleConnectionSeconds: Int64 = 30

    /// Serves until SIGTERM or SIGINT: then stops accepting connections, lets the requests under way
    /// finish, removes every dataset and the private temporary folder, and returns.
    public func run() async throws {
        defer { shutDown() }
        let group = ServiceGroup(configuration: .init(services: [application()], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// What the server holds goes with it.
    public func shutDown() {
        store.removeAll()
        temporaryFolder.remove()
    }

    private static func shown(_ address: SocketAddress?) -> String {
        guard let address, let ip = address.ipAddress, let port = address.port else { return "?" }
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(port)"
    }
}
