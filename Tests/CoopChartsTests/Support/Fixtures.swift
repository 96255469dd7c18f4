import CoopCharts
import CoopFormatting
import Foundation

/// Charts used across the tests, built from plain values as a caller would.
enum Fixtures {
    static let nineProvinces: [(String, Double)] = [
        ("Quảng Ninh", 86), ("Bắc Ninh", 35), ("Ninh Bình", 22), ("Vĩnh Phúc", 21), ("Nam Định", 10),
        ("Hải Dương", 14), ("Hưng Yên", 8), ("Thái Bình", 6), ("Hà Nam", 4),
    ]

    static let fixedDate = "2024-01-01T00:00:00Z"

    static func chart(
        _ pairs: [(String, Double)], title: String = "Số hợp tác xã thành lập mới năm 2023",
        reference: ChartReference? = nil, missing: [String] = [],
        footnotes: [String] = ["Nguồn: Liên minh HTX các tỉnh, báo cáo năm 2023."]
    ) -> RankingBarChart {
        RankingBarChart(
            chrome: ChartChrome(title: title, subtitle: "Cụm thi đua các tỉnh đồng bằng sông Hồng", footnotes: footnotes, locale: .vi, maxDecimals: 1),
            bars: pairs.map { RankingBarChart.Bar(label: $0.0, value: $0.1) },
            reference: reference, missingLabels: missing)
    }

    static var nine: RankingBarChart {
        let mean = nineProvinces.map(\.1).reduce(0, +) / Double(nineProvinces.count)
        var chart = chart(
            nineProvinces, reference: .init(value: mean, name: "Bình quân cụm"),
            missing: ["Hà Giang"])
        chart.bars[1].isHighlighted = true
        chart.bars[2].bound = .approx
        chart.bars[0].bound = .atLeast
        return chart
    }

    /// `count` bars with distinct values and long-ish names, as a 63-province national ranking.
    static func many(_ count: Int) -> RankingBarChart {
        let pairs = (0..<count).map { index in ("Tỉnh số \(index + 1) Đắk Lắk", Double((index * 37) % 101) + 1) }
        return chart(pairs, reference: .init(value: 50, name: "Bình quân cả nước"))
    }

    static let longLabel = "Thành phố Hồ Chí Minh mở rộng sau sáp nhập"
}
