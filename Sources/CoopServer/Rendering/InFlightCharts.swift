import NIOCore
import Synchronization

/// Charts being drawn, by request: a request for a chart that is already being drawn waits for that
/// drawing instead of starting another. A room that asks at once for the chart just changed on the
/// screen then costs one drawing, not one per browser.
final class InFlightCharts: Sendable {
    private let running = Mutex([ChartKey: Task<DrawnChart, any Error>]())
    private let started = Atomic<Int>(0)

    private enum Step {
        case kept(DrawnChart)
        case join(Task<DrawnChart, any Error>)
        case own(Task<DrawnChart, any Error>)
    }

    /// The bytes of `key`: kept already (`kept`), or from the drawing under way, or from `draw`, started
    /// now and shared with every request for the same key until it ends (with its bytes or its error).
    /// `draw` keeps its bytes before it ends, and `kept` is asked under the same lock that ends a
    /// drawing, so a request that just missed a drawing finds its bytes kept rather than drawing again.
    func chart(
        for key: ChartKey, kept: @Sendable () -> DrawnChart?,
        draw: @escaping @Sendable () async throws -> DrawnChart
    ) async throws -> DrawnChart {
        let step = running.withLock { running -> Step in
            if let task = running[key] { return .join(task) }
            if let chart = kept() { return .kept(chart) }
            let task = Task { try await draw() }
            running[key] = task
            return .own(task)
        }
        switch step {
        case .kept(let chart):
            return chart
        case .join(let task):
            return try await task.value
        case .own(let task):
            started.wrappingAdd(1, ordering: .relaxed)
            defer { _ = running.withLock { $0.removeValue(forKey: key) } }
            return try await task.value
        }
    }

    /// How many drawings were started (each shared by every request that came while it ran).
    var drawingsStarted: Int { started.load(ordering: .relaxed) }
}
