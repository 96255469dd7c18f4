import NIOCore
import Synchronization
import CoopCharts
import CoopFigures
import CoopService

/// What identifies a rendered chart: the dataset and the view of it, and the chart asked for (what it
/// selects, how it is drawn, in which format). Two requests with the same key get the same bytes.
struct ChartKey: Sendable, Hashable {
    let dataset: String
    let scope: ScopeKey
    let request: ChartRequest
}

/// Rendered PNG and SVG charts, by request, up to a number of bytes (least recently used go first), so
/// a room of browsers previewing the same chart costs one rendering. PDF and EPS are not kept: they carry
/// the time they were made. A dataset's charts go when the dataset goes.
final class PreviewCache: Sendable {
    private struct Entry {
        let chart: DrawnChart
        var use: UInt64
    }

    private struct State {
        var entries: [ChartKey: Entry] = [:]
        var bytes = 0
        var uses: UInt64 = 0
    }

    private let state = Mutex(State())
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    static func keeps(_ format: OutputFormat) -> Bool { format == .png || format == .svg }

    func chart(for key: ChartKey) -> DrawnChart? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.uses += 1
            entry.use = state.uses
            state.entries[key] = entry
            return entry.chart
        }
    }

    /// Keeps `chart` when `stillWanted` says so, asked under the cache's lock: a dataset removed (which
    /// empties its charts under the same lock, after it is gone from the store) is never filled again.
    func keep(_ chart: DrawnChart, for key: ChartKey, if stillWanted: () -> Bool = { true }) {
        let size = chart.bytes.readableBytes
        guard size <= capacity / 4 else { return }
        state.withLock { state in
            guard stillWanted() else { return }
            state.uses += 1
            if let old = state.entries[key] { state.bytes -= old.chart.bytes.readableBytes }
            state.entries[key] = Entry(chart: chart, use: state.uses)
            state.bytes += size
            guard state.bytes > capacity else { return }
            // Down to three quarters at once, so a full cache does not sort on every insertion.
            for (oldKey, entry) in state.entries.sorted(by: { $0.value.use < $1.value.use }) {
                guard state.bytes > capacity * 3 / 4 else { break }
                state.entries[oldKey] = nil
                state.bytes -= entry.chart.bytes.readableBytes
            }
        }
    }

    func removeAll(dataset id: String) {
        state.withLock { state in
            for key in state.entries.keys where key.dataset == id {
                state.bytes -= state.entries[key]?.chart.bytes.readableBytes ?? 0
                state.entries[key] = nil
            }
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
    var byteCount: Int { state.withLock { $0.bytes } }
}
