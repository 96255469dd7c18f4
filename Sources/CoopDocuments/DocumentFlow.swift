import CoopCharts

/// The report's pages as one flowing text: what a Word document holds in place of fixed pages.
///
/// Headings take their level from the page's outline (level 0 → Heading 1, 1 → Heading 2); an
/// outline entry with no heading block on its page becomes a heading of its own; a heading repeated
/// on a continuation page is dropped; a table continued over several pages becomes one table whose
/// header repeats on each printed page (a scorecard drawn in parts too); every Heading 1 after the first (or
/// after a cover) starts a new page.
enum FlowItem {
    case cover(title: String, lines: [String])
    case heading(String, level: Int, newPage: Bool)
    case paragraph(String)
    case tiles([Tile])
    case table(PageTable)
    /// A chart drawn as a picture `heightRatio` times as tall as the text is wide.
    case chart(any Chart, heightRatio: Double)
    /// A table drawn as a chart (the scorecard), written as a real table.
    case tabular(title: String, table: PageTable, notes: [String])
    case grid([any Chart], columns: Int, cellRatio: Double)

    static func flow(_ pages: [DocumentPage]) -> [FlowItem] {
        var items: [FlowItem] = []
        var lastHeading: String?
        var headingsSoFar = 0
        var coverSeen = false
        func addHeading(_ text: String, level: Int) {
            items.append(.heading(text, level: level, newPage: level == 1 && (headingsSoFar > 0 || coverSeen)))
            headingsSoFar += 1
            lastHeading = text
        }
        for page in pages {
            // The page's content width in the PDF: charts keep their proportions in Word.
            let contentWidth = max(page.size.width - 96, 1)
            let headingTexts = Set(page.blocks.compactMap { block -> String? in if case .heading(let text) = block { return text } else { return nil } })
            let isCover = page.blocks.contains { if case .cover = $0 { return true } else { return false } }
            if !isCover {
                for entry in page.outline where !headingTexts.contains(entry.title) { addHeading(entry.title, level: entry.level + 1) }
            }
            for block in page.blocks {
                switch block {
                case let .cover(title, lines):
                    items.append(.cover(title: title, lines: lines))
                    coverSeen = true
                case let .heading(text):
                    if let entry = page.outline.first(where: { $0.title == text }) {
                        addHeading(text, level: entry.level + 1)
                    } else if text != lastHeading {
                        addHeading(text, level: 2)
                    }
                case let .paragraph(text):
                    if !text.isEmpty { items.append(.paragraph(text)) }
                case let .tiles(tiles):
                    items.append(.tiles(tiles))
                case let .chart(chart, height):
                    if let tabular = chart as? any TabularChart {
                        let equivalent = tabular.tableEquivalent
                        // A table the PDF cut into pages (a long scorecard) is one table again: the first
                        // part's title, every row, the last part's notes.
                        if case .tabular(let title, var previous, _)? = items.last, previous.header == equivalent.table.header {
                            previous.rows += equivalent.table.rows
                            items[items.count - 1] = .tabular(title: title, table: previous, notes: equivalent.notes)
                        } else {
                            items.append(.tabular(title: chart.title, table: equivalent.table, notes: equivalent.notes))
                        }
                    } else {
                        items.append(.chart(chart, heightRatio: height / contentWidth))
                    }
                case let .table(table):
                    if case .table(var previous)? = items.last, previous.header == table.header {
                        previous.rows += table.rows
                        items[items.count - 1] = .table(previous)
                    } else {
                        items.append(.table(table))
                    }
                case let .grid(charts, columns, cellHeight):
                    items.append(.grid(charts, columns: max(1, columns), cellRatio: cellHeight / (contentWidth / Double(max(1, columns)))))
                case .spacer:
                    break
                }
            }
        }
        return items
    }
}

/// Charts in a grid drawn as one picture (the province profiles): the cells keep their layout.
struct ChartGrid: Chart {
    let charts: [any Chart]
    let columns: Int
    var title: String { charts.first?.title ?? "" }

    func draw(in area: DrawingArea) {
        let rows = max(1, (charts.count + columns - 1) / columns)
        let cellWidth = area.bounds.width / Double(columns)
        let cellHeight = area.bounds.height / Double(rows)
        for (index, chart) in charts.enumerated() {
            let cell = Rect(
                x: area.bounds.minX + Double(index % columns) * cellWidth, y: area.bounds.minY + Double(index / columns) * cellHeight,
                width: cellWidth, height: cellHeight)
            chart.draw(in: DrawingArea(backend: area.backend, bounds: cell, fontFamily: area.fontFamily))
        }
    }
}
