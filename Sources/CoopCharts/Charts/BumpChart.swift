import CoopFormatting

/// Each item's rank over periods, rank 1 at the top: lines between ranks, names on both sides (first
/// and last rank), moved apart where ranks are shared. A period without a rank breaks the line.
public struct BumpChart: ChromedChart {
    public var chrome: ChartChrome
    public var periods: [String]
    /// One entry per item: its rank in each period (1 = best), nil when unranked.
    public var items: [Item]

    /// One item's ranks.
    public struct Item: Sendable, Hashable {
        public var name: String
        public var ranks: [Int?]
        /// Creates an item; `ranks` line up with the chart's periods.
        public init(name: String, ranks: [Int?]) { self.name = name; self.ranks = ranks }
    }

    /// Creates a bump chart.
    public init(chrome: ChartChrome, periods: [String], items: [Item]) {
        self.chrome = chrome
        self.periods = periods
        self.items = items
    }

    /// The worst rank shown (the axis length).
    public var worstRank: Int { max(items.flatMap { $0.ranks.compactMap { $0 } }.max() ?? 1, 1) }

    /// The name at the left end of an item's line, with its first rank ("1. Quảng Ninh"), and at the right
    /// end with its last ("Quảng Ninh (2)"); nil for an item never ranked.
    func endLabels(_ item: Item) -> (first: String, last: String)? {
        let ranks = item.ranks.prefix(periods.count)
        guard let first = ranks.first(where: { $0 != nil }) ?? nil, let last = ranks.last(where: { $0 != nil }) ?? nil else { return nil }
        return ("\(first). " + item.name, item.name + " (\(last))")
    }

    /// Both end labels of every ranked item.
    public var requiredLabels: [String] { items.compactMap(endLabels).flatMap { [$0.first, $0.last] } }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        var missing: [String] = []
        for item in items {
            let gaps = periods.indices.filter { $0 >= item.ranks.count || item.ranks[$0] == nil }.map { periods[$0] }
            if !gaps.isEmpty { missing.append("\(item.name) (\(gaps.joined(separator: ", ")))") }
        }
        let frame = ChartFrame.place(chrome: chrome, notes: [chrome.strings.missingNote(missing)] + chrome.footnotes.map { $0 }, into: &builder)
        guard !items.isEmpty, !periods.isEmpty, frame.plot.height > 10 else { builder.scene.render(on: area.backend); return }
        let worst = worstRank
        let periodFont = builder.type.font(builder.scale.note)
        let periodLine = builder.type.line(periodFont)
        // One row per rank, and at least one per name: tied names spread over the rows below their rank.
        let ranked = items.filter { endLabels($0) != nil }.count
        let rows = RowLayout(count: max(worst, ranked), top: frame.plot.minY, height: frame.plot.height - periodLine.pitch * 1.3, builder: builder)
        func y(_ rank: Int) -> Double { rows.middle(rank - 1) }
        let font = rows.font
        let fitter = builder.type.fitter(font)
        let firstLabels = items.map { endLabels($0)?.first }
        let lastLabels = items.map { endLabels($0)?.last }
        let limit = frame.plot.width * 0.3
        let leftTexts = firstLabels.map { $0.map { fitter.ellipsize(NormalizedText($0).string, width: limit) } }
        let rightTexts = lastLabels.map { $0.map { fitter.ellipsize(NormalizedText($0).string, width: limit) } }
        let leftWidth = leftTexts.compactMap { $0 }.map { builder.type.width($0, font) }.max() ?? 0
        let rightWidth = rightTexts.compactMap { $0 }.map { builder.type.width($0, font) }.max() ?? 0
        let gap = font.size * 0.8
        let left = frame.plot.minX + leftWidth + gap, right = frame.plot.maxX - rightWidth - gap
        let slot = (right - left) / Double(periods.count)
        let xs = periods.indices.map { left + slot * (Double($0) + 0.5) }
        _ = Axes.slotLabels(periods, centers: xs, slotWidth: slot, top: rows.bottom + periodLine.pitch * 0.3, maxLines: 1, thinned: true, into: &builder)
        for x in xs {
            builder.line(Point(x: x, y: rows.top), Point(x: x, y: rows.bottom), theme.grid, StrokeStyle(width: 0.6))
        }
        let width = max(1, min(rows.pitch * 0.35, builder.scale.label * 0.22))
        for (s, item) in items.enumerated() {
            let style = theme.style(forSeries: s)
            var run: [Point] = []
            for (p, rank) in item.ranks.prefix(periods.count).enumerated() {
                if let rank { run.append(Point(x: xs[p], y: y(rank))); continue }
                if run.count > 1 { builder.stroke(.polyline(run), style.color, StrokeStyle(width: width, dash: style.dash)) }
                run = []
            }
            if run.count > 1 { builder.stroke(.polyline(run), style.color, StrokeStyle(width: width, dash: style.dash)) }
            for (p, rank) in item.ranks.prefix(periods.count).enumerated() {
                guard let rank else { continue }
                builder.marker(
                    style.marker, at: Point(x: xs[p], y: y(rank)), size: max(2.5, min(rows.pitch * 0.7, font.size * 0.8)),
                    color: style.color, outline: theme.background)
            }
        }
        // Shared ranks put several names on one row: spread them, best first.
        let line = builder.type.line(font)
        for (texts, firstSide) in [(leftTexts, true), (rightTexts, false)] {
            let present = texts.indices.filter { texts[$0] != nil }
            let targets = present.map { index -> Double in
                let ranks = items[index].ranks.prefix(periods.count)
                let rank = (firstSide ? ranks.first(where: { $0 != nil }) : ranks.last(where: { $0 != nil })).flatMap { $0 } ?? worst
                return y(rank)
            }
            let placed = LabelDodge.place(
                targets: targets, priorities: targets.map { -$0 }, height: max(line.height * 1.02, 0.1),
                low: rows.top - line.height * 0.2, high: rows.bottom + line.height * 0.2)
            for (k, index) in present.enumerated() {
                guard let middle = placed[k], let text = texts[index] else { continue }
                let color = theme.style(forSeries: index).color
                builder.text(
                    text, x: firstSide ? left - gap : right + gap, middle: middle, font: font,
                    color: color.luminance > 0.6 ? theme.text : color, anchor: firstSide ? .right : .left)
            }
        }
        builder.scene.render(on: area.backend)
    }
}
