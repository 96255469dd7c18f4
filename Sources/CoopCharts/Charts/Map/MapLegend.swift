import CoopFormatting

/// The map's key: the rule that chose the classes, each class's colour with its range and how many units
/// it holds ("10–19 (12)"), then the hatched "no data" entry and the light context entry when the map has
/// them. Placed as one block in free space near a corner of the map.
struct MapLegend {
    let chart: MapChart

    /// Each entry's swatch kind and text.
    private enum Swatch { case color(Color, hatched: Bool), missing, context }

    private var entries: [(swatch: Swatch, text: String)] {
        let counts = chart.classCounts
        let format = { (value: Double) in chart.chrome.format(value) }
        var entries: [(Swatch, String)] = (0..<chart.classes.count).map { k in
            (.color(chart.classColor(k), hatched: chart.classIsHatched(k)), chart.classes.label(k, format: format) + " " + count(counts[k]))
        }
        let named = chart.namedUnits
        let missing = named.filter { chart.units[$0].value.value == nil }.count
        if missing > 0 { entries.append((.missing, chart.chrome.strings.noData + " " + count(missing))) }
        if chart.units.contains(where: \.isContext) { entries.append((.context, chart.words.contextLabel)) }
        return entries
    }

    private func count(_ n: Int) -> String {
        "(" + String(n) + (chart.words.countNoun.isEmpty ? "" : " " + chart.words.countNoun) + ")"
    }

    /// Draws the legend in free space nearest `near`; false when there is no room for it at a legible size.
    func place(near: Point, plot: Rect, space: inout FreeSpace, builder: inout SceneBuilder) -> Bool {
        let theme = chart.chrome.theme
        let entries = self.entries
        for size in [builder.scale.note, builder.scale.note * 0.88, max(builder.scale.floor, 6)] {
            let font = builder.type.font(size)
            let titleFont = builder.type.font(size, .bold)
            let line = builder.type.line(font)
            let swatch = Size(width: line.height * 1.6, height: line.height)
            let gap = size * 0.5
            // The rule wraps to the width of the entries, so the key stays compact enough for the sea or a neighbour's land.
            let entriesWidth = swatch.width + gap + (entries.map { builder.type.width(NormalizedText($0.text).string, font) }.max() ?? 0)
            let titleRoom = max(entriesWidth, size * 16)
            let titleLines =
                MapLayout.labelLines(chart.classes.rule, font: titleFont, builder: builder)
                .first { $0.allSatisfy { builder.type.width($0, titleFont) <= titleRoom } }
                ?? builder.type.fitter(titleFont).wrap(NormalizedText(chart.classes.rule).string, width: titleRoom, maxLines: 3)
            let width = max(titleLines.map { builder.type.width($0, titleFont) }.max() ?? 0, entriesWidth)
            let height = Double(titleLines.count + entries.count) * line.pitch
            guard let block = space.place(Size(width: width + 2, height: height), near: near) else { continue }
            var trial = builder
            var ok = true
            var y = block.minY
            for text in titleLines {
                ok = ok && trial.text(text, x: block.minX, baseline: y + line.ascent, font: titleFont, color: theme.text)
                y += line.pitch
            }
            for entry in entries {
                let rect = Rect(x: block.minX, y: y + (line.pitch - swatch.height) / 2, width: swatch.width, height: swatch.height)
                let ring = [
                    Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY), Point(x: rect.maxX, y: rect.maxY), Point(x: rect.minX, y: rect.maxY),
                ]
                switch entry.swatch {
                case let .color(color, hatched):
                    trial.fill(rect, color)
                    if hatched {
                        var lines = Path()
                        for (a, b) in PageGeometry.hatch([ring], spacing: max(2.2, builder.scale.note * 0.32), direction: .horizontal) {
                            lines.elements += [.move(a), .line(b)]
                        }
                        trial.stroke(lines, theme.text(on: color), StrokeStyle(width: 0.4))
                    }
                case .missing:
                    trial.fill(rect, theme.missing)
                    var hatch = Path()
                    for (a, b) in PageGeometry.hatch([ring], spacing: max(2.2, builder.scale.note * 0.32)) { hatch.elements += [.move(a), .line(b)] }
                    trial.stroke(hatch, theme.secondaryText, StrokeStyle(width: 0.45))
                case .context: trial.fill(rect, MapStyle.contextFill(theme))
                }
                trial.stroke(.rectangle(rect), theme.axis, StrokeStyle(width: 0.4))
                ok = ok && trial.text(entry.text, x: rect.maxX + gap, middle: y + line.pitch / 2, font: font, color: theme.text)
                y += line.pitch
            }
            guard ok else { continue }
            trial.reserve(block)
            builder = trial
            space.take(block, margin: 2)
            return true
        }
        return false
    }
}
