import CoopFormatting

/// One small panel per item on a shared scale: a line over the periods, or a single bar when there is
/// one period. Panels fill a grid shaped to the page; the left column carries the scale's ticks and
/// each panel prints its latest value. Missing periods break the line and are named in a note.
public struct SmallMultiplesChart: ChromedChart {
    public var chrome: ChartChrome
    public var periods: [String]
    public var series: [ChartSeries]

    /// Creates small multiples; every series gets a panel, in the order given.
    public init(chrome: ChartChrome, periods: [String], series: [ChartSeries]) {
        self.chrome = chrome
        self.periods = periods
        self.series = series
    }

    /// Columns and rows of the grid for `count` panels in `size`: panels about 1.5 times wider than tall.
    public static func grid(count: Int, in size: Size) -> (columns: Int, rows: Int) {
        guard count > 0, size.width > 0, size.height > 0 else { return (1, 1) }
        let ideal = (Double(count) * size.width / (size.height * 1.5)).squareRoot()
        let columns = min(count, max(1, Int(ideal.rounded())))
        return (columns, (count + columns - 1) / columns)
    }

    /// The latest value a panel prints, or nil when its item has no figure.
    func latestText(_ item: ChartSeries) -> String? {
        guard let p = item.values.prefix(periods.count).lastIndex(where: { $0.value != nil }), let v = item.values[p].value else { return nil }
        return chrome.format(v, bound: item.values[p].bound)
    }

    /// Every panel's name and the latest value it prints.
    public var requiredLabels: [String] { series.map(\.name) + series.compactMap(latestText) }

    public func draw(in area: DrawingArea) {
        var builder = SceneBuilder(area: area, theme: chrome.theme)
        let theme = chrome.theme
        var missing: [String] = []
        for item in series {
            let gaps = periods.indices.filter { $0 >= item.values.count || item.values[$0].value == nil }.map { periods[$0] }
            if !gaps.isEmpty { missing.append(periods.count == 1 ? item.name : "\(item.name) (\(gaps.joined(separator: ", ")))") }
        }
        let bounds = series.flatMap { $0.values.filter { $0.value != nil }.map(\.bound) }
        let range = periods.count > 1 ? "\(periods.first!)–\(periods.last!)" : periods.first ?? ""
        let notes: [String?] =
            [
                chrome.strings.sharedScale + (range.isEmpty ? "" : " · \(range)"), chrome.boundsLegend(bounds),
                chrome.strings.missingNote(missing),
            ] + chrome.footnotes.map { $0 }
        let frame = ChartFrame.place(chrome: chrome, notes: notes, into: &builder)
        guard !series.isEmpty, !periods.isEmpty, frame.plot.height > 10 else { builder.scene.render(on: area.backend); return }

        let values = series.flatMap { $0.values.compactMap(\.value) }
        let scale = NiceScale(covering: values, maxTicks: 2)
        let (columns, rows) = Self.grid(count: series.count, in: Size(width: frame.plot.width, height: frame.plot.height))
        let tickFont = builder.type.font(max(builder.scale.floor, builder.scale.note * 0.85))
        let tickLabels = [scale.high, scale.low].map { chrome.locale.format($0, maxDecimals: scale.decimals) }
        let tickWidth = (tickLabels.map { builder.type.width($0, tickFont) }.max() ?? 0) + tickFont.size * 0.4
        let gutter = max(4, builder.scale.note * 0.8)
        let panelWidth = (frame.plot.width - tickWidth - gutter * Double(columns - 1)) / Double(columns)
        let panelHeight = (frame.plot.height - gutter * Double(rows - 1)) / Double(rows)
        // Titles shrink until the longest name fits its panel (never below the floor).
        let titleCeiling = min(builder.scale.label, max(builder.scale.floor, panelHeight * 0.2))
        let titleSize = builder.type.sizeFitting(
            series.map { NormalizedText($0.name).string }, width: panelWidth * 0.97, weight: .bold,
            floor: builder.scale.floor, ceiling: titleCeiling)
        let titleFont = builder.type.font(titleSize, .bold)
        let titleLine = builder.type.line(titleFont)
        let valueFont = builder.type.font(max(builder.scale.floor, titleSize * 0.85))
        let valueLine = builder.type.line(valueFont)
        let fitter = builder.type.fitter(titleFont)

        for (index, item) in series.enumerated() {
            let column = index % columns, row = index / columns
            let left = frame.plot.minX + tickWidth + Double(column) * (panelWidth + gutter)
            let top = frame.plot.minY + Double(row) * (panelHeight + gutter)
            let title = fitter.ellipsize(NormalizedText(item.name).string, width: panelWidth)
            builder.text(title, x: left, baseline: top + titleLine.ascent, font: titleFont, color: theme.text)
            // The plot keeps a value-label line free at its top, so the latest value never hits the title.
            let plot = Rect(
                x: left, y: top + titleLine.pitch + valueLine.height * 1.1, width: panelWidth,
                height: max(1, panelHeight - titleLine.pitch - valueLine.height * 1.1 - 2))
            func y(_ v: Double) -> Double { scale.y(v, top: plot.minY, bottom: plot.maxY) }
            builder.fill(plot, theme.grid.mixed(with: .white, 0.7))
            builder.line(Point(x: plot.minX, y: y(0)), Point(x: plot.maxX, y: y(0)), theme.axis, StrokeStyle(width: 0.75))
            if column == 0 {
                builder.text(tickLabels[0], x: left - tickFont.size * 0.4, middle: y(scale.high), font: tickFont, color: theme.secondaryText, anchor: .right)
                builder.text(tickLabels[1], x: left - tickFont.size * 0.4, middle: y(scale.low), font: tickFont, color: theme.secondaryText, anchor: .right)
            }
            let style = theme.style(forSeries: 0)
            let slot = plot.width / Double(periods.count)
            let xs = periods.indices.map { plot.minX + slot * (Double($0) + 0.5) }
            let present = item.values.prefix(periods.count).enumerated().compactMap { p, v in v.value.map { (p, $0) } }
            if periods.count == 1 {
                if let v = present.first?.1 {
                    builder.fill(Rect(x: plot.minX + slot * 0.2, y: min(y(0), y(v)), width: slot * 0.6, height: abs(y(v) - y(0))), style: style)
                }
            } else {
                var run: [Point] = []
                for (p, value) in item.values.prefix(periods.count).enumerated() {
                    if let v = value.value { run.append(Point(x: xs[p], y: y(v))); continue }
                    if run.count > 1 { builder.stroke(.polyline(run), style.color, StrokeStyle(width: 1.4)) }
                    run = []
                }
                if run.count > 1 { builder.stroke(.polyline(run), style.color, StrokeStyle(width: 1.4)) }
                for (p, v) in present { builder.marker(.circle, at: Point(x: xs[p], y: y(v)), size: 2.6, color: style.color) }
            }
            if let (p, v) = present.last, let text = latestText(item) {
                let baseline = min(y(v), plot.minY + valueLine.height) - valueLine.descent - 1.5
                builder.text(text, x: min(xs[p] + 2, plot.maxX), baseline: baseline, font: valueFont, color: theme.text, anchor: .right)
            } else {
                builder.text("—", x: plot.midX, middle: plot.midY, font: valueFont, color: theme.secondaryText, anchor: .center)
            }
        }
        builder.scene.render(on: area.backend)
    }
}
