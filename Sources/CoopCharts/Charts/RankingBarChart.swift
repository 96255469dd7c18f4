import CoopFormatting

/// Horizontal bars ranked from the highest value down, with value labels, an optional reference line,
/// a note for items without data and footnotes such as the source.
public struct RankingBarChart: Chart {
    /// One ranked item.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var bound: ValueBound
        public var isHighlighted: Bool

        /// Creates a bar; `bound` marks approximate or bounded figures (≈590, >120.000).
        public init(label: String, value: Double, bound: ValueBound = .exact, isHighlighted: Bool = false) {
            self.label = label
            self.value = value
            self.bound = bound
            self.isHighlighted = isHighlighted
        }
    }

    /// A vertical dashed line at a value, such as a cluster mean, labelled with the value in the chart's locale.
    public typealias ReferenceLine = ChartReference

    public var title: String
    public var subtitle: String
    /// The items, in any order; the chart sorts them.
    public var bars: [Bar]
    public var reference: ReferenceLine?
    /// Items with no value: named in a note, never drawn as zero.
    public var missingLabels: [String]
    /// Lines drawn at the bottom, e.g. the source.
    public var footnotes: [String]
    public var locale: Language
    public var maxDecimals: Int
    /// Colours and type size; the bars take the theme's first series colour.
    public var theme: Theme

    /// Creates a ranking chart.
    public init(title: String, subtitle: String = "", bars: [Bar], reference: ReferenceLine? = nil,
                missingLabels: [String] = [], footnotes: [String] = [], locale: Language = .vi,
                maxDecimals: Int = 2, theme: Theme = .conference) {
        self.theme = theme
        self.title = title
        self.subtitle = subtitle
        self.bars = bars
        self.reference = reference
        self.missingLabels = missingLabels
        self.footnotes = footnotes
        self.locale = locale
        self.maxDecimals = maxDecimals
    }

    /// The bars as drawn, top to bottom: highest value first, ties in the given order.
    /// Bars without a finite value are left out here and named in `missingNote` instead.
    public var rankedBars: [Bar] {
        bars.enumerated()
            .filter { $0.element.value.isFinite }
            .sorted { lhs, rhs in
                lhs.element.value != rhs.element.value ? lhs.element.value > rhs.element.value : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    /// The value label of a bar: locale format with its bound mark (≈590, >120.000).
    public func valueLabel(for bar: Bar) -> String {
        locale.format(bar.value, bound: bar.bound, maxDecimals: maxDecimals)
    }

    /// "Chưa có số liệu: Hà Nam, Thái Bình" (or "No data: …"), or nil when every item has a value.
    public var missingNote: String? {
        let names = missingLabels + bars.filter { !$0.value.isFinite }.map(\.label)
        guard !names.isEmpty else { return nil }
        let lead = locale == .vi ? "Chưa có số liệu: " : "No data: "
        return lead + names.joined(separator: ", ")
    }

    /// The explanation of every bound mark that appears, or nil when all figures are exact.
    public var boundsLegend: String? {
        let present = Set(rankedBars.map(\.bound))
        let legends = ValueBound.allCases.filter { $0 != .exact && present.contains($0) }.map { $0.legend(locale) }
        return legends.isEmpty ? nil : legends.joined(separator: "    ")
    }

    public func draw(in area: DrawingArea) {
        RankingBarLayout(chart: self, area: area).scene().render(on: area.backend)
    }
}
