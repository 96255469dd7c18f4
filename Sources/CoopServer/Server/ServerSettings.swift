import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CoopCharts
import CoopService

/// How `coopchart serve` runs: where it listens, who may use it, and how much it holds. The limits are
/// the command line's where one exists (a data file of 64 MB, a YAML file of 1 MB), so the browser
/// refuses what the CLI refuses.
public struct ServerSettings: Sendable {
    /// The address to listen on; loopback unless the person running the server says otherwise.
    public var host: String
    public var port: Int
    /// The hashed password; nil serves without a login (loopback only).
    public var password: PasswordHash?
    /// Host names besides the server's own addresses that a browser may use to reach it (`--allow-host`).
    public var extraHostNames: [String]
    /// One uploaded file (`--max-upload`).
    public var maxFileBytes: Int
    /// All the files of one dataset together.
    public var maxDatasetBytes: Int
    /// Files in one dataset.
    public var maxFilesPerDataset: Int
    /// Everything the server holds at once, counted as the datasets take memory once read (their figures,
    /// their texts, the cluster views kept of them), reserved before an upload is read: 503 beyond it until a
    /// dataset is deleted or expires.
    public var maxStoredBytes: Int
    /// Datasets held at once (503 beyond, as for memory).
    public var maxDatasets: Int
    /// Figures in one dataset: what two data files at the CLI's limit hold.
    public var maxFiguresPerDataset: Int
    /// Findings of each kind kept and sent for an upload (the counts go on).
    public var findingsKeptPerKind: Int
    /// A scheme posted to the rank or report route: the CLI's limit for a YAML file.
    public var maxSchemeBytes: Int
    /// A dataset unused this long is removed (with everything drawn from it).
    public var idleExpiry: Duration
    /// Renderings that may wait for the pool before the server answers 503.
    public var renderQueueLimit: Int
    /// Rendered previews kept (PNG and SVG, keyed by the request), in bytes.
    public var previewCacheBytes: Int
    /// SOURCE_DATE_EPOCH, read for each request as the CLI reads it for each run: the one source of every
    /// date a file carries (PDF and EPS dates, a workbook's creation time, a report cover's day), so a
    /// download equals the CLI's file byte for byte.
    public var sourceDateEpoch: @Sendable () throws -> Int?
    /// How long after a wrong password the next try from the same address is refused (429), so a password
    /// cannot be guessed quickly; other addresses (the owner's) are not held up.
    public var failedLoginPause: Duration
    /// The connections the server keeps: in all, and from one address. Past either, the connection of that
    /// address (else of the busiest one) that has waited longest without sending a request is closed to
    /// make room; a new connection is refused only when every one held is busy.
    public var connections: ConnectionLimits
    /// Served behind a proxy that speaks HTTPS (`--behind-https`): cookies are `Secure` and every answer
    /// carries HSTS.
    public var behindHTTPS: Bool
    /// Addresses of proxies whose `X-Forwarded-Proto` and `X-Forwarded-For` are believed (`--trusted-proxy`).
    public var trustedProxies: [String]
    /// How long, after SIGTERM, the responses under way may take to finish before the server exits anyway.
    public var shutdownGrace: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 8080, password: PasswordHash? = nil, extraHostNames: [String] = [],
        maxFileBytes: Int = 64_000_000, maxDatasetBytes: Int? = nil, maxFilesPerDataset: Int = 32,
        maxStoredBytes: Int = 1_000_000_000, maxDatasets: Int = 64, maxFiguresPerDataset: Int = 3_000_000, findingsKeptPerKind: Int = 200,
        maxSchemeBytes: Int = 1_000_000, idleExpiry: Duration = .seconds(2 * 60 * 60),
        renderQueueLimit: Int = 256, previewCacheBytes: Int = 64_000_000,
        sourceDateEpoch: @escaping @Sendable () throws -> Int? = { try ReproducibleDate.epochSeconds() },
        failedLoginPause: Duration = .seconds(1), connections: ConnectionLimits = ConnectionLimits(),
        behindHTTPS: Bool = false, trustedProxies: [String] = [], shutdownGrace: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.password = password
        self.extraHostNames = extraHostNames
        self.maxFileBytes = maxFileBytes
        self.maxDatasetBytes = maxDatasetBytes ?? max(maxFileBytes, 2 * maxFileBytes)
        self.maxFilesPerDataset = maxFilesPerDataset
        self.maxStoredBytes = maxStoredBytes
        self.maxDatasets = maxDatasets
        self.maxFiguresPerDataset = maxFiguresPerDataset
        self.findingsKeptPerKind = findingsKeptPerKind
        self.maxSchemeBytes = maxSchemeBytes
        self.idleExpiry = idleExpiry
        self.renderQueueLimit = renderQueueLimit
        self.previewCacheBytes = previewCacheBytes
        self.sourceDateEpoch = sourceDateEpoch
        self.failedLoginPause = failedLoginPause
        self.connections = connections
        self.behindHTTPS = behindHTTPS
        self.trustedProxies = trustedProxies
        self.shutdownGrace = shutdownGrace
    }

    /// The date written into PDF and EPS files: SOURCE_DATE_EPOCH's, else now (as the CLI).
    func documentDate() throws -> DocumentDate { ReproducibleDate.date(epochSeconds: try sourceDateEpoch()) }

    /// Whether `host` is a loopback address or name (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if name == "localhost" || name == "::1" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The one rule about where the server may listen: a non-loopback address only with a password.
    public func checkExposure() throws {
        guard !Self.isLoopback(host), password == nil else { return }
        throw InputErrorText(
            "--host \(host) would let every machine that can reach this one use the server; "
                + "give --password-file FILE (made with `coopchart serve --hash-password`), or leave --host at 127.0.0.1")
    }
}

/// How many connections the server keeps, and how long a connection may take to say what it wants: a
/// client that opens connections and trickles a byte now and then cannot hold them, nor starve the others.
public struct ConnectionLimits: Sendable {
    /// 1.024 connections, or fewer when the process may open fewer files (a connection is a file; 64 are
    /// left for the rest: workbooks being read, fonts, the log).
    public static var defaultTotal: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
        return max(64, min(1_024, Int(clamping: limit.rlim_cur) - 64))
    }

    /// Connections held at once.
    public var total: Int
    /// Connections held at once from one address.
    public var perClient: Int
    /// From a connection's start (or the end of its last answer) to a whole request head.
    public var headerTimeout: Duration
    /// A request body must keep arriving: at least `minimumBodyRate` bytes a second over any `bodyWindow`
    /// after the first one.
    public var bodyWindow: Duration
    public var minimumBodyRate: Int
    /// An answer the client stops reading for this long is abandoned and the connection closed.
    public var stalledWriteTimeout: Duration

    public init(
        total: Int = ConnectionLimits.defaultTotal, perClient: Int = 128, headerTimeout: Duration = .seconds(20), bodyWindow: Duration = .seconds(20),
        minimumBodyRate: Int = 2_000, stalledWriteTimeout: Duration = .seconds(60)
    ) {
        self.total = total
        self.perClient = perClient
        self.headerTimeout = headerTimeout
        self.bodyWindow = bodyWindow
        self.minimumBodyRate = minimumBodyRate
        self.stalledWriteTimeout = stalledWriteTimeout
    }
}

/// A message for the person starting the server (the CLI prints it as its other errors).
public struct InputErrorText: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
