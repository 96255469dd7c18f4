import CoopFormatting

/// Items as equal tiles placed on a grid roughly where they lie, coloured by value. The caller supplies
/// each tile's column and row (the charts module knows nothing of geography). Each tile shows its name
/// (or a short form when the name does not fit) and its value; a tile without a value is pale and marked
/// "—". A colour key with the lowest and highest values sits under the title.
public struct TileMapChart: ChromedChart {
    /// One tile.
    public struct Tile: Sendable, Hashable {
        public var label: String
        /// A short form for small tiles, e.g. "QN" for Quảng Ninh; derived from initials when nil.
        public var shortLabel: String?
        public var column: Int
        public var row: Int
        public var value: ChartValue
        /// Creates a tile at grid position (`column`, `row`), 0-based from the top left.
        public init(label: String, shortLabel: String? = nil, column: Int, row: Int, value: ChartValue) {
            self.label = label; self.shortLabel = shortLabel; self.column = column; self.row = row; self.value = value
        }
    }

    public var chrome: ChartChrome
    public var tiles: [Tile]

    /// Creates a tile map.
    public init(chrome: ChartChrome, tiles: [Tile]) {
        self.chrome = chrome
        self.tiles = tiles
    }

    /// Initials of the words, e.g. "Quảng Ninh" → "QN", "Bà Rịa - Vũng Tàu" → "BRVT".
    public static func initials(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first).map { Character($0.uppercased()) })
    }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        let present = tiles.compactMap(\.value.value)
        let bounds = tiles.filter { $0.value.value != nil }.map(\.value.bound)
        let frame = ChartFrame.place(chrome: chrome, notes: [chrome.boundsLegend(bounds), chrome.strings.missingNote(tiles.filter { $0.value.value == nil }.map(\.label))]
                                        + chrome.footnotes.map { $0 }, into: &builder)
        guard !tiles.isEmpty, frame.plot.height > 20 else { builder.scene.render(on: area.backend); return }
        let low = present.min() ?? 0, high = present.max() ?? 0

        // The key: a ramp with the lowest and highest values at its ends.
        let keyFont = builder.type.font(builder.scale.note)
        let keyLine = builder.type.line(keyFont)
        let lowText = present.isEmpty ? "" : chrome.format(low), highText = present.isEmpty ? "" : chrome.format(high)
        let keyWidth = min(frame.plot.width * 0.35, 200)
        let lowWidth = builder.type.width(lowText, keyFont)
        let keyLeft = frame.plot.minX + lowWidth + keyFont.size * 0.5
        let steps = 20
        for k in 0..<steps {
            builder.fill(Rect(x: keyLeft + keyWidth * Double(k) / Double(steps), y: frame.plot.minY, width: keyWidth / Double(steps) + 0.3,
                              height: keyLine.height), theme.ramp.color(at: (Double(k) + 0.5) / Double(steps)))
        }
        builder.text(lowText, x: frame.plot.minX, middle: frame.plot.minY + keyLine.height / 2, font: keyFont, color: theme.secondaryText)
        builder.text(highText, x: keyLeft + keyWidth + keyFont.size * 0.5, middle: frame.plot.minY + keyLine.height / 2, font: keyFont, color: theme.secondaryText)

        let body = Rect(x: frame.plot.minX, y: frame.plot.minY + keyLine.pitch * 1.6, width: frame.plot.width,
                        height: frame.plot.height - keyLine.pitch * 1.6)
        let minColumn = tiles.map(\.column).min()!, maxColumn = tiles.map(\.column).max()!
        let minRow = tiles.map(\.row).min()!, maxRow = tiles.map(\.row).max()!
        let columns = Double(maxColumn - minColumn + 1), rows = Double(maxRow - minRow + 1)
        let side = min(body.width / columns, body.height / rows)
        let left = body.minX + (body.width - side * columns) / 2
        let top = body.minY
        let gap = max(1, side * 0.06)
        let inner = side - gap
        let nameSize = min(builder.scale.label, inner * 0.3)
        let names = tiles.map { tile -> (String, Font)? in
            for candidate in [tile.label, tile.shortLabel ?? Self.initials(tile.label)] {
                let size = builder.type.sizeFitting([candidate], width: inner * 0.9, floor: builder.scale.floor, ceiling: nameSize)
                if builder.type.width(candidate, builder.type.font(size)) <= inner * 0.9 { return (candidate, builder.type.font(size)) }
            }
            return nil
        }
        for (index, tile) in tiles.enumerated() {
            let rect = Rect(x: left + Double(tile.column - minColumn) * side + gap / 2, y: top + Double(tile.row - minRow) * side + gap / 2,
                            width: inner, height: inner)
            let fill = tile.value.value.map { high > low ? theme.ramp.color(at: ($0 - low) / (high - low)) : theme.ramp.color(at: 0.6) } ?? theme.missing
            builder.fill(rect, fill)
            if theme.usesPatterns || tile.value.value == nil { builder.stroke(.rectangle(rect), theme.axis, StrokeStyle(width: 0.5)) }
            let ink = theme.text(on: fill)
            if let (name, font) = names[index] {
                let line = builder.type.line(font)
                builder.text(name, x: rect.midX, middle: rect.minY + rect.height * 0.36, font: font, color: ink, anchor: .center)
                let valueText = tile.value.value.map { chrome.format($0, bound: tile.value.bound) } ?? "—"
                let valueSize = builder.type.sizeFitting([valueText], width: inner * 0.9, weight: .bold, floor: 1, ceiling: font.size)
                if valueSize >= builder.scale.floor {
                    builder.text(valueText, x: rect.midX, middle: rect.minY + rect.height * 0.36 + line.pitch * 1.05, font: builder.type.font(valueSize, .bold),
                                 color: ink, anchor: .center)
                }
            }
        }
        builder.scene.render(on: area.backend)
    }
}
