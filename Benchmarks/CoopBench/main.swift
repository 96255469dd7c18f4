// coopchart-bench: CoopCharts beside the same drawing made with bare Cairo calls (the floor).
// Run `swift run -c release coopchart-bench`. Numbers are printed, never asserted: tests do not time.
import CCairo
import CoopCharts
import CoopFormatting
import Foundation

// The bench's own whole processes for `--map` (MapBenchmark): reading the outlines once and exit, or only
// exit, so the difference is what reading the outlines costs a fresh process (page faults included).
if let mode = CommandLine.arguments.dropFirst().first, MapBenchmark.processModes.contains(mode) {
    exit(MapBenchmark.runProcessMode(mode))
}

// MARK: - Measuring

/// Median milliseconds per call of `body`, over `rounds` rounds of `iterations` calls after a warm-up.
func measure(_ name: String, iterations: Int = 200, rounds: Int = 5, _ body: () throws -> Int) rethrows -> Result {
    var sink = 0
    for _ in 0..<max(5, iterations / 10) { sink &+= try body() }
    var perCall: [Double] = []
    for _ in 0..<rounds {
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = ContinuousClock.now
            sink &+= try body()
            let elapsed = ContinuousClock.now - start
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
        }
        perCall.append(median(samples))
    }
    // The byte count is kept so the optimiser cannot drop the work.
    return Result(name: name, medianMs: median(perCall), bestRoundMs: perCall.min() ?? 0, outputBytes: sink)
}

struct Result {
    var name: String
    var medianMs: Double
    var bestRoundMs: Double
    var outputBytes: Int
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func printTable(_ title: String, _ rows: [[String]]) {
    print("\n" + title)
    let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    for (index, row) in rows.enumerated() {
        let cells = row.enumerated().map { column, cell in
            column == 0
                ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[column] - cell.count) + cell
        }
        print(cells.joined(separator: "  "))
        if index == 0 { print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
    }
}

func ms(_ value: Double) -> String { String(format: "%.3f", value) }

// MARK: - The chart

let provinces: [(String, Double)] = [
    ("Quảng Ninh", 86), ("Bắc Ninh", 35), ("Ninh Bình", 22), ("Vĩnh Phúc", 21), ("Nam Định", 10),
    ("Hải Dương", 14), ("Hưng Yên", 8), ("Thái Bình", 6), ("Hà Nam", 4),
]
let mean = provinces.map(\.1).reduce(0, +) / Double(provinces.count)
let title = "Số hợp tác xã thành lập mới năm 2023"
let subtitle = "Cụm thi đua các tỉnh đồng bằng sông Hồng"
let referenceName = "Bình quân cụm"
let referenceLabel = ChartReference(value: mean, name: referenceName).label(.vi)
let footnote = "Nguồn: Liên minh HTX các tỉnh, báo cáo năm 2023."
let chart = RankingBarChart(
    chrome: ChartChrome(title: title, subtitle: subtitle, footnotes: [footnote], locale: .vi, maxDecimals: 1),
    bars: provinces.map { RankingBarChart.Bar(label: $0.0, value: $0.1) },
    reference: .init(value: mean, name: referenceName))
let options = RenderOptions(documentDate: .fixed("2024-01-01T00:00:00Z"))

// MARK: - The floor: the same drawing as straight Cairo calls

final class Collector {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        let collector = Unmanaged<Collector>.fromOpaque(closure!).takeUnretainedValue()
        collector.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}

/// The geometry CoopCharts settles on for this chart at 960×540 pt, written out as constants
/// (read once from a recording) so the floor does no layout at all beyond right-aligning text.
struct FloorGeometry {
    var titleSize = 0.0, subtitleSize = 0.0, labelSize = 0.0, noteSize = 0.0
    var titleBaseline = 0.0, subtitleBaseline = 0.0, referenceBaseline = 0.0, footnoteBaseline = 0.0
    var left = 0.0, labelRight = 0.0, right = 0.0, zeroX = 0.0, unitWidth = 0.0
    var firstRowMiddle = 0.0, pitch = 0.0, thickness = 0.0, valueBaselineOffset = 0.0, gap = 0.0

    init() throws {
        let recording = try RecordingBackend()
        chart.draw(on: recording, size: options.size)
        let texts = recording.texts
        let bars = recording.filledRects.filter { $0.color == Palette.bar }.map(\.rect)
        func text(_ string: String) -> RecordingBackend.RecordedText { texts.first { $0.text == string }! }
        titleSize = text(title).font.size; titleBaseline = text(title).origin.y
        subtitleSize = text(subtitle).font.size; subtitleBaseline = text(subtitle).origin.y
        noteSize = text(footnote).font.size; footnoteBaseline = text(footnote).origin.y
        referenceBaseline = text(referenceLabel).origin.y
        left = text(title).origin.x
        let first = text("Quảng Ninh")
        labelSize = first.font.size
        labelRight = first.box.maxX
        zeroX = bars[0].minX
        unitWidth = bars[0].width / 86
        right = options.width - left
        firstRowMiddle = bars[0].midY
        pitch = bars[1].midY - bars[0].midY
        thickness = bars[0].height
        valueBaselineOffset = text("86").origin.y - firstRowMiddle
        gap = text("86").origin.x - bars[0].maxX
    }
}

let geometry = try FloorGeometry()

func drawFloor(_ cr: OpaquePointer) {
    let g = geometry
    startFloorCanvas(cr)

    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
    cairo_set_font_size(cr, g.titleSize)
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)
    cairo_move_to(cr, g.left, g.titleBaseline)
    cairo_show_text(cr, title)

    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
    cairo_set_font_size(cr, g.subtitleSize)
    cairo_set_source_rgb(cr, 0.33, 0.33, 0.33)
    cairo_move_to(cr, g.left, g.subtitleBaseline)
    cairo_show_text(cr, subtitle)

    let ranked = provinces.enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
    cairo_set_source_rgb(cr, 0, 0x72 / 255.0, 0xB2 / 255.0)
    for (row, item) in ranked.enumerated() {
        let middle = g.firstRowMiddle + Double(row) * g.pitch
        cairo_rectangle(cr, g.zeroX, middle - g.thickness / 2, item.element.1 * g.unitWidth, g.thickness)
        cairo_fill(cr)
    }

    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2)
    cairo_set_line_width(cr, 1)
    let rowsTop = g.firstRowMiddle - g.pitch / 2, rowsBottom = rowsTop + g.pitch * Double(provinces.count)
    cairo_move_to(cr, g.zeroX, rowsTop)
    cairo_line_to(cr, g.zeroX, rowsBottom)
    cairo_stroke(cr)
    let referenceX = g.zeroX + mean * g.unitWidth
    var dash: [Double] = [g.noteSize * 0.5, g.noteSize * 0.35]
    cairo_set_dash(cr, &dash, 2, 0)
    cairo_move_to(cr, referenceX, rowsTop)
    cairo_line_to(cr, referenceX, rowsBottom)
    cairo_stroke(cr)
    cairo_set_dash(cr, nil, 0, 0)

    cairo_set_font_size(cr, g.noteSize)
    var extents = cairo_text_extents_t()
    cairo_text_extents(cr, referenceLabel, &extents)
    cairo_move_to(cr, referenceX - extents.x_advance / 2, g.referenceBaseline)
    cairo_show_text(cr, referenceLabel)

    cairo_set_font_size(cr, g.labelSize)
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)
    for (row, item) in ranked.enumerated() {
        let middle = g.firstRowMiddle + Double(row) * g.pitch
        cairo_text_extents(cr, item.element.0, &extents)
        cairo_move_to(cr, g.labelRight - extents.x_advance, middle + g.valueBaselineOffset)
        cairo_show_text(cr, item.element.0)
        let value = Language.vi.format(item.element.1, maxDecimals: 1)
        cairo_move_to(cr, g.zeroX + item.element.1 * g.unitWidth + g.gap, middle + g.valueBaselineOffset)
        cairo_show_text(cr, value)
    }

    cairo_set_font_size(cr, g.noteSize)
    cairo_set_source_rgb(cr, 0.33, 0.33, 0.33)
    cairo_move_to(cr, g.left, g.footnoteBaseline)
    cairo_show_text(cr, footnote)
}

// MARK: - Sections

func chartsVersusFloor() throws {
    let iterations = Int(ProcessInfo.processInfo.environment["COOPBENCH_ITERATIONS"] ?? "") ?? 200
    // A 1920×1080 PNG costs about 100 ms here, so PNG runs fewer iterations to keep the default run near two minutes.
    let pngIterations = Int(ProcessInfo.processInfo.environment["COOPBENCH_PNG_ITERATIONS"] ?? "") ?? 20
    let layout = try measure("layout only (RecordingBackend)", iterations: iterations) {
        let recording = try RecordingBackend()
        chart.draw(on: recording, size: options.size)
        return recording.operations.count
    }
    let chartsPNG = try measure("CoopCharts PNG 1920×1080", iterations: pngIterations) {
        try ChartRenderer.render(chart, format: .png, options: options).count
    }
    let barePNG = measure("bare Cairo PNG 1920×1080", iterations: pngIterations) { floorPNG(drawing: drawFloor) }
    let chartsPDF = try measure("CoopCharts PDF", iterations: iterations) {
        try ChartRenderer.render(chart, format: .pdf, options: options).count
    }
    let barePDF = measure("bare Cairo PDF", iterations: iterations) { floorPDF(title: title, drawing: drawFloor) }

    var rows = [["figure (9 bars, 960×540 pt)", "median ms", "best round ms", "ratio to floor"]]
    rows.append([layout.name, ms(layout.medianMs), ms(layout.bestRoundMs), ""])
    rows.append([chartsPNG.name, ms(chartsPNG.medianMs), ms(chartsPNG.bestRoundMs), String(format: "%.2f", chartsPNG.medianMs / barePNG.medianMs)])
    rows.append([barePNG.name, ms(barePNG.medianMs), ms(barePNG.bestRoundMs), "1.00"])
    rows.append([chartsPDF.name, ms(chartsPDF.medianMs), ms(chartsPDF.bestRoundMs), String(format: "%.2f", chartsPDF.medianMs / barePDF.medianMs)])
    rows.append([barePDF.name, ms(barePDF.medianMs), ms(barePDF.bestRoundMs), "1.00"])
    printTable("CoopCharts beside bare Cairo (PNG \(pngIterations), PDF \(iterations) iterations × 5 rounds after warm-up; goal: ratio ≤ 1.5)", rows)
}

// MARK: - The catalog: every kind, 9 provinces, 3 periods

/// Every catalog kind at 9 provinces and 3 periods (2015–2017), as the CLI would build it.
func catalogCharts() -> [(String, any Chart)] {
    let names = provinces.map(\.0)
    let periods = ["2015", "2016", "2017"]
    func v(_ i: Int, _ p: Int) -> ChartValue { ChartValue(Double((i * 37 + p * 11) % 101) + 1) }
    let chrome = { (title: String) in
        ChartChrome(title: title, subtitle: subtitle, footnotes: [footnote], locale: .vi, maxDecimals: 1)
    }
    let three = periods.indices.map { p in ChartSeries(name: periods[p], values: names.indices.map { v($0, p) }) }
    let lines = names.indices.map { i in ChartSeries(name: names[i], values: periods.indices.map { v(i, $0) }) }
    let indicators = ["Số HTX", "HTX thành lập mới", "Thành viên"]
    return [
        ("column", CategoryBarChart(chrome: chrome("Số HTX năm 2017"), categories: names, series: [three[2]])),
        ("grouped", CategoryBarChart(chrome: chrome("HTX thành lập mới 2015–2017"), categories: names, series: three, arrangement: .grouped)),
        ("stacked", CategoryBarChart(chrome: chrome("Cơ cấu năm 2017"), categories: names, series: three, arrangement: .stacked)),
        ("line", LineChart(chrome: chrome("HTX thành lập mới 2015–2017"), periods: periods, series: lines)),
        (
            "bump",
            BumpChart(
                chrome: chrome("Thứ hạng 2015–2017"), periods: periods,
                items: names.indices.map { i in
                    BumpChart.Item(name: names[i], ranks: periods.indices.map { p in 1 + names.indices.filter { v($0, p).value! > v(i, p).value! }.count })
                })
        ),
        (
            "radar",
            RadarChart(
                chrome: chrome("Hồ sơ năm 2017"), axes: indicators + ["Doanh thu", "Hiệu quả"],
                series: Array(lines.prefix(3)).map { ChartSeries(name: $0.name, values: (0..<5).map { v($0 % 9, $0) }) })
        ),
        ("donut", DonutChart(chrome: chrome("Tỷ trọng năm 2017"), items: names.indices.map { DonutChart.Item(label: names[$0], value: v($0, 2)) })),
        (
            "scatter",
            ScatterChart(
                chrome: chrome("Số HTX và doanh thu"),
                items: names.indices.map { ScatterChart.Item(label: names[$0], x: v($0, 0), y: v($0, 1), size: v($0, 2)) },
                xTitle: "Số HTX", yTitle: "Doanh thu", sizeTitle: "Thành viên")
        ),
        (
            "heatmap",
            HeatmapChart(
                chrome: chrome("Các chỉ tiêu năm 2017"), rows: names, columns: indicators.map { .init(label: $0) },
                values: names.indices.map { i in indicators.indices.map { v(i, $0) } })
        ),
        ("multiples", SmallMultiplesChart(chrome: chrome("HTX thành lập mới 2015–2017"), periods: periods, series: lines)),
        (
            "tilemap",
            TileMapChart(
                chrome: chrome("Số HTX năm 2017"),
                tiles: names.indices.map { TileMapChart.Tile(label: names[$0], column: $0 % 3, row: $0 / 3, value: v($0, 2)) })
        ),
        (
            "scorecard",
            ScorecardTable(
                chrome: chrome("Chấm điểm thi đua năm 2017"), criteria: indicators.map { .init(label: $0, maxPoints: 30) },
                rows: names.indices.map { i in ScorecardTable.Row(rank: i + 1, name: names[i], points: (0..<3).map { v(i, $0) }, total: 90 - Double(i)) })
        ),
        (
            "rank-interval",
            RankIntervalChart(
                chrome: chrome("Độ vững của thứ hạng"),
                items: names.indices.map { i in
                    RankIntervalChart.Item(name: names[i], nominalRank: i + 1, medianRank: i + 1, lowRank: max(1, i), highRank: min(9, i + 2))
                })
        ),
    ]
}

/// The floor for a catalog chart: its recorded operations replayed with straight Cairo calls, so the
/// floor does the same drawing with no layout, no text fitting and no protocol dispatch.
func replay(_ operations: [RecordingBackend.Operation], on cr: OpaquePointer) {
    startFloorCanvas(cr)
    func source(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }
    func trace(_ path: Path) { CairoBackend.trace(path, on: cr) }
    func stroke(_ style: StrokeStyle) {
        cairo_set_line_width(cr, style.width)
        var dash = style.dash
        cairo_set_dash(cr, &dash, Int32(dash.count), 0)
        cairo_stroke(cr)
    }
    var font: Font?
    for operation in operations {
        switch operation {
        case let .fillRect(r, c): source(c); cairo_rectangle(cr, r.x, r.y, r.width, r.height); cairo_fill(cr)
        case let .strokeRect(r, c, s): source(c); cairo_rectangle(cr, r.x, r.y, r.width, r.height); stroke(s)
        case let .fillPath(p, c): source(c); trace(p); cairo_fill(cr)
        case let .strokePath(p, c, s): source(c); trace(p); stroke(s)
        case let .pushClip(r): cairo_save(cr); cairo_rectangle(cr, r.x, r.y, r.width, r.height); cairo_clip(cr)
        case .popClip: cairo_restore(cr); font = nil
        case let .text(t):
            if font != t.font {
                cairo_select_font_face(
                    cr, t.font.family.name, CAIRO_FONT_SLANT_NORMAL, t.font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
                cairo_set_font_size(cr, t.font.size)
                font = t.font
            }
            source(t.color)
            cairo_move_to(cr, t.origin.x, t.origin.y)
            cairo_show_text(cr, t.text)
        }
    }
}

func catalogVersusFloor() throws {
    let environment = ProcessInfo.processInfo.environment
    let pngIterations = Int(environment["COOPBENCH_PNG_ITERATIONS"] ?? "") ?? 10
    let pdfIterations = Int(environment["COOPBENCH_PDF_ITERATIONS"] ?? "") ?? 40
    var rows = [["kind (9 provinces, 3 periods)", "PNG ms", "floor PNG ms", "PNG ratio", "PDF ms", "floor PDF ms", "PDF ratio"]]
    for (kind, chart) in catalogCharts() {
        let recording = try RecordingBackend()
        chart.draw(on: recording, size: options.size)
        let operations = recording.operations
        let png = try measure(kind, iterations: pngIterations, rounds: 3) { try ChartRenderer.render(chart, format: .png, options: options).count }
        let replayedPNG = measure(kind, iterations: pngIterations, rounds: 3) { floorPNG { replay(operations, on: $0) } }
        let pdf = try measure(kind, iterations: pdfIterations, rounds: 3) { try ChartRenderer.render(chart, format: .pdf, options: options).count }
        let replayedPDF = measure(kind, iterations: pdfIterations, rounds: 3) { floorPDF(title: chart.title) { replay(operations, on: $0) } }
        rows.append([
            kind, ms(png.medianMs), ms(replayedPNG.medianMs), String(format: "%.2f", png.medianMs / replayedPNG.medianMs),
            ms(pdf.medianMs), ms(replayedPDF.medianMs), String(format: "%.2f", pdf.medianMs / replayedPDF.medianMs),
        ])
    }
    printTable(
        "Catalog beside its floor (recorded scene replayed with bare Cairo calls); PNG \(pngIterations)×3, PDF \(pdfIterations)×3 after warm-up; goal ≤ 1.5",
        rows)
}

let bench = BenchOptions.parse()
for line in Machine.describe() { print(line) }
if bench.readingOnly {
    try readingBeside(bench)
    exit(0)
}
if bench.pngProcessOnly {
    try WholeProcessPNG.run(rounds: bench.quick ? 5 : 21)
    exit(0)
}
if bench.mapOnly {
    try MapBenchmark.run(rounds: bench.quick ? 5 : 15, iterations: bench.quick ? 5 : 15)
    exit(0)
}
try chartsVersusFloor()
try catalogVersusFloor()
try peersAndScale(bench)
try WholeProcessPNG.run(rounds: bench.quick ? 5 : 21)
try MapBenchmark.run(rounds: bench.quick ? 5 : 15, iterations: bench.quick ? 5 : 15)
