import CoopFormatting

/// Horizontal bars ranked from the highest value down, with value labels, an optional reference line,
/// a note for items without data and footnotes such as the source. Drawn like every other kind: the
/// shared frame (title, subtitle, notes) around the shared bar rows, which keep every name and value
/// whole from 2 to 63 items (side-by-side panels when one column would need illegible type).
public struct RankingBarChart: ChromedChart {
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

    public var chrome: ChartChrome
    /// The items, in any order; the chart sorts them.
    public var bars: [Bar]
    /// A dashed line at a value, such as a cluster mean, labelled with the value in the chart's locale.
    public var reference: ChartReference?
    /// Items with no value: named in a note, never drawn as zero.
    public var missingLabels: [String]

    /// Creates a ranking chart.
    public init(chrome: ChartChrome, bars: [Bar], reference: ChartReference? = nil, missingLabels: [String] = []) {
        self.chrome = chrome
        self.bars = bars
        self.reference = reference
        self.missingLabels = missingLabels
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
        chrome.format(bar.value, bound: bar.bound)
    }

    /// "Chưa có số liệu: Hà Nam, Thái Bình" (or "No data: …"), or nil when every item has a value.
    public var missingNote: String? {
        chrome.strings.missingNote(missingLabels + bars.filter { !$0.value.isFinite }.map(\.label))
    }

    /// The explanation of every bound mark that appears, or nil when all figures are exact.
    public var boundsLegend: String? { chrome.boundsLegend(rankedBars.map(\.bound)) }

    /// Every name and value label the chart promises to draw whole.
    public var requiredLabels: [String] { rankedBars.flatMap { [$0.label, valueLabel(for: $0)] } }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let ranked = rankedBars
        let rows = barRows(ranked)
        // Rows too many for one column stand in panels side by side, and a note says so; the note takes
        // room, so the count is taken again with it in place.
        var panelNote: String?
        for _ in 0..<2 {
            var trial = builder
            let plot = ChartFrame.place(chrome: chrome, notes: [panelNote, boundsLegend, missingNote] + chrome.footnotes.map { $0 }, into: &trial).plot
            let panels = rows.panelCount(in: plot, builder: trial)
            panelNote = panels > 1 ? chrome.strings.rowsInPanels(ranked.count, panels: panels) : nil
        }
        let frame = ChartFrame.place(chrome: chrome, notes: [panelNote, boundsLegend, missingNote] + chrome.footnotes.map { $0 }, into: &builder)
        rows.place(in: frame.plot, into: &builder)
        builder.scene.render(on: area.backend)
    }

    /// The shared bar rows drawing `ranked`.
    private func barRows(_ ranked: [Bar]) -> BarRows {
        BarRows(
            names: ranked.map(\.label), seriesCount: 1, arrangement: .single,
            value: { _, row in ChartValue(ranked[row].value, bound: ranked[row].bound) },
            drawn: { _, row in ranked[row].value },
            format: { value, bound in chrome.format(value, bound: bound) },
            tickFormat: nil, domain: ranked.map(\.value) + [reference?.value].compactMap { $0 }, fixedDomain: nil,
            reference: reference, referenceLabel: reference.map { $0.label(chrome.locale, suffix: chrome.valueSuffix) },
            highlighted: Set(ranked.indices.filter { ranked[$0].isHighlighted }), theme: chrome.theme)
    }
}
