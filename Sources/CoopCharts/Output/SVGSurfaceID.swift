/// Cairo names an SVG's drawing group after its surface's serial number in the process
/// (`<g id="surface818">`), so a long-running process (the browser app) would write a chart differently
/// from a fresh `coopchart chart`. The id is referenced nowhere else in the file; writing it as
/// `surface1` makes an SVG depend only on the chart and its options.
enum SVGSurfaceID {
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        let marker = Array(#"id="surface"#.utf8)
        guard let start = firstIndex(of: marker, in: bytes) else { return bytes }
        let digits = start + marker.count
        var end = digits
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard end > digits, end < bytes.count, bytes[end] == 0x22 else { return bytes }
        var result = bytes
        result.replaceSubrange(digits..<end, with: [0x31])
        return result
    }

    private static func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        var index = 0
        while index <= bytes.count - marker.count {
            if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) { return index }
            index += 1
        }
        return nil
    }
}
