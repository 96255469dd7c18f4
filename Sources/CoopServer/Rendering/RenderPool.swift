import NIOCore
import NIOPosix
import Synchronization

/// Where the work that takes a core runs — reading uploads, drawing charts, scoring, making reports,
/// checking a password — off the threads that serve connections: NIO's pool of one thread per core. At
/// most `queueLimit` jobs wait for it; beyond that the server answers 503 at once rather than let a
/// queue grow without bound, and keeps serving.
final class RenderPool: Sendable {
    private let pool: NIOThreadPool
    private let waiting = Atomic<Int>(0)
    let queueLimit: Int
    /// What the pool is busy with, for the 503's message, in English and Vietnamese.
    private let busy: (String, String)

    init(queueLimit: Int, pool: NIOThreadPool = .singleton, busy: (String, String)? = nil) {
        self.queueLimit = queueLimit
        self.pool = pool
        self.busy = busy ?? ("drawing \(queueLimit) other requests", "đang vẽ \(queueLimit) yêu cầu khác")
    }

    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let admitted = waiting.wrappingAdd(1, ordering: .relaxed).newValue
        defer { waiting.wrappingSubtract(1, ordering: .relaxed) }
        guard admitted <= queueLimit else {
            var error = APIError(
                .serviceUnavailable, "the server is busy \(busy.0); try again in a moment",
                vietnamese: "máy chủ đang bận (\(busy.1)); hãy thử lại sau giây lát")
            error.headers[.retryAfter] = "1"
            throw error
        }
        return try await pool.runIfActive(work)
    }

    var jobs: Int { waiting.load(ordering: .relaxed) }
}
