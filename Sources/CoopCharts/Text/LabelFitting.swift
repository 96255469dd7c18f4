/// Fits labels into a width: wrap at spaces onto a limited number of lines, then shorten with "…".
/// Measurement is injected so the same rules serve every backend.
public struct LabelFitter {
    /// Measures the width of NFC text in the current font.
    public typealias Measure = (String) -> Double

    private let measure: Measure

    /// Creates a fitter that measures with `measure`.
    public init(measure: @escaping Measure) { self.measure = measure }

    /// The text on at most `maxLines` lines no wider than `width`; the last line is shortened with
    /// "…" when words remain. Always returns at least one line.
    public func wrap(_ text: String, width: Double, maxLines: Int) -> [String] {
        if measure(text) <= width { return [text] }
        guard maxLines > 1 else { return [ellipsize(text, width: width)] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var lines: [String] = []
        var index = 0
        while index < words.count && lines.count < maxLines - 1 {
            var line = words[index]
            index += 1
            while index < words.count, measure(line + " " + words[index]) <= width {
                line += " " + words[index]
                index += 1
            }
            // A single word wider than the line can only be shortened.
            lines.append(measure(line) <= width ? line : ellipsize(line, width: width))
        }
        if index < words.count {
            lines.append(ellipsize(words[index...].joined(separator: " "), width: width))
        }
        return lines
    }

    /// The text shortened at a character boundary and ended with "…" so it fits `width`.
    public func ellipsize(_ text: String, width: Double) -> String {
        if measure(text) <= width { return text }
        var characters = Array(text)
        // Binary search for the longest prefix that fits with the ellipsis.
        var low = 0, high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if measure(String(characters[..<middle]).trimmingTrailingSpaces + "…") <= width {
                low = middle
            } else {
                high = middle - 1
            }
        }
        characters = Array(characters[..<low])
        return String(characters).trimmingTrailingSpaces + "…"
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
