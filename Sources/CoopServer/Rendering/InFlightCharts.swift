import NIOCore
import Synchronization

/// Charts being drawn, by request: a request for a chart that is already being drawn waits for that
/// drawing instead of starting another. A room that asks at once for the chart just changed on the
/// screen then costs one drawing, not one per browser.
final class InFlightCharts: Sendable {
    private let running = Mutex([ChartKey: Task<ByteBuffer, any Error>]())
    private let started = Atomic<Int>(0)

    /// The bytes of `key`: from the drawing under way, or from `draw`, started now and shared with every
    /// request for the same key until it ends (with its bytes or its error).
    func bytes(for key: ChartKey, draw: @escaping @Sendable () async throws -> ByteBuffer) async throws -> ByteBuffer {
        let (task, isOwn) = running.withLock { running -> (Task<ByteBuffer, any Error>, Bool) in
            if let task = running[key] { return (task, false) }
            let task = Task { try await draw() }
            running[key] = task
            return (task, true)
        }
        guard isOwn else { return try await task.value }
        started.wrappingAdd(1, ordering: .relaxed)
        defer { _ = running.withLock { $0.removeValue(forKey: key) } }
        return try await task.value
    }

    /// How many drawings were started (each shared by every request that came while it ran).
    var drawingsStarted: Int { started.load(ordering: .relaxed) }
}
