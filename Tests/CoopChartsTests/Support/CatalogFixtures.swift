import CoopCharts
import CoopFormatting
import Foundation

/// Every chart kind of the catalog, built from plain values at a given number of items.
enum CatalogFixtures {
    static let kinds = [
        "column", "grouped", "stacked", "stacked-percent", "line", "bump", "radar", "donut", "scatter",
        "heatmap", "multiples", "tilemap", "scorecard", "rank-interval",
    ]

    static let periods = ["2015", "2016", "2017", "2018", "2019"]

    static func names(_ count: Int, long: Bool) -> [String] {
        let nine = Fixtures.nineProvinces.map(\.0)
        return (0..<count).map { index in
            if long { return index == 0 ? Fixtures.longLabel + " và các xã lân cận" : "\(Fixtures.longLabel) \(index + 1)" }
            return count <= 9 ? nine[index] : "Tỉnh số \(index + 1) Đắk Lắk"
        }
    }

    /// A deterministic spread of values with one negative, one approximate and one missing figure.
    static func value(_ item: Int, _ column: Int, negative: Bool = false) -> ChartValue {
        if item == 1 && column == 2 { return .missing }
        let base = Double((item * 37 + column * 11) % 101) + 1
        if negative && item == 2 { return ChartValue(-base / 4) }
        return ChartValue(base, bound: item == 0 && column == 0 ? .approx : .exact)
    }

    static func chrome(_ title: String, theme: Theme = .conference, locale: Language = .vi) -> ChartChrome {
        ChartChrome(
            title: title, subtitle: "Cụm thi đua các tỉnh đồng bằng sông Hồng · minh hoạ",
            footnotes: ["Nguồn: Liên minh HTX các tỉnh (số liệu minh hoạ)."], locale: locale, maxDecimals: 1, theme: theme)
    }

    static func chart(_ kind: String, count: Int, long: Bool = false, theme: Theme = .conference, locale: Language = .vi) -> any Chart {
        let names = names(count, long: long)
        let indicators = ["Số HTX", "HTX thành lập mới", "Thành viên", "Doanh thu bình quân"]
        switch kind {
        case "column":
            return CategoryBarChart(
                chrome: chrome("Số HTX thành lập mới năm 2017", theme: theme, locale: locale), categories: names,
                series: [ChartSeries(name: "2017", values: names.indices.map { value($0, 0, negative: true) })],
                reference: ChartReference(value: 30, name: "Bình quân cụm"))
        case "grouped":
            return CategoryBarChart(
                chrome: chrome("HTX thành lập mới 2015–2017", theme: theme, locale: locale), categories: names,
                series: periods.prefix(3).enumerated().map { p, period in ChartSeries(name: period, values: names.indices.map { value($0, p) }) },
                arrangement: .grouped)
        case "stacked", "stacked-percent":
            let parts = ["HTX nông nghiệp", "HTX phi nông nghiệp", "Quỹ tín dụng"]
            return CategoryBarChart(
                chrome: chrome("Cơ cấu tổ chức kinh tế tập thể năm 2017", theme: theme, locale: locale), categories: names,
                series: parts.enumerated().map { p, part in ChartSeries(name: part, values: names.indices.map { value($0, p) }) },
                arrangement: kind == "stacked" ? .stacked : .stackedPercent)
        case "line":
            return LineChart(
                chrome: chrome("HTX thành lập mới 2015–2019", theme: theme, locale: locale), periods: periods,
                series: names.indices.map { i in ChartSeries(name: names[i], values: periods.indices.map { value(i, $0, negative: true) }) })
        case "bump":
            let values = names.indices.map { i in periods.indices.map { value(i, $0).value } }
            let items = names.indices.map { i in
                BumpChart.Item(
                    name: names[i],
                    ranks: periods.indices.map { p in
                        guard let v = values[i][p] else { return nil }
                        return 1 + names.indices.filter { (values[$0][p] ?? -1) > v }.count
                    })
            }
            return BumpChart(chrome: chrome("Thứ hạng HTX thành lập mới 2015–2019", theme: theme, locale: locale), periods: periods, items: items)
        case "radar":
            let shown = Array(names.prefix(min(count, 3)))
            return RadarChart(
                chrome: chrome("Hồ sơ năm 2017", theme: theme, locale: locale), axes: indicators + ["Tỷ lệ HTX hoạt động hiệu quả"],
                series: shown.indices.map { i in ChartSeries(name: shown[i], values: (0..<5).map { value(i, $0) }) },
                reference: ChartSeries(name: "Bình quân cụm", values: Array(repeating: 50, count: 5)))
        case "donut":
            return DonutChart(
                chrome: chrome("Tỷ trọng HTX thành lập mới năm 2017", theme: theme, locale: locale),
                items: names.indices.map { DonutChart.Item(label: names[$0], value: value($0, 0)) })
        case "scatter":
            return ScatterChart(
                chrome: chrome("Doanh thu và thành viên năm 2017", theme: theme, locale: locale),
                items: names.indices.map { ScatterChart.Item(label: names[$0], x: value($0, 0), y: value($0, 1), size: value($0, 3)) },
                xTitle: "Số HTX (HTX)", yTitle: "Doanh thu bình quân (triệu đồng/HTX)", sizeTitle: "Thành viên")
        case "heatmap":
            return HeatmapChart(
                chrome: chrome("Các chỉ tiêu năm 2017", theme: theme, locale: locale), rows: names,
                columns: indicators.map { HeatmapChart.Column(label: $0) },
                values: names.indices.map { i in indicators.indices.map { value(i, $0) } })
        case "multiples":
            return SmallMultiplesChart(
                chrome: chrome("HTX thành lập mới 2015–2019", theme: theme, locale: locale), periods: periods,
                series: names.indices.map { i in ChartSeries(name: names[i], values: periods.indices.map { value(i, $0, negative: true) }) })
        case "tilemap":
            let columns = max(1, Int(Double(count).squareRoot().rounded(.up)))
            return TileMapChart(
                chrome: chrome("Số HTX năm 2017", theme: theme, locale: locale),
                tiles: names.indices.map { TileMapChart.Tile(label: names[$0], column: $0 % columns, row: $0 / columns, value: value($0, 2)) })
        case "scorecard":
            let criteria = ["HTX thành lập mới", "Hoàn thành kế hoạch thành lập mới", "Thành viên"].map { ScorecardTable.Criterion(label: $0, maxPoints: 30) }
            let rows = names.indices.map { i in
                ScorecardTable.Row(
                    rank: i < 2 ? 1 : i + 1, name: names[i], points: (0..<3).map { value(i, $0) }, adjustments: i == 3 ? -8 : 0,
                    total: 90 - Double(max(i, 1)), award: i < 2 ? "Cờ thi đua" : (i < 4 ? "Bằng khen" : nil), isTied: i < 2)
            }
            return ScorecardTable(chrome: chrome("Chấm điểm thi đua năm 2017", theme: theme, locale: locale), criteria: criteria, rows: rows)
        case "rank-interval":
            return RankIntervalChart(
                chrome: chrome("Độ vững của thứ hạng (10.000 lần rút)", theme: theme, locale: locale),
                items: names.indices.map { i in
                    RankIntervalChart.Item(
                        name: names[i], nominalRank: i + 1, medianRank: min(count, i + 1 + i % 2),
                        lowRank: max(1, i - 1), highRank: min(count, i + 3))
                })
        default:
            fatalError("unknown kind \(kind)")
        }
    }
}
