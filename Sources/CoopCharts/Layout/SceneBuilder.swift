/// Collects the marks of a layout and keeps the promise every chart makes: no text leaves the canvas and
/// no two texts overlap. Each text is checked against the ones already placed; one that would collide
/// is not drawn and the builder says so, so the layout can count it in a note or try elsewhere.
/// Layouts place what must be read first (titles, notes, axis labels), then data labels by priority.
struct SceneBuilder {
    private(set) var scene = Scene()
    /// The canvas: no text may leave it.
    let canvas: Rect
    let type: Typesetter
    let theme: Theme
    let scale: TypeScale
    private(set) var textBoxes: [Rect] = []
    /// Texts that were refused because they would have collided or left the canvas.
    private(set) var refused = 0

    init(area: DrawingArea, theme: Theme) {
        canvas = area.bounds
        self.theme = theme
        type = Typesetter(backend: area.backend, family: theme.fontFamily ?? area.fontFamily)
        scale = TypeScale(canvas: Size(width: area.bounds.width, height: area.bounds.height), factor: theme.typeFactor)
    }

    // MARK: Shapes

    mutating func fill(_ rect: Rect, _ color: Color) {
        guard rect.width > 0, rect.height > 0, rect.x.isFinite, rect.y.isFinite else { return }
        scene.add(.rect(rect, color))
    }

    mutating func fill(_ path: Path, _ color: Color) { scene.add(.fill(path, color)) }

    mutating func stroke(_ path: Path, _ color: Color, _ style: StrokeStyle) { scene.add(.stroke(path, color, style)) }

    mutating func line(_ from: Point, _ to: Point, _ color: Color, _ style: StrokeStyle) {
        scene.add(.line(from: from, to: to, color, style))
    }

    /// A filled rectangle with the series' hatching over it, so greyscale prints keep series apart.
    mutating func fill(_ rect: Rect, style: SeriesStyle) {
        fill(rect, style.color)
        guard let hatch = style.hatch, rect.width > 1, rect.height > 1 else { return }
        let ink = style.color.luminance > 0.4 ? Color.black : Color.white
        let spacing = max(3, scale.note * 0.45)
        for (start, end) in Hatching.segments(hatch, in: rect, spacing: spacing) {
            line(start, end, ink, StrokeStyle(width: 0.6))
        }
    }

    /// A point marker of `size` points across.
    mutating func marker(_ marker: SeriesStyle.Marker, at center: Point, size: Double, color: Color, outline: Color? = nil) {
        let r = size / 2
        let path: Path
        switch marker {
        case .circle: path = .circle(center: center, radius: r)
        case .square: path = .rectangle(Rect(x: center.x - r * 0.88, y: center.y - r * 0.88, width: r * 1.76, height: r * 1.76))
        case .triangle:
            path = .polygon([
                Point(x: center.x, y: center.y - r * 1.1), Point(x: center.x + r, y: center.y + r * 0.75),
                Point(x: center.x - r, y: center.y + r * 0.75),
            ])
        case .diamond:
            path = .polygon([
                Point(x: center.x, y: center.y - r * 1.15), Point(x: center.x + r, y: center.y),
                Point(x: center.x, y: center.y + r * 1.15), Point(x: center.x - r, y: center.y),
            ])
        case .cross:
            let a = r * 0.35
            path = .polygon(
                [(-a, -r), (a, -r), (a, -a), (r, -a), (r, a), (a, a), (a, r), (-a, r), (-a, a), (-r, a), (-r, -a), (-a, -a)]
                    .map { Point(x: center.x + $0.0, y: center.y + $0.1) })
        }
        fill(path, color)
        if let outline { stroke(path, outline, StrokeStyle(width: max(0.5, size * 0.12))) }
    }

    // MARK: Text

    enum Anchor { case left, center, right }

    /// The box `text` covers when drawn at `origin`.
    func box(_ text: String, at origin: Point, font: Font) -> Rect {
        type.extents(text, font).box(at: origin)
    }

    /// Whether a box is free: inside the canvas and clear of every text placed so far.
    func isFree(_ box: Rect) -> Bool {
        canvas.contains(box) && !textBoxes.contains { $0.intersects(box) }
    }

    /// Draws `text` with its baseline at `baseline`, anchored at `x`; returns false (and draws nothing)
    /// when it would collide or leave the canvas.
    @discardableResult
    mutating func text(_ text: String, x: Double, baseline: Double, font: Font, color: Color, anchor: Anchor = .left) -> Bool {
        guard !text.isEmpty else { return true }
        let normalized = NormalizedText(text)
        let extents = type.backend.measureText(normalized, font: font)
        let left: Double
        switch anchor {
        case .left: left = x
        case .center: left = x - extents.width / 2
        case .right: left = x - extents.width
        }
        let origin = Point(x: left, y: baseline)
        let box = extents.box(at: origin)
        guard box.x.isFinite, box.y.isFinite, isFree(box) else {
            refused += 1
            return false
        }
        textBoxes.append(box)
        scene.add(.text(normalized, at: origin, font, color))
        return true
    }

    /// Whether `text`, anchored at `x` with its ink centred on `middle`, would be drawn (inside and clear).
    func canPlace(_ text: String, x: Double, middle: Double, font: Font, anchor: Anchor = .left) -> Bool {
        let metrics = type.line(font)
        let extents = type.backend.measureText(NormalizedText(text), font: font)
        let left = anchor == .left ? x : (anchor == .center ? x - extents.width / 2 : x - extents.width)
        let box = extents.box(at: Point(x: left, y: middle - metrics.height / 2 + metrics.ascent))
        return box.x.isFinite && box.y.isFinite && isFree(box)
    }

    /// Draws `text` with its ink centred vertically on `middle`.
    @discardableResult
    mutating func text(_ text: String, x: Double, middle: Double, font: Font, color: Color, anchor: Anchor = .left) -> Bool {
        let metrics = type.line(font)
        return self.text(text, x: x, baseline: middle - metrics.height / 2 + metrics.ascent, font: font, color: color, anchor: anchor)
    }

    /// Wraps `text` into `width` on at most `maxLines` lines from `top`; returns the bottom of the block.
    mutating func block(
        _ text: String, x: Double, top: Double, width: Double, font: Font, color: Color, maxLines: Int,
        anchor: Anchor = .left
    ) -> Double {
        guard !text.isEmpty else { return top }
        let metrics = type.line(font)
        let lines = type.fitter(font).wrap(NormalizedText(text).string, width: width, maxLines: maxLines)
        for (index, line) in lines.enumerated() {
            self.text(line, x: x, baseline: top + Double(index) * metrics.pitch + metrics.ascent, font: font, color: color, anchor: anchor)
        }
        return top + Double(lines.count) * metrics.pitch
    }

    /// Keeps later texts out of `box` (e.g. a legend drawn as shapes).
    mutating func reserve(_ box: Rect) { textBoxes.append(box) }
}

/// Hatching lines clipped to a rectangle, computed rather than clipped so every backend draws them alike.
enum Hatching {
    static func segments(_ hatch: Hatch, in rect: Rect, spacing: Double) -> [(Point, Point)] {
        switch hatch {
        case .horizontal:
            return stride(from: rect.minY + spacing / 2, to: rect.maxY, by: spacing).map {
                (Point(x: rect.minX, y: $0), Point(x: rect.maxX, y: $0))
            }
        case .vertical:
            return stride(from: rect.minX + spacing / 2, to: rect.maxX, by: spacing).map {
                (Point(x: $0, y: rect.minY), Point(x: $0, y: rect.maxY))
            }
        case .diagonal: return diagonal(in: rect, spacing: spacing, rising: true)
        case .backDiagonal: return diagonal(in: rect, spacing: spacing, rising: false)
        case .cross: return diagonal(in: rect, spacing: spacing, rising: true) + diagonal(in: rect, spacing: spacing, rising: false)
        }
    }

    /// 45° lines: rising ones satisfy x + y = c, falling ones x − y = c.
    private static func diagonal(in rect: Rect, spacing: Double, rising: Bool) -> [(Point, Point)] {
        let step = spacing * 1.4142
        var out: [(Point, Point)] = []
        if rising {
            var c = rect.minX + rect.minY + step / 2
            while c < rect.maxX + rect.maxY {
                let x0 = max(rect.minX, c - rect.maxY), x1 = min(rect.maxX, c - rect.minY)
                if x1 > x0 { out.append((Point(x: x0, y: c - x0), Point(x: x1, y: c - x1))) }
                c += step
            }
        } else {
            var c = rect.minX - rect.maxY + step / 2
            while c < rect.maxX - rect.minY {
                let x0 = max(rect.minX, c + rect.minY), x1 = min(rect.maxX, c + rect.maxY)
                if x1 > x0 { out.append((Point(x: x0, y: x0 - c), Point(x: x1, y: x1 - c))) }
                c += step
            }
        }
        return out
    }
}
