import CCairo

/// Cairo's PNG writer records no resolution, so Word, LibreOffice and image viewers take a 300-dpi
/// figure for 96 dpi and show it three times too large. This writes the resolution into the file: a
/// pHYs chunk (pixels per metre) right after IHDR, which the PNG format puts first, at a fixed place.
enum PNGResolution {
    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Signature (8) + IHDR's length, type, 13 data bytes and CRC.
    private static let endOfHeader = 8 + 4 + 4 + 13 + 4

    /// `png` with its resolution set to `dpi`; unchanged if it does not start with IHDR as every PNG must.
    static func stamped(_ png: [UInt8], dpi: Double) -> [UInt8] {
        guard dpi.isFinite, dpi > 0, png.count > endOfHeader, Array(png[0..<8]) == signature,
              Array(png[12..<16]) == Array("IHDR".utf8) else { return png }
        let perMetre = UInt32((dpi / 0.0254).rounded())
        var chunk = Array("pHYs".utf8)
        chunk += bigEndian(perMetre) + bigEndian(perMetre) + [1]   // unit 1: the metre
        let crc = chunk.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        var out = Array(png[0..<endOfHeader])
        out.reserveCapacity(png.count + 21)
        out += bigEndian(9) + chunk + bigEndian(crc)
        out += png[endOfHeader...]
        return out
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
