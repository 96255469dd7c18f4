import NIOCore
import Synchronization
import CoopCharts
import CoopFigures
import CoopService

/// What identifies a rendered chart: the dataset and how it was prepared, the figure asked for, how it
/// is drawn and in which format. Two requests with the same key get the same bytes.
struct ChartKey: Sendable, Hashable {
    let dataset: String
    let prepared: PreparedKey
    let request: FigureRequest
    let drawing: DrawingSettings
    let format: OutputFormat
}

/// Rendered PNG and SVG charts, by request, up to a number of bytes (least recently used go first), so
/// a room of browsers previewing the same chart costs one rendering. PDF and EPS are not kept: they carry
/// the time they were made. A dataset's charts go when the dataset goes.
final class PreviewCache: Sendable {
    private struct Entry {
        let bytes: ByteBuffer
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

    func bytes(for key: ChartKey) -> ByteBuffer? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.uses += 1
            entry.use = state.uses
            state.entries[key] = entry
            return entry.bytes
        }
    }

    func keep(_ bytes: ByteBuffer, for key: ChartKey) {
        guard bytes.readableBytes <= capacity / 4 else { return }
        state.withLock { state in
            state.uses += 1
            if let old = state.entries[key] { state.bytes -= old.bytes.readableBytes }
            state.entries[key] = Entry(bytes: bytes, use: state.uses)
            state.bytes += bytes.readableBytes
            guard state.bytes > capacity else { return }
            // Down to three quarters at once, so a full cache does not sort on every insertion.
            for (oldKey, entry) in state.entries.sorted(by: { $0.value.use < $1.value.use }) {
                guard state.bytes > capacity * 3 / 4 else { break }
                state.entries[oldKey] = nil
                state.bytes -= entry.bytes.readableBytes
            }
        }
    }

    func removeAll(dataset id: String) {
        state.withLock { state in
            for key in state.entries.keys where key.dataset == id {
                state.bytes -= state.entries[key]?.bytes.readableBytes ?? 0
                state.entries[key] = nil
            }
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
    var byteCount: Int { state.withLock { $0.bytes } }
}
