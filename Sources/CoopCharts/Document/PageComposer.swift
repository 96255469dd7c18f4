/// Draws a `DocumentPage`: header rule, blocks stacked in the content box, footer rule.
struct PageComposer: Chart {
    let page: DocumentPage
    var title: String { page.header }

    static let margin = 48.0

    func draw(in area: DrawingArea) {
        let backend = area.backend
        let family = area.fontFamily
        let bounds = area.bounds
        let width = bounds.width - 2 * Self.margin
        let left = bounds.minX + Self.margin
        let small = Font(family: family, size: 8)
        if !page.header.isEmpty {
            backend.setColor(Palette.secondaryText)
            backend.drawText(
                NormalizedText(fitted(page.header, width: width, font: small, backend: backend)), at: Point(x: left, y: bounds.minY + 28), font: small)
            backend.setColor(Color(hex: 0xCCCCCC))
            backend.fillRect(Rect(x: left, y: bounds.minY + 33, width: width, height: 0.6))
        }
        if !page.footer.isEmpty {
            let extents = backend.measureText(NormalizedText(page.footer), font: small)
            backend.setColor(Palette.secondaryText)
            backend.drawText(NormalizedText(page.footer), at: Point(x: left + width - extents.width, y: bounds.maxY - 24), font: small)
        }
        var y = bounds.minY + Self.margin + 8
        for block in page.blocks {
            y = draw(block, top: y, left: left, width: width, backend: backend, family: family)
        }
    }

    /// Draws one block and returns the top of the next.
    private func draw(_ block: PageBlock, top: Double, left: Double, width: Double, backend: any DrawingBackend, family: FontFamily) -> Double {
        switch block {
        case let .cover(title, lines):
            var y = top + 140
            let titleFont = Font(family: family, size: 26, weight: .bold)
            backend.setColor(Palette.text)
            for line in wrap(title, width: width, font: titleFont, backend: backend, maxLines: 4) {
                y += 34
                backend.drawText(NormalizedText(line), at: Point(x: left, y: y), font: titleFont)
            }
            backend.setColor(Palette.bar)
            backend.fillRect(Rect(x: left, y: y + 16, width: 80, height: 4))
            y += 40
            let lineFont = Font(family: family, size: 13)
            backend.setColor(Palette.secondaryText)
            for line in lines.flatMap({ wrap($0, width: width, font: lineFont, backend: backend, maxLines: 6) }) {
                y += 20
                backend.drawText(NormalizedText(line), at: Point(x: left, y: y), font: lineFont)
            }
            return y + 20
        case let .heading(text):
            let font = Font(family: family, size: 17, weight: .bold)
            backend.setColor(Palette.text)
            var y = top
            for line in wrap(text, width: width, font: font, backend: backend, maxLines: 4) {
                y += 21
                backend.drawText(NormalizedText(line), at: Point(x: left, y: y - 4), font: font)
            }
            return y + 9
        case let .paragraph(text):
            let font = Font(family: family, size: 10.5)
            backend.setColor(Palette.text)
            var y = top
            for line in wrap(text, width: width, font: font, backend: backend, maxLines: 40) {
                y += 15
                backend.drawText(NormalizedText(line), at: Point(x: left, y: y), font: font)
            }
            return y + 10
        case let .tiles(tiles):
            guard !tiles.isEmpty else { return top }
            let gap = 10.0
            let tileWidth = (width - gap * Double(tiles.count - 1)) / Double(tiles.count)
            let labelFont = Font(family: family, size: 8.5)
            // One value size for every tile, shrunk until the widest value fits: tiles read as a set.
            var valueFont = Font(family: family, size: 17, weight: .bold)
            while valueFont.size > 9, tiles.contains(where: { backend.measureText(NormalizedText($0.value), font: valueFont).width > tileWidth - 14 }) {
                valueFont = valueFont.withSize(valueFont.size - 0.5)
            }
            let noteFont = Font(family: family, size: 7.5)
            for (index, tile) in tiles.enumerated() {
                let x = left + Double(index) * (tileWidth + gap)
                backend.setColor(Color(hex: 0xEEF4F8))
                backend.fillRect(Rect(x: x, y: top, width: tileWidth, height: 70))
                backend.setColor(Palette.bar)
                backend.fillRect(Rect(x: x, y: top, width: 3, height: 70))
                backend.setColor(Palette.secondaryText)
                // A long label takes two lines at a smaller size rather than losing its end.
                let labelLines =
                    wrap(tile.label, width: tileWidth - 14, font: labelFont, backend: backend, maxLines: 1).first == tile.label
                    ? [tile.label] : wrap(tile.label, width: tileWidth - 14, font: labelFont.withSize(7.5), backend: backend, maxLines: 2)
                for (lineIndex, line) in labelLines.enumerated() {
                    let font = labelLines.count > 1 ? labelFont.withSize(7.5) : labelFont
                    backend.drawText(
                        NormalizedText(line), at: Point(x: x + 9, y: top + 12 + Double(lineIndex) * 8.5 + (labelLines.count > 1 ? 0 : 4)), font: font)
                }
                backend.setColor(Palette.text)
                backend.drawText(
                    NormalizedText(fitted(tile.value, width: tileWidth - 14, font: valueFont, backend: backend)), at: Point(x: x + 9, y: top + 41),
                    font: valueFont)
                if let note = tile.note {
                    backend.setColor(Palette.secondaryText)
                    let lines = wrap(note, width: tileWidth - 14, font: noteFont, backend: backend, maxLines: 2)
                    for (lineIndex, line) in lines.enumerated() {
                        backend.drawText(NormalizedText(line), at: Point(x: x + 9, y: top + 54 + Double(lineIndex) * 9.5), font: noteFont)
                    }
                }
            }
            return top + 84
        case let .chart(chart, height):
            chart.draw(in: DrawingArea(backend: backend, bounds: Rect(x: left, y: top, width: width, height: height), fontFamily: family))
            return top + height + 8
        case let .table(table):
            return drawTable(table, top: top, left: left, width: width, backend: backend, family: family)
        case let .grid(charts, columns, cellHeight):
            let columns = max(1, columns)
            let cellWidth = width / Double(columns)
            for (index, chart) in charts.enumerated() {
                let cell = Rect(
                    x: left + Double(index % columns) * cellWidth, y: top + Double(index / columns) * cellHeight,
                    width: cellWidth, height: cellHeight)
                chart.draw(in: DrawingArea(backend: backend, bounds: cell, fontFamily: family))
            }
            let rows = (charts.count + columns - 1) / columns
            return top + Double(rows) * cellHeight + 8
        case let .spacer(height):
            return top + height
        }
    }

    private func drawTable(_ table: PageTable, top: Double, left: Double, width: Double, backend: any DrawingBackend, family: FontFamily) -> Double {
        let total = table.columnWeights.reduce(0, +)
        let widths = table.columnWeights.map { width * $0 / max(total, 1e-9) }
        let regular = Font(family: family, size: table.fontSize)
        let bold = Font(family: family, size: table.fontSize, weight: .bold)
        let rowHeight = table.rowHeight
        var y = top
        func drawRow(_ cells: [String], font: Font, shaded: Bool) {
            if shaded {
                backend.setColor(Color(hex: 0xF3F5F7))
                backend.fillRect(Rect(x: left, y: y, width: width, height: rowHeight))
            }
            backend.setColor(Palette.text)
            var x = left
            for (index, cell) in cells.enumerated() where index < widths.count {
                let shown = fitted(cell, width: widths[index] - 6, font: font, backend: backend)
                let extents = backend.measureText(NormalizedText(shown), font: font)
                let textX = table.numericColumns.contains(index) ? x + widths[index] - 3 - extents.width : x + 3
                backend.drawText(NormalizedText(shown), at: Point(x: textX, y: y + rowHeight * 0.68), font: font)
                x += widths[index]
            }
            y += rowHeight
        }
        drawRow(table.header, font: bold, shaded: false)
        backend.setColor(Palette.axis)
        backend.fillRect(Rect(x: left, y: y - 0.4, width: width, height: 0.8))
        for (index, row) in table.rows.enumerated() { drawRow(row, font: regular, shaded: index % 2 == 1) }
        return y + 10
    }

    private func fitted(_ text: String, width: Double, font: Font, backend: any DrawingBackend) -> String {
        LabelFitter { backend.measureText(NormalizedText($0), font: font).width }.ellipsize(text, width: width)
    }

    private func wrap(_ text: String, width: Double, font: Font, backend: any DrawingBackend, maxLines: Int) -> [String] {
        LabelFitter { backend.measureText(NormalizedText($0), font: font).width }.wrap(text, width: width, maxLines: maxLines)
    }
}
