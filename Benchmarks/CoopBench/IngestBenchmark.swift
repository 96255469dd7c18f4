import Foundation
import CoopAnalytics

/// Reading and summarising a generated long CSV (parse, resolve every province, period and indicator,
/// check duplicates, then a sum by province and indicator), beside the peer: pandas `read_csv` plus a
/// `groupby` on the same file (Benchmarks/peers/csv_summary.py). Returns the report's lines.
///
/// Wire it into main.swift with `for line in runIngestBenchmark(rows: 1_000_000) { print(line) }`.
func runIngestBenchmark(rows: Int = 1_000_000, repeats: Int = 3, peerScript: String = "Benchmarks/peers/csv_summary.py") -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-ingest-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("long-\(rows).csv").path
    let catalog = IngestBenchmarkData.catalog()
    let bytes = IngestBenchmarkData.longCSV(rows: rows, catalog: catalog)
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return ["ingest: cannot write \(path)"] }

    var lines = ["ingest: \(rows) rows, \(String(format: "%.1f", Double(bytes.count) / 1_000_000)) MB long CSV (province,year,indicator,value)"]
    var best = Double.infinity
    var groups = 0
    for _ in 0..<max(1, repeats) {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let dataset = try DatasetReader(catalog: catalog).read(files: [path])
            groups = IngestBenchmarkData.sumByProvinceAndIndicator(dataset).count
        } catch {
            return lines + ["ingest: coopchart failed: \(error)"]
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    lines.append(String(format: "  coopchart (DatasetReader + sum by province, indicator): %.3f s, %.0f rows/s, %d groups", best, Double(rows) / best, groups))

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", peerScript, path, String(repeats)]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 0,
           let json = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
           let seconds = json["seconds"] as? Double {
            lines.append(String(format: "  pandas read_csv + groupby sum:                         %.3f s, %.0f rows/s, %@ groups",
                                seconds, Double(rows) / seconds, "\(json["groups"] ?? "?")"))
            lines.append(String(format: "  coopchart / pandas time: %.2f (at most 1.00 required)", best / seconds))
        } else {
            lines.append("  pandas peer did not run (\(output.trimmingCharacters(in: .whitespacesAndNewlines))); install it with `pip install pandas`")
        }
    } catch {
        lines.append("  pandas peer did not run (\(error)); install python3 and pandas")
    }
    return lines
}

/// The generated data: every pre-merger province, every half and full year from 1946 to 2024,
/// the standard indicators plus numbered count indicators, until `rows` figures are written.
enum IngestBenchmarkData {
    static func catalog() -> IndicatorCatalog {
        var catalog = IndicatorCatalog.standard
        for number in 1...80 {
            let id = "bench_\(number)"
            catalog.add(Indicator(id: id, labelVi: "Chỉ tiêu thử \(number)", labelEn: "Benchmark \(number)", unitVi: "HTX", unitEn: "cooperatives",
                                  kind: .stock, isCount: true, aggregation: .sum))
        }
        return catalog
    }

    static func longCSV(rows: Int, catalog: IndicatorCatalog) -> [UInt8] {
        let registry = ProvinceRegistry.bundled
        let provinces = registry.inForce(on: SimpleDate(year: 2024, month: 12, day: 31)).map { registry.provinces[$0].name }
        let periods = (1946...2024).flatMap { ["\($0)", "\($0)-H1", "\($0)-H2"] }
        let indicators = catalog.indicators
        var out = Array("province,year,indicator,value\n".utf8)
        out.reserveCapacity(rows * 34)
        var written = 0
        var seed: UInt64 = 42
        outer: for indicator in indicators {
            for period in periods {
                for province in provinces {
                    if written == rows { break outer }
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    let number = Int(seed >> 40) % 5000
                    let value = indicator.isCount ? String(number) : "\(number / 10).\(number % 10)"
                    out += Array("\(province),\(period),\(indicator.id),\(value)\n".utf8)
                    written += 1
                }
            }
        }
        return out
    }

    static func sumByProvinceAndIndicator(_ dataset: Dataset) -> [Int: Double] {
        var ordinals: [String: Int] = [:]
        for (index, indicator) in dataset.catalog.indicators.enumerated() { ordinals[indicator.id] = index }
        var sums: [Int: Double] = [:]
        for observation in dataset.observations {
            sums[observation.province << 16 | ordinals[observation.indicator, default: 0xFFFF], default: 0] += observation.value
        }
        return sums
    }
}
