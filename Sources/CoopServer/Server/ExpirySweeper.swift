import ServiceLifecycle

/// Removes, once a minute, the datasets and sessions unused for the idle time (2 hours by default),
/// and everything that was drawn from them. Stops with the server.
struct ExpirySweeper: Service {
    let store: DatasetStore
    let sessions: SessionStore?
    let idle: Duration
    let interval: Duration

    func run() async throws {
        // Ends when the server shuts down gracefully (SIGTERM); the sleep is cancelled with it.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                store.removeIdle(idle)
                sessions?.sweep()
            }
        }
    }
}
