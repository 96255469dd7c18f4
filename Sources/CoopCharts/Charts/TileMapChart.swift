import CoopFormatting

/// Items as equal tiles placed on a grid roughly where they lie, coloured by value. The caller supplies
/// each tile's column and row (the charts module knows nothing of geography). Each tile shows its name,
/// or when names do not fit, a short form no other tile shares ("QNi", "QNa", "QNg" rather than "QN"
/// three times), and its value; a tile without a value is pale and marked "—". A colour key with the
/// lowest and highest values sits under the title. The tiles fill the page: a grid much taller than the
/// page is wide for is cut into bands of rows set side by side (north on the left), and tiles may be
/// wider than tall so their names fit.
public struct TileMapChart: ChromedChart {
    /// One tile.
    public struct Tile: Sendable, Hashable {
        public var label: String
        /// A short form for small tiles; when nil (or shared with another tile), one is derived that no
        /// other tile has (`Abbreviations.unique`).
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

    /// Each tile's short form, no two alike: the caller's when it is unique, else derived.
    public var shortLabels: [String] {
        let derived = Abbreviations.unique(tiles.map(\.label))
        let given = tiles.map(\.shortLabel)
        let counts = Dictionary(given.compactMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +)
        return tiles.indices.map { index in
            guard let form = given[index], counts[form] == 1, !derived.enumerated().contains(where: { $0.offset != index && $0.element == form }) else {
                return derived[index]
            }
            return form
        }
    }

    /// The value printed on a tile ("—" when it has none).
    func valueText(_ tile: Tile) -> String {
        tile.value.value.map { chrome.format($0, bound: tile.value.bound) } ?? "—"
    }

    /// Every tile's name or its short form, and its value.
    public var requiredLabelChoices: [[String]] {
        zip(tiles, shortLabels).flatMap { tile, short in [[tile.label, short], [valueText(tile)]] }
    }

    public var requiredLabels: [String] { requiredLabelChoices.map { $0[0] } }

    /// How the tiles sit on the body: in `bands` bands of `perBand` rows, each tile `width` × `height`.
    struct Arrangement {
        var bands: Int
        var perBand: Int
        var width: Double
        var height: Double
        var gutter: Double
    }

    /// The arrangement (1 to 3 bands) with the largest tiles, tiles at most 2,4 times as wide as tall
    /// and 1,25 times as tall as wide.
    static func arrangement(columns: Int, rows: Int, in body: Rect) -> Arrangement {
        var best: Arrangement?
        for bands in 1...3 where bands <= rows {
            let perBand = (rows + bands - 1) / bands
            let gutterShare = 0.6
            let cellWidth = body.width / (Double(bands * columns) + Double(bands - 1) * gutterShare)
            let cellHeight = body.height / Double(perBand)
            // Tiles may stand a little taller than wide on an upright page, so the map reaches down it.
            let height = min(cellHeight, cellWidth * 1.25)
            let width = min(cellWidth, height * 2.4)
            let candidate = Arrangement(bands: bands, perBand: perBand, width: width, height: height, gutter: width * gutterShare)
            // A new band must buy clearly bigger tiles: cutting the map is a cost to the reader.
            if best == nil || width * height > best!.width * best!.height * 1.15 { best = candidate }
        }
        return best!
    }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        let present = tiles.compactMap(\.value.value)
        let bounds = tiles.filter { $0.value.value != nil }.map(\.value.bound)
        let frame = ChartFrame.place(
            chrome: chrome,
            notes: [chrome.boundsLegend(bounds), chrome.strings.missingNote(tiles.filter { $0.value.value == nil }.map(\.label))]
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
            builder.fill(
                Rect(
                    x: keyLeft + keyWidth * Double(k) / Double(steps), y: frame.plot.minY, width: keyWidth / Double(steps) + 0.3,
                    height: keyLine.height), theme.ramp.color(at: (Double(k) + 0.5) / Double(steps)))
        }
        builder.text(lowText, x: frame.plot.minX, middle: frame.plot.minY + keyLine.height / 2, font: keyFont, color: theme.secondaryText)
        builder.text(
            highText, x: keyLeft + keyWidth + keyFont.size * 0.5, middle: frame.plot.minY + keyLine.height / 2, font: keyFont, color: theme.secondaryText)

        let body = Rect(
            x: frame.plot.minX, y: frame.plot.minY + keyLine.pitch * 1.6, width: frame.plot.width,
            height: frame.plot.height - keyLine.pitch * 1.6)
        let minColumn = tiles.map(\.column).min()!, maxColumn = tiles.map(\.column).max()!
        let minRow = tiles.map(\.row).min()!, maxRow = tiles.map(\.row).max()!
        let columns = maxColumn - minColumn + 1, rows = maxRow - minRow + 1
        let layout = Self.arrangement(columns: columns, rows: rows, in: body)
        let mapWidth = Double(layout.bands * columns) * layout.width + Double(layout.bands - 1) * layout.gutter
        let left = body.minX + (body.width - mapWidth) / 2
        let gap = max(1, min(layout.width, layout.height) * 0.06)
        let inner = Size(width: layout.width - gap, height: layout.height - gap)
        // One size for every tile's name: as large as the labels elsewhere, small enough for two lines.
        let perPoint = builder.type.line(builder.type.font(10)).pitch / 10
        let nameSize = max(builder.scale.floor, min(builder.scale.label, inner.height / 2.15 / perPoint))
        let nameFont = builder.type.font(nameSize)
        let shorts = shortLabels
        for (index, tile) in tiles.enumerated() {
            let band = (tile.row - minRow) / layout.perBand, rowInBand = (tile.row - minRow) % layout.perBand
            let rect = Rect(
                x: left + Double(band * columns + tile.column - minColumn) * layout.width + Double(band) * layout.gutter + gap / 2,
                y: body.minY + Double(rowInBand) * layout.height + gap / 2, width: inner.width, height: inner.height)
            let fill = tile.value.value.map { high > low ? theme.ramp.color(at: ($0 - low) / (high - low)) : theme.ramp.color(at: 0.6) } ?? theme.missing
            builder.fill(rect, fill)
            if theme.usesPatterns || tile.value.value == nil { builder.stroke(.rectangle(rect), theme.axis, StrokeStyle(width: 0.5)) }
            let ink = theme.text(on: fill)
            let room = inner.width * 0.92
            // The name when it fits on one line, else the tile's unique short form, shrunk to fit if need be.
            let name = NormalizedText(tile.label).string
            let label: String, font: Font
            if builder.type.width(name, nameFont) <= room {
                (label, font) = (name, nameFont)
            } else {
                label = shorts[index]
                font = builder.type.font(builder.type.sizeFitting([label], width: room, floor: builder.scale.floor, ceiling: nameSize))
            }
            let pitch = builder.type.line(nameFont).pitch
            builder.text(label, x: rect.midX, middle: rect.midY - pitch * 0.5, font: font, color: ink, anchor: .center)
            let value = valueText(tile)
            let valueSize = builder.type.sizeFitting([value], width: room, weight: .bold, floor: builder.scale.floor, ceiling: nameSize)
            builder.text(
                value, x: rect.midX, middle: rect.midY + pitch * 0.5, font: builder.type.font(valueSize, .bold),
                color: tile.value.value == nil ? theme.secondaryText : ink, anchor: .center)
        }
        builder.scene.render(on: area.backend)
    }
}
