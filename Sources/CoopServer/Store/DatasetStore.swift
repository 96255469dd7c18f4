import Foundation
import Synchronization

/// The datasets the server holds, by id. An id is 128 random bits: knowing it is what lets a browser
/// use a dataset, so ids are never listed. A dataset unused for the idle time is removed, and everything
/// is removed when the server stops.
final class DatasetStore: Sendable {
    private struct State {
        var datasets: [String: StoredDataset] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    let maxStoredBytes: Int
    /// Told of every dataset removed, so what was drawn from it goes too.
    private let onRemove: @Sendable (String) -> Void

    init(maxStoredBytes: Int, onRemove: @escaping @Sendable (String) -> Void = { _ in }) {
        self.maxStoredBytes = maxStoredBytes
        self.onRemove = onRemove
    }

    /// A new dataset id: 16 random bytes in hex.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Keeps `dataset`, unless the server already holds as much as it may (then 503: try again once a
    /// dataset is deleted or has expired).
    func add(_ dataset: StoredDataset) throws(APIError) {
        let added = state.withLock { state -> Bool in
            guard state.bytes + dataset.byteCount <= maxStoredBytes else { return false }
            state.datasets[dataset.id] = dataset
            state.bytes += dataset.byteCount
            return true
        }
        guard added else {
            var error = APIError(.serviceUnavailable, "the server holds as much data as it may (\(maxStoredBytes / 1_000_000) MB); "
                                    + "delete a dataset you no longer need, or try again when unused ones expire")
            error.headers[.retryAfter] = "60"
            throw error
        }
    }

    /// The dataset `id`, marked as used now.
    func dataset(_ id: String) -> StoredDataset? {
        let found = state.withLock { $0.datasets[id] }
        found?.touch()
        return found
    }

    @discardableResult
    func remove(_ id: String) -> Bool {
        let removed = state.withLock { state -> Bool in
            guard let dataset = state.datasets.removeValue(forKey: id) else { return false }
            state.bytes -= dataset.byteCount
            return true
        }
        if removed { onRemove(id) }
        return removed
    }

    /// Removes the datasets unused for longer than `idle`; returns their ids.
    @discardableResult
    func removeIdle(_ idle: Duration, now: ContinuousClock.Instant = .now) -> [String] {
        let idle = state.withLock { state in state.datasets.values.filter { now - $0.lastUse > idle }.map(\.id) }
        for id in idle { remove(id) }
        return idle
    }

    func removeAll() {
        for id in state.withLock({ Array($0.datasets.keys) }) { remove(id) }
    }

    var count: Int { state.withLock { $0.datasets.count } }
    var bytes: Int { state.withLock { $0.bytes } }
}
