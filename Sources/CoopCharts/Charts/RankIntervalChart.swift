import CoopFormatting

/// How robust a ranking is (the OECD/JRC uncertainty analysis): one row per item in nominal order, rank 1
/// at the top, with its 5–95 % band of ranks over the draws as a bar, its median rank as a dot and its
/// nominal rank as a diamond. The rank axis runs from 1 on the left.
public struct RankIntervalChart: ChromedChart {
    /// One item's ranks.
    public struct Item: Sendable, Hashable {
        public var name: String
        public var nominalRank: Int
        public var medianRank: Int
        public var lowRank: Int
        public var highRank: Int

        /// Creates an item; `lowRank…highRank` is the 5th–95th percentile band (best to worst).
        public init(name: String, nominalRank: Int, medianRank: Int, lowRank: Int, highRank: Int) {
            self.name = name
            self.nominalRank = nominalRank
            self.medianRank = medianRank
            self.lowRank = min(lowRank, highRank)
            self.highRank = max(lowRank, highRank)
        }
    }

    public var chrome: ChartChrome
    public var items: [Item]
    /// The last rank on the axis; nil: the worst rank among the items. The parts of a chart cut into
    /// pages share the whole chart's axis, so a band reads the same on every page.
    public var worstRank: Int?

    /// Creates a robustness chart.
    public init(chrome: ChartChrome, items: [Item], worstRank: Int? = nil) {
        self.chrome = chrome
        self.items = items
        self.worstRank = worstRank
    }

    /// Every row's name as drawn ("12. Hà Nam"): a chart that drops one is incomplete.
    public var requiredLabels: [String] { orderedItems.map { "\($0.nominalRank). \($0.name)" } }

    /// The chart cut into consecutive parts, one a page, so that each part draws every row's name
    /// whole in `size` with names of `minimumTypeSize` or larger: as few parts as that allows, rows
    /// shared out evenly, one rank axis for all, later titles saying the chart continues, the notes
    /// under the last part only. The chart itself when it fits whole. Measured as drawn, with `fontFamily`.
    public func pages(fitting size: Size, fontFamily: FontFamily, minimumTypeSize: Double) -> [RankIntervalChart] {
        let ordered = orderedItems
        guard ordered.count > 1 else { return [self] }
        let axis = worstRank ?? max(ordered.map(\.highRank).max() ?? 1, ordered.map(\.nominalRank).max() ?? 1, ordered.count)
        func fits(_ chart: RankIntervalChart) -> Bool {
            guard let recording = try? RecordingBackend() else { return true }
            chart.draw(on: recording, size: size, fontFamily: fontFamily)
            let names = Set(chart.requiredLabels)
            let drawn = recording.texts.filter { names.contains($0.text) }
            return Completeness.missing(chart.requiredLabels, drawn: recording.texts.map(\.text)).isEmpty
                && drawn.allSatisfy { $0.font.size >= minimumTypeSize }
        }
        if fits(self) { return [self] }
        for count in 2...ordered.count {
            let parts = RowParts.even(ordered.count, into: count).enumerated().map { index, range in
                var part = RankIntervalChart(chrome: chrome, items: Array(ordered[range]), worstRank: axis)
                if index > 0 { part.chrome.title = "\(chrome.title) (\(chrome.strings.continued))" }
                if index < count - 1 { part.chrome.footnotes = [] }
                return part
            }
            if parts.allSatisfy(fits) || count == ordered.count { return parts }
        }
        return [self]
    }

    /// Items as drawn top to bottom: by nominal rank, then by median rank, then as given.
    public var orderedItems: [Item] {
        items.enumerated().sorted { ($0.element.nominalRank, $0.element.medianRank, $0.offset) < ($1.element.nominalRank, $1.element.medianRank, $1.offset) }
            .map(\.element)
    }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        let strings = chrome.strings
        let band = SeriesStyle(color: theme.series[0].mixed(with: .white, theme.usesPatterns ? 0 : 0.45), hatch: theme.usesPatterns ? .diagonal : nil)
        let median = SeriesStyle(color: theme.series[0], marker: .circle)
        let nominal = SeriesStyle(color: theme.usesPatterns ? theme.text : theme.series[1], marker: .diamond)
        let frame = ChartFrame.place(
            chrome: chrome, notes: chrome.footnotes,
            legend: [
                .init(label: strings.band, style: band, kind: .swatch), .init(label: strings.median, style: median, kind: .marker),
                .init(label: strings.nominal, style: nominal, kind: .marker),
            ], into: &builder)
        let ordered = orderedItems
        guard !ordered.isEmpty, frame.plot.height > 0 else { builder.scene.render(on: area.backend); return }
        let worst = worstRank ?? max(ordered.map(\.highRank).max() ?? 1, ordered.map(\.nominalRank).max() ?? 1, ordered.count)

        // The axis labels take the bottom; the rows take the rest.
        let tickFont = builder.type.font(builder.scale.note)
        let tickLine = builder.type.line(tickFont)
        let rowsHeight = frame.plot.height - tickLine.pitch * 1.3
        let rows = RowLayout(count: ordered.count, top: frame.plot.minY, height: rowsHeight, builder: builder)
        let names = ordered.map { "\($0.nominalRank). \($0.name)" }
        let fitted = rows.fit(names, widthLimit: frame.plot.width * 0.3, builder: builder)
        let gap = rows.font.size * 0.6
        let left = frame.plot.minX + fitted.width + gap * 2
        let right = frame.plot.maxX - gap
        // Rank 1 sits half a step in from the left edge, the worst rank half a step from the right.
        let step = (right - left) / Double(worst)
        func x(_ rank: Int) -> Double { left + step * (Double(rank) - 0.5) }

        let tickStride = max(1, Int((builder.type.width(String(worst), tickFont) * 2.2 / step).rounded(.up)))
        for rank in Swift.stride(from: 1, through: worst, by: 1) where rank == 1 || rank % tickStride == 0 {
            builder.line(Point(x: x(rank), y: rows.top), Point(x: x(rank), y: rows.bottom), theme.grid, StrokeStyle(width: 0.6))
            builder.text(
                String(rank), x: x(rank), baseline: rows.bottom + tickLine.ascent + tickLine.descent * 0.5, font: tickFont,
                color: theme.secondaryText, anchor: .center)
        }
        let thickness = max(1.5, min(rows.pitch * 0.5, rows.font.size * 0.9))
        for (index, item) in ordered.enumerated() {
            let middle = rows.middle(index)
            let start = x(item.lowRank) - step * 0.3, end = x(item.highRank) + step * 0.3
            builder.fill(Rect(x: start, y: middle - thickness / 2, width: end - start, height: thickness), style: band)
            builder.marker(.circle, at: Point(x: x(item.medianRank), y: middle), size: thickness * 1.1, color: median.color)
            builder.marker(
                .diamond, at: Point(x: x(item.nominalRank), y: middle), size: thickness * 1.2, color: nominal.color,
                outline: theme.background)
            rows.drawName(fitted.lines[index], row: index, x: left - gap * 2, anchor: .right, color: theme.text, into: &builder)
        }
        builder.scene.render(on: area.backend)
    }
}
