import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The browser app: `coopchart serve`. One process, nothing else to start: pages and an HTTP API over
/// the same engine as the command line (the same options, the same errors, the same files).
public final class CoopServer: Sendable {
    public let settings: ServerSettings
    let store: DatasetStore
    let previews: PreviewCache
    let inFlight = InFlightCharts()
    let pool: RenderPool
    /// Where uploads are read: a thread of their own, so a large or pathological upload (a million bad rows
    /// take seconds) delays other uploads, never the charts, rankings and logins of the pool.
    let intake: RenderPool
    private let intakeThreads: NIOThreadPool
    let sessions: SessionStore?
    let hosts: HostCheck
    let connections: ConnectionRegistry
    let temporaryFolder: TemporaryFolder
    let pages: PageRenderer
    let logger: Logger
    /// Told the addresses colleagues can open once the server listens (the command line prints them).
    let onListening: @Sendable ([String]) -> Void

    public init(
        settings: ServerSettings, logger: Logger = Logger(label: "coopchart.serve"),
        onListening: @escaping @Sendable ([String]) -> Void = { _ in }
    ) throws {
        self.settings = settings
        let previews = PreviewCache(capacity: settings.previewCacheBytes)
        self.previews = previews
        store = DatasetStore(maxStoredBytes: settings.maxStoredBytes, maxDatasets: settings.maxDatasets) { id in
            previews.removeAll(dataset: id)
            MemoryReturn.now()
        }
        pool = RenderPool(queueLimit: settings.renderQueueLimit)
        intakeThreads = NIOThreadPool(numberOfThreads: 1)
        intakeThreads.start()
        intake = RenderPool(queueLimit: 16, pool: intakeThreads, busy: ("reading 16 other uploads", "đang đọc 16 lần tải lên khác"))
        sessions = settings.password == nil ? nil : SessionStore(idle: settings.idleExpiry, failedLoginPause: settings.failedLoginPause)
        hosts = HostCheck(host: settings.host, extraNames: settings.extraHostNames)
        if settings.port > 0 { hosts.setPort(settings.port) }
        connections = ConnectionRegistry(limits: settings.connections)
        temporaryFolder = try TemporaryFolder()
        pages = try PageRenderer()
        self.logger = logger
        self.onListening = onListening
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
        return Guard(
            inner: router.buildResponder(), hosts: hosts, sessions: sessions, pages: pages,
            proxies: ProxyTrust(behindHTTPS: settings.behindHTTPS, trusted: settings.trustedProxies))
    }

    /// The Hummingbird application, with the expiry sweeper beside it (also what the tests run).
    public func application(sweepInterval: Duration = .seconds(60)) -> some ApplicationProtocol {
        let hosts = self.hosts
        let logger = self.logger
        let settings = self.settings
        let onListening = self.onListening
        return Application(
            responder: responder(),
            // Each connection is watched: a whole request head within a time, a body that keeps coming, an
            // answer the client keeps reading, and at most so many connections per address and in all. A
            // connection that sends nothing for 30 s is closed.
            server: .watched(.init(idleTimeout: .seconds(Self.idleConnectionSeconds)), registry: connections),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            services: [ExpirySweeper(store: store, sessions: sessions, idle: settings.idleExpiry, interval: sweepInterval)],
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { hosts.setPort(port) }
                logger.notice("coopchart serve: listening on http://\(Self.shown(channel.localAddress))/")
                if let port = channel.localAddress?.port {
                    onListening(Self.reachableAddresses(host: settings.host, port: port))
                }
            },
            logger: logger
        )
    }

    /// Seconds a connection may stay silent before it is closed.
    static let idleConnectionSeconds: Int64 = 30

    /// Serves until SIGTERM or SIGINT: then stops accepting connections, lets the requests under way finish
    /// and their answers be written whole (within `shutdownGrace`), removes every dataset and the private
    /// temporary folder, and returns.
    public func run() async throws {
        defer { shutDown() }
        var configuration = ServiceGroupConfiguration(services: [application()], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = settings.shutdownGrace
        configuration.maximumCancellationDuration = .seconds(5)
        let group = ServiceGroup(configuration: configuration)
        try await group.run()
    }

    /// What the server holds goes with it.
    public func shutDown() {
        store.removeAll()
        temporaryFolder.remove()
        intakeThreads.shutdownGracefully { _ in }
    }

    /// The addresses a browser can open: for a wildcard host, every address of this machine's interfaces
    /// (loopback last) and its name; otherwise the host itself.
    static func reachableAddresses(host: String, port: Int) -> [String] {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        func url(_ address: String) -> String { "http://\(address.contains(":") ? "[\(address)]" : address):\(port)/" }
        guard bare == "0.0.0.0" || bare == "::" else { return [url(bare)] }
        var outside: [String] = [], loopback: [String] = []
        for device in (try? System.enumerateDevices()) ?? [] {
            guard let address = device.address, let ip = address.ipAddress else { continue }
            if bare == "0.0.0.0", address.protocol != .inet { continue }
            // Link-local IPv6 needs a zone a browser cannot be given in a URL.
            if ip.lowercased().hasPrefix("fe80") { continue }
            if ServerSettings.isLoopback(ip) { loopback.append(url(ip)) } else if !outside.contains(url(ip)) { outside.append(url(ip)) }
        }
        let name = ProcessInfo.processInfo.hostName
        if !name.isEmpty, !ServerSettings.isLoopback(name) { outside.append(url(name)) }
        return outside + loopback
    }

    private static func shown(_ address: SocketAddress?) -> String {
        guard let address, let ip = address.ipAddress, let port = address.port else { return "?" }
        return (ip.contains(":") ? "[\(ip)]" : ip) + ":\(port)"
    }
}
