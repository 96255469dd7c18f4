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

    static func chart(_ pairs: [(String, Double)], title: String = "Số hợp tác xã thành lập mới năm 2023",
                      reference: ChartReference? = nil, missing: [String] = [],
                      footnotes: [String] = ["Nguồn: Liên minh HTX các tỉnh, báo cáo năm 2023."]) -> RankingBarChart {
        RankingBarChart(
            chrome: ChartChrome(title: title, subtitle: "Cụm thi đua các tỉnh đồng bằng sông Hồng", footnotes: footnotes, locale: .vi, maxDecimals: 1),
            bars: pairs.map { RankingBarChart.Bar(label: $0.0, value: $0.1) },
            reference: reference, missingLabels: missing)
    }

    static var nine: RankingBarChart {
        let mean = nineProvinces.map(\.1).reduce(0, +) / Double(nineProvinces.count)
        var chart = chart(nineProvinces, reference: .init(value: mean, name: "Bình quân cụm"),
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

/// Runs a command-line tool and returns its exit status and output; a missing tool is a failure, not a skip.
struct ToolRun {
    let status: Int32
    let output: String

    static func run(_ tool: String, _ arguments: [String]) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

/// A fresh directory for files the tools read.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopcharts-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
