import Foundation
import CoopFormatting

/// Shares of a total as a ring. Up to twelve items each get a slice of their own, however thin (their
/// names, values and shares are in the legend beside the ring, so no label squeezes beside a slice).
/// Beyond twelve, the smallest are grouped as "Khác"/"Other", and the chart says how many, but only while
/// the twelve named slices still cover most (more than half) of the total: a ring that is mostly "Khác"
/// hides what it claims to show, so such data is refused (`grouping` is `.unreadable`) and a bar chart
/// is the right form. Percentages are rounded by largest remainder so the printed shares add up to
/// exactly 100 %. Missing and negative values cannot be shares: they are left out and named.
public struct DonutChart: ChromedChart {
    /// One item and its figure.
    public struct Item: Sendable, Hashable {
        public var label: String
        public var value: ChartValue
        /// Creates an item.
        public init(label: String, value: ChartValue) { self.label = label; self.value = value }
    }

    /// A slice as drawn: its label, value, share in tenths of a percent (the printed figure) and members.
    public struct Slice: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var bound: ValueBound
        /// The printed percentage × 10 (so 41,7 % is 417); slices sum to 1000.
        public var tenthsOfPercent: Int
        public var isOther: Bool
        public var members: [String]
        /// The printed percentage.
        public var percent: Double { Double(tenthsOfPercent) / 10 }
    }

    /// How the items become slices.
    public enum Grouping: Sendable, Hashable {
        /// Every item has a slice of its own.
        case none
        /// The `count` smallest items share the "Khác" slice, `share` (0…1) of the total.
        case grouped(count: Int, share: Double)
        /// Grouping would leave the `named` largest items with only `share` (at most half) of the total.
        case unreadable(items: Int, named: Int, share: Double)
    }

    public var chrome: ChartChrome
    public var items: [Item]
    /// The most items named with a slice of their own when others must be grouped.
    public var maxNamed: Int

    /// Creates a donut; beyond `maxNamed` items the smallest are grouped as "Khác".
    public init(chrome: ChartChrome, items: [Item], maxNamed: Int = 12) {
        self.chrome = chrome
        self.items = items
        self.maxNamed = max(2, maxNamed)
    }

    /// The items that can be shares (a figure, not negative), largest first, ties in the given order.
    private var usable: [Item] {
        items.enumerated().filter { ($0.element.value.value ?? -1) >= 0 }
            .sorted { ($0.element.value.value!, -$0.offset) > ($1.element.value.value!, -$1.offset) }.map(\.element)
    }

    /// Which items are named and which grouped, by the rule above.
    public var grouping: Grouping {
        let usable = self.usable
        let total = usable.reduce(0) { $0 + $1.value.value! }
        // A single leftover item is named rather than grouped alone.
        guard usable.count > maxNamed + 1, total > 0 else { return .none }
        let named = usable.prefix(maxNamed).reduce(0) { $0 + $1.value.value! } / total
        guard named > 0.5 else { return .unreadable(items: usable.count, named: maxNamed, share: named) }
        return .grouped(count: usable.count - maxNamed, share: 1 - named)
    }

    /// The slices in drawing order (largest first, "Khác" last); none when the total is zero or the data
    /// is `.unreadable` as a donut.
    public var slices: [Slice] {
        let usable = self.usable
        let total = usable.reduce(0) { $0 + $1.value.value! }
        guard total > 0 else { return [] }
        let named: ArraySlice<Item>, rest: ArraySlice<Item>
        switch grouping {
        case .none: (named, rest) = (usable[...], [])
        case .grouped: (named, rest) = (usable.prefix(maxNamed), usable.dropFirst(maxNamed))
        case .unreadable: return []
        }
        var slices = named.map {
            Slice(label: $0.label, value: $0.value.value!, bound: $0.value.bound, tenthsOfPercent: 0, isOther: false, members: [$0.label])
        }
        if !rest.isEmpty {
            let bounds = Set(rest.map(\.value.bound))
            slices.append(
                Slice(
                    label: chrome.strings.otherCount(rest.count), value: rest.reduce(0) { $0 + $1.value.value! },
                    bound: bounds == [.exact] ? .exact : .approx, tenthsOfPercent: 0, isOther: true, members: rest.map(\.label)))
        }
        // Largest remainder: floor every share, then hand the missing tenths to the largest remainders.
        let exact = slices.map { $0.value / total * 1000 }
        var tenths = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(tenths[$0]), -$0) > (exact[$1] - Double(tenths[$1]), -$1) }
        for index in order.prefix(1000 - tenths.reduce(0, +)) { tenths[index] += 1 }
        for index in slices.indices { slices[index].tenthsOfPercent = tenths[index] }
        return slices
    }

    /// The legend line of a slice ("Hà Nội: 1.234") and its printed share ("12,3%").
    func legendTexts(_ slice: Slice) -> (label: String, share: String) {
        ("\(slice.label): \(chrome.format(slice.value, bound: slice.bound))", chrome.locale.formatPercent(slice.percent, decimals: 1))
    }

    /// Every slice's legend line and share; when the data cannot be an honest donut, every item's name,
    /// which the chart does not draw, so its completeness check refuses it.
    public var requiredLabels: [String] {
        if case .unreadable = grouping { return usable.map(\.label) }
        return slices.flatMap { slice in [legendTexts(slice).label, legendTexts(slice).share] }
    }

    var notes: [String?] {
        let strings = chrome.strings
        let missing = items.filter { $0.value.value == nil }.map(\.label)
        let negative = items.filter { ($0.value.value ?? 0) < 0 }.map(\.label)
        let slices = self.slices
        let total = items.compactMap(\.value.value).filter { $0 >= 0 }.reduce(0, +)
        var grouped: String?
        switch grouping {
        case .grouped(let count, let share):
            let members = slices.first(where: \.isOther)?.members ?? []
            grouped = strings.groupedNote(
                count: count, share: chrome.locale.formatPercent(share * 100, decimals: 1),
                names: count <= 8 ? members : [])
        case .none, .unreadable:
            break
        }
        return [
            chrome.boundsLegend(slices.map(\.bound)), grouped,
            strings.missingNote(missing), strings.negativeExcluded(negative),
            slices.isEmpty && !items.isEmpty && total == 0 ? strings.totalIsZero : nil,
        ] + chrome.footnotes.map { $0 }
    }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        let frame = ChartFrame.place(chrome: chrome, notes: notes, into: &builder)
        let slices = self.slices
        let plot = frame.plot
        guard plot.height > 10, plot.width > 10 else { builder.scene.render(on: area.backend); return }
        if case let .unreadable(count, named, share) = grouping {
            // No ring: say why, where the ring would be.
            let message = chrome.strings.donutUnreadable(items: count, named: named, share: chrome.locale.formatPercent(share * 100, decimals: 1))
            let font = builder.type.font(builder.scale.subtitle)
            _ = builder.block(message, x: plot.minX, top: plot.minY + plot.height * 0.3, width: plot.width, font: font, color: theme.text, maxLines: 4)
            builder.scene.render(on: area.backend)
            return
        }
        let portrait = plot.width < plot.height * 1.2
        let diameter = portrait ? min(plot.width * 0.8, plot.height * 0.55) : min(plot.height, plot.width * 0.45)
        let center = portrait ? Point(x: plot.midX, y: plot.minY + diameter / 2) : Point(x: plot.minX + diameter / 2, y: plot.midY)
        let outer = diameter / 2, inner = outer * 0.58
        let styles = slices.indices.map { index -> SeriesStyle in
            slices[index].isOther
                ? SeriesStyle(color: theme.usesPatterns ? Color(hex: 0xF0F0F0) : Color(hex: 0xBBBBBB), hatch: theme.usesPatterns ? .horizontal : nil)
                : theme.style(forSeries: index)
        }
        var angle = -Double.pi / 2
        let total = slices.reduce(0) { $0 + $1.value }
        if slices.isEmpty {
            builder.stroke(.circle(center: center, radius: (outer + inner) / 2), theme.grid, StrokeStyle(width: outer - inner))
        }
        for (index, slice) in slices.enumerated() {
            let sweep = total > 0 ? slice.value / total * 2 * .pi : 0
            guard sweep > 0 else { continue }
            let end = angle + sweep
            let wedge = Path([
                .move(Point(x: center.x + inner * cos(angle), y: center.y + inner * sin(angle))),
                .arc(center: center, radius: outer, start: angle, end: end),
                .arcNegative(center: center, radius: inner, start: end, end: angle), .close,
            ])
            builder.fill(wedge, styles[index].color)
            if theme.usesPatterns, styles[index].hatch != nil {
                // Greyscale: a radial tick pattern inside the wedge tells neighbours of similar grey apart.
                let ticks = max(1, Int(sweep / 0.12))
                for k in 0..<ticks {
                    let a = angle + sweep * (Double(k) + 0.5) / Double(ticks)
                    let ink = styles[index].color.luminance > 0.4 ? Color.black : Color.white
                    builder.line(
                        Point(x: center.x + (inner + 2) * cos(a), y: center.y + (inner + 2) * sin(a)),
                        Point(x: center.x + (outer - 2) * cos(a), y: center.y + (outer - 2) * sin(a)), ink, StrokeStyle(width: 0.6))
                }
            }
            builder.stroke(wedge, theme.background, StrokeStyle(width: 1.2))
            angle = end
        }
        // The total in the hole.
        let totalFont = builder.type.font(
            builder.type.sizeFitting(
                [chrome.format(total)], width: inner * 1.5, weight: .bold,
                floor: builder.scale.floor, ceiling: builder.scale.title * 0.9), .bold)
        let captionFont = builder.type.font(max(builder.scale.floor, min(builder.scale.note, totalFont.size * 0.6)))
        builder.text(chrome.format(total), x: center.x, middle: center.y - captionFont.size * 0.4, font: totalFont, color: theme.text, anchor: .center)
        builder.text(
            chrome.strings.total, x: center.x, baseline: center.y + totalFont.size * 0.45 + builder.type.line(captionFont).ascent,
            font: captionFont, color: theme.secondaryText, anchor: .center)

        // The legend carries names, values and shares, so no label has to squeeze beside a thin slice.
        let legend =
            portrait
            ? Rect(
                x: plot.minX, y: center.y + outer + builder.scale.note, width: plot.width,
                height: plot.maxY - center.y - outer - builder.scale.note)
            : Rect(
                x: center.x + outer + builder.scale.label * 2, y: plot.minY, width: plot.maxX - center.x - outer - builder.scale.label * 2, height: plot.height)
        guard !slices.isEmpty, legend.height > 4, legend.width > 10 else { builder.scene.render(on: area.backend); return }
        let rows = RowLayout(
            count: slices.count, top: legend.minY + max(0, (legend.height - Double(slices.count) * builder.scale.label * 2.2) / 2),
            height: min(legend.height, Double(slices.count) * builder.scale.label * 2.2), builder: builder)
        let swatch = rows.line.height
        let fitter = builder.type.fitter(rows.font)
        for (index, slice) in slices.enumerated() {
            let middle = rows.middle(index)
            builder.fill(Rect(x: legend.minX, y: middle - swatch / 2, width: swatch * 1.4, height: swatch), style: styles[index])
            let (text, share) = legendTexts(slice)
            let shareWidth = builder.type.width(share, rows.font)
            let nameWidth = legend.width - swatch * 2 - shareWidth - rows.font.size
            builder.text(
                fitter.ellipsize(NormalizedText(text).string, width: max(1, nameWidth)), x: legend.minX + swatch * 2, middle: middle,
                font: rows.font, color: theme.text)
            builder.text(share, x: legend.maxX, middle: middle, font: rows.font.withWeight(.bold), color: theme.text, anchor: .right)
        }
        builder.scene.render(on: area.backend)
    }
}
