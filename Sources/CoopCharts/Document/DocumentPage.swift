/// One page of a document: blocks stacked from the top, a running header and a footer.
public struct DocumentPage: Sendable {
    /// A bookmark in the PDF's outline pointing at this page.
    public struct OutlineEntry: Sendable, Hashable {
        public var title: String
        /// 0 for a section, 1 for a subsection (nested under the previous section).
        public var level: Int
        public init(title: String, level: Int = 0) {
            self.title = title
            self.level = level
        }
    }

    public var size: Size
    public var blocks: [PageBlock]
    public var outline: [OutlineEntry]
    /// The running header and footer, empty until the pages are numbered (they need the page count).
    public var header = ""
    public var footer = ""

    public init(size: Size, blocks: [PageBlock], outline: [OutlineEntry] = []) {
        self.size = size
        self.blocks = blocks
        self.outline = outline
    }
}

/// What a page is made of, top to bottom.
public enum PageBlock: Sendable {
    /// A title page: a large title, then lines such as the cluster, period, organisation and date.
    case cover(title: String, lines: [String])
    case heading(String)
    /// Running text, wrapped to the page width.
    case paragraph(String)
    /// Key figures side by side: label, value, and an optional change line.
    case tiles([Tile])
    /// A chart drawn in a box of the given height (the page's content width).
    case chart(any Chart, height: Double)
    case table(PageTable)
    /// Charts in a grid of `columns`, each cell `cellHeight` tall (small multiples of whole charts).
    case grid([any Chart], columns: Int, cellHeight: Double)
    case spacer(Double)
}

/// A key figure on a tile.
public struct Tile: Sendable, Hashable {
    public var label: String
    public var value: String
    public var note: String?
    public init(label: String, value: String, note: String? = nil) {
        self.label = label
        self.value = value
        self.note = note
    }
}

/// A simple text table: a header row and rows, columns sized by their relative weights; cells that
/// do not fit are shortened with "…" (the full text is in the data files the table cites).
public struct PageTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    public var columnWeights: [Double]
    public var fontSize: Double
    /// Columns whose cells are right-aligned (numbers).
    public var numericColumns: Set<Int>

    public init(header: [String], rows: [[String]], columnWeights: [Double]? = nil, fontSize: Double = 8, numericColumns: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.columnWeights = columnWeights ?? Array(repeating: 1, count: header.count)
        self.fontSize = fontSize
        self.numericColumns = numericColumns
    }

    /// The height one row takes, so a caller can split a long table across pages.
    public var rowHeight: Double { fontSize * 1.9 }
}
