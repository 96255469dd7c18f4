import CoopCharts

/// Layout facts read off a recording, named as the properties the tests specify.
struct RecordedLayout {
    let recording: RecordingBackend
    let size: Size

    init(_ chart: some Chart, size: Size = Size(width: 960, height: 540)) throws {
        recording = try RecordingBackend()
        self.size = size
        chart.draw(on: recording, size: size)
    }

    var texts: [RecordingBackend.RecordedText] { recording.texts }

    /// Bars are the filled rectangles in bar colours (the background is not drawn by charts).
    var bars: [Rect] {
        recording.filledRects.filter { $0.color == Palette.bar || $0.color == Palette.highlight }.map(\.rect)
    }

    /// True when every recorded coordinate is a finite number (no division by zero reached the canvas).
    var allMarksFinite: Bool {
        recording.operations.allSatisfy { operation in
            switch operation {
            case let .fillRect(rect, _), let .strokeRect(rect, _, _), let .pushClip(rect):
                return [rect.x, rect.y, rect.width, rect.height].allSatisfy(\.isFinite)
            case let .fillPath(path, _), let .strokePath(path, _, _):
                return path.controlPoints.allSatisfy { $0.x.isFinite && $0.y.isFinite }
            case let .text(text):
                return text.origin.x.isFinite && text.origin.y.isFinite
            case .popClip:
                return true
            }
        }
    }

    /// Texts whose box leaves the canvas.
    var textsOutsideCanvas: [String] {
        texts.filter { !Rect(size: size).contains($0.box, tolerance: 0.01) }.map { "\($0.text) \($0.box)" }
    }

    /// Pairs of texts whose boxes overlap by more than a hundredth of a point.
    var overlappingTexts: [String] {
        var pairs: [String] = []
        let all = texts
        for i in all.indices {
            for j in all.indices where j > i && all[i].box.intersects(all[j].box, tolerance: 0.01) {
                pairs.append("'\(all[i].text)' \(all[i].box) × '\(all[j].text)' \(all[j].box)")
            }
        }
        return pairs
    }

    /// The text drawn with exactly these scalars (so an NFD look-alike does not count).
    func text(_ string: String) -> RecordingBackend.RecordedText? {
        texts.first { Array($0.text.unicodeScalars) == Array(string.unicodeScalars) }
    }

    /// True when `rects` (positive bars, in drawing order) read down each panel and then on into the next
    /// panel to the right: rank order in one column, or in side-by-side panels on a shared scale.
    static func readsDownPanels(_ rects: [Rect]) -> Bool {
        var panels: [Double] = []
        for rect in rects where !panels.contains(where: { abs($0 - rect.minX) < 0.5 }) { panels.append(rect.minX) }
        guard panels == panels.sorted() else { return false }
        let panel = { (rect: Rect) in panels.firstIndex { abs($0 - rect.minX) < 0.5 }! }
        return zip(rects, rects.dropFirst()).allSatisfy { a, b in
            panel(a) == panel(b) ? a.minY < b.minY : panel(b) == panel(a) + 1
        }
    }

    /// The required labels (names and values) that are not drawn whole.
    func missingLabels(of chart: some Chart) -> [String] {
        Completeness.missing(chart.requiredLabels, drawn: texts.map(\.text))
    }
}
