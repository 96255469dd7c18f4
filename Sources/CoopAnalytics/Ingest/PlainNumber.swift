/// Reads a plain number as machine formats write it: optional minus, digits, optional "." and digits.
enum PlainNumber {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return nil }
        var index = start
        var negative = false
        if bytes[index] == 0x2D { negative = true; index += 1 }
        var integer: Double = 0
        var digits = 0
        while index < end, (0x30...0x39).contains(bytes[index]) {
            integer = integer * 10 + Double(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        guard digits > 0 else { return nil }
        var value = integer
        if index < end, bytes[index] == 0x2E {
            index += 1
            var fraction = 0.0, scale = 1.0, fractionDigits = 0
            while index < end, (0x30...0x39).contains(bytes[index]) {
                fraction = fraction * 10 + Double(bytes[index] - 0x30)
                scale *= 10
                index += 1
                fractionDigits += 1
            }
            guard fractionDigits > 0 else { return nil }
            // Above 15 digits the quick path loses exactness: let the standard library round it.
            if digits + fractionDigits > 15 {
                guard let exact = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) else { return nil }
                return exact
            }
            value += fraction / scale
        }
        guard index == end, value.isFinite else { return nil }
        return negative ? -value : value
    }
}
