import CCairo
import CPNGWriter

/// Collects what Cairo writes through its stream callbacks, so renderers return bytes and callers
/// decide where (and how atomically) files are written.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    func append(_ data: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
    }

    /// The context pointer handed to Cairo; the sink must outlive every use of it, which the owning
    /// surface guarantees by holding the sink.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The C callback Cairo calls with each chunk of output.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(data, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    /// The C callback the PNG writer calls with each chunk of output.
    static let appendPNG: coop_png_write_fn = { closure, data, length in
        guard let closure, let data else { return 1 }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(data, count: length)
        return 0
    }
}
