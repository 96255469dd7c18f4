import CCairo
import Foundation

/// A PNG decoded back through Cairo's stream reader, as unpremultiplied RGBA bytes.
public struct DecodedImage {
    public let width: Int
    public let height: Int
    /// r, g, b, a per pixel, rows top to bottom.
    public let rgba: [UInt8]

    public init(png bytes: [UInt8]) throws {
        final class Reader {
            let bytes: [UInt8]
            var position = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let count = Int(length)
            guard reader.position + count <= reader.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            for offset in 0..<count { data[offset] = reader.bytes[reader.position + offset] }
            reader.position += count
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        else { throw DecodeError.noSurface }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw DecodeError.status(cairo_surface_status(surface).rawValue) }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard let data = cairo_image_surface_get_data(surface) else { throw DecodeError.noSurface }
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        for row in 0..<height {
            let pixels = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width {
                let argb = pixels[column]
                let alpha = format == CAIRO_FORMAT_ARGB32 ? UInt32(argb >> 24) : 255
                func channel(_ shift: UInt32) -> UInt8 {
                    let premultiplied = (argb >> shift) & 0xFF
                    return alpha == 0 ? 0 : UInt8(min(255, premultiplied * 255 / alpha))
                }
                let base = (row * width + column) * 4
                rgba[base] = channel(16); rgba[base + 1] = channel(8); rgba[base + 2] = channel(0)
                rgba[base + 3] = UInt8(alpha)
            }
        }
        self.rgba = rgba
    }

    public enum DecodeError: Error { case noSurface, status(UInt32) }

    /// How many pixels are within `tolerance` of the colour (r, g, b) on every channel.
    public func count(red: UInt8, green: UInt8, blue: UInt8, tolerance: Int = 2) -> Int {
        var total = 0
        var index = 0
        while index < rgba.count {
            if abs(Int(rgba[index]) - Int(red)) <= tolerance && abs(Int(rgba[index + 1]) - Int(green)) <= tolerance
                && abs(Int(rgba[index + 2]) - Int(blue)) <= tolerance
            {
                total += 1
            }
            index += 4
        }
        return total
    }

    /// The number of distinct colours, a cheap "is anything drawn" signal.
    public var distinctColorCount: Int {
        var seen = Set<UInt32>()
        var index = 0
        while index < rgba.count {
            seen.insert(UInt32(rgba[index]) << 16 | UInt32(rgba[index + 1]) << 8 | UInt32(rgba[index + 2]))
            index += 4
        }
        return seen.count
    }
}

/// A rendering compared with a committed PNG, allowing for antialiasing differences between Cairo and FreeType
/// builds: the mean difference under 2/255 and under 0,5 % of pixels off by more than 64 on a channel.
/// `COOPCHART_UPDATE_GOLDEN=1` writes the file instead.
public enum GoldenImage {
    /// nil when `bytes` matches the golden file at `url`, else what differs (the actual image is kept in the
    /// temporary folder for a look).
    public static func mismatch(_ bytes: [UInt8], golden url: URL) throws -> String? {
        if ProcessInfo.processInfo.environment["COOPCHART_UPDATE_GOLDEN"] == "1" {
            try Data(bytes).write(to: url, options: .atomic)
            return nil
        }
        guard let expectedBytes = FileManager.default.contents(atPath: url.path) else {
            return "missing \(url.path); run with COOPCHART_UPDATE_GOLDEN=1"
        }
        let actual = try DecodedImage(png: bytes)
        let expected = try DecodedImage(png: [UInt8](expectedBytes))
        guard actual.width == expected.width && actual.height == expected.height else {
            return "\(url.lastPathComponent): \(actual.width)×\(actual.height) px, the golden image is \(expected.width)×\(expected.height)"
        }
        var totalDifference = 0
        var stronglyDiffering = 0
        for pixel in 0..<(actual.width * actual.height) {
            var largest = 0
            for channel in 0..<4 {
                let difference = abs(Int(actual.rgba[pixel * 4 + channel]) - Int(expected.rgba[pixel * 4 + channel]))
                totalDifference += difference
                largest = max(largest, difference)
            }
            if largest > 64 { stronglyDiffering += 1 }
        }
        let meanDifference = Double(totalDifference) / Double(actual.rgba.count) / 255
        let differingShare = Double(stronglyDiffering) / Double(actual.width * actual.height)
        guard meanDifference >= 2.0 / 255 || differingShare >= 0.005 else { return nil }
        let failed = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(url.lastPathComponent)")
        try Data(bytes).write(to: failed)
        return
            "\(url.lastPathComponent): mean difference \(meanDifference * 255)/255, \(differingShare * 100)% pixels off by >64; actual image at \(failed.path)"
    }
}
