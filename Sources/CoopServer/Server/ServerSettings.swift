import Foundation
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
    /// Everything the server holds at once; a further upload waits until a dataset is deleted or expires.
    public var maxStoredBytes: Int
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
    /// How long after a wrong password the next try is refused (429), so a password cannot be guessed quickly.
    public var failedLoginPause: Duration

    public init(host: String = "127.0.0.1", port: Int = 8080, password: PasswordHash? = nil, extraHostNames: [String] = [],
                maxFileBytes: Int = 64_000_000, maxDatasetBytes: Int? = nil, maxFilesPerDataset: Int = 32,
                maxStoredBytes: Int = 1_000_000_000, maxSchemeBytes: Int = 1_000_000, idleExpiry: Duration = .seconds(2 * 60 * 60),
                renderQueueLimit: Int = 256, previewCacheBytes: Int = 64_000_000,
                sourceDateEpoch: @escaping @Sendable () throws -> Int? = { try ReproducibleDate.epochSeconds() },
                failedLoginPause: Duration = .seconds(1)) {
        self.host = host
        self.port = port
        self.password = password
        self.extraHostNames = extraHostNames
        self.maxFileBytes = maxFileBytes
        self.maxDatasetBytes = maxDatasetBytes ?? max(maxFileBytes, 2 * maxFileBytes)
        self.maxFilesPerDataset = maxFilesPerDataset
        self.maxStoredBytes = maxStoredBytes
        self.maxSchemeBytes = maxSchemeBytes
        self.idleExpiry = idleExpiry
        self.renderQueueLimit = renderQueueLimit
        self.previewCacheBytes = previewCacheBytes
        self.sourceDateEpoch = sourceDateEpoch
        self.failedLoginPause = failedLoginPause
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
        throw InputErrorText("--host \(host) would let every machine that can reach this one use the server; "
                             + "give --password-file FILE (made with `coopchart serve --hash-password`), or leave --host at 127.0.0.1")
    }
}

/// A message for the person starting the server (the CLI prints it as its other errors).
public struct InputErrorText: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
