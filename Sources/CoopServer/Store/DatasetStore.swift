import Foundation
import Synchronization

/// The datasets the server holds, by id, within a memory budget and a number of datasets. An id is 128
/// random bits: knowing it is what lets a browser use a dataset, so ids are never listed. A dataset unused
/// for the idle time is removed, and everything is removed when the server stops.
///
/// Memory is reserved before an upload is read (an estimate from its size), so two large uploads at once
/// cannot both pass a check made after the work; once read, the dataset's own size (its figures, texts and
/// the cluster views it may keep) replaces the reservation.
final class DatasetStore: Sendable {
    private struct State {
        var datasets: [String: StoredDataset] = [:]
        /// Bytes held: stored datasets and reservations for uploads being read.
        var bytes = 0
        /// Uploads being read, each counted as a dataset.
        var reserved = 0
    }

    private let state = Mutex(State())
    let maxStoredBytes: Int
    let maxDatasets: Int
    /// Told of every dataset removed, so what was drawn from it goes too.
    private let onRemove: @Sendable (String) -> Void

    init(maxStoredBytes: Int, maxDatasets: Int = 64, onRemove: @escaping @Sendable (String) -> Void = { _ in }) {
        self.maxStoredBytes = maxStoredBytes
        self.maxDatasets = maxDatasets
        self.onRemove = onRemove
    }

    /// A new dataset id: 16 random bytes in hex.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Room held for an upload while it is read; released when dropped unless the dataset was added with it.
    final class Reservation: Sendable {
        let bytes: Int
        private let store: DatasetStore
        private let settled = Atomic<Bool>(false)

        fileprivate init(bytes: Int, store: DatasetStore) {
            self.bytes = bytes
            self.store = store
        }

        /// Marks the reservation as used (by `add`); returns false if it already was.
        fileprivate func settle() -> Bool { !settled.exchange(true, ordering: .acquiringAndReleasing) }

        deinit {
            if settle() { store.release(bytes) }
        }
    }

    /// Reserves `bytes` for an upload about to be read, or 503 when the server holds as much as it may.
    func reserve(_ bytes: Int) throws(APIError) -> Reservation {
        let reserved = state.withLock { state -> Bool in
            guard state.datasets.count + state.reserved < maxDatasets, state.bytes + bytes <= maxStoredBytes else { return false }
            state.bytes += bytes
            state.reserved += 1
            return true
        }
        guard reserved else { throw full() }
        return Reservation(bytes: bytes, store: self)
    }

    private func release(_ bytes: Int) {
        state.withLock { state in
            state.bytes -= bytes
            state.reserved -= 1
        }
    }

    private func full() -> APIError {
        var error = APIError(
            .serviceUnavailable,
            "the server holds as much data as it may (\(maxDatasets) datasets, \(maxStoredBytes / 1_000_000) MB once read); "
                + "delete a dataset you no longer need, or try again when unused ones expire",
            vietnamese: "máy chủ đang giữ số liệu tới mức cho phép (\(maxDatasets) bộ số liệu, \(maxStoredBytes / 1_000_000) MB khi đã đọc); "
                + "hãy xoá bộ số liệu không còn dùng, hoặc thử lại khi các bộ không dùng tự hết hạn")
        error.headers[.retryAfter] = "60"
        return error
    }

    /// Keeps `dataset` in place of `reservation`: its own size replaces the estimate. Refused (503) when the
    /// dataset turned out larger than the room left.
    func add(_ dataset: StoredDataset, replacing reservation: Reservation) throws(APIError) {
        let added = state.withLock { state -> Bool in
            guard reservation.settle() else { return false }
            state.reserved -= 1
            state.bytes -= reservation.bytes
            guard state.bytes + dataset.byteCount <= maxStoredBytes, state.datasets.count < maxDatasets else { return false }
            state.datasets[dataset.id] = dataset
            state.bytes += dataset.byteCount
            return true
        }
        guard added else { throw full() }
    }

    /// The dataset `id`, marked as used now.
    func dataset(_ id: String) -> StoredDataset? {
        let found = state.withLock { $0.datasets[id] }
        found?.touch()
        return found
    }

    func contains(_ id: String) -> Bool { state.withLock { $0.datasets[id] != nil } }

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
