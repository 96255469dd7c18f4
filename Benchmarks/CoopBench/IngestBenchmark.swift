import Foundation
import CoopAnalytics

/// Reading and summarising a generated long CSV (parse, resolve every province, period and indicator,
/// check duplicates, then a sum by province and indicator), beside the peer: pandas `read_csv` plus a
/// `groupby` on the same file (Benchmarks/peers/csv_summary.py).
enum IngestBenchmark {
    struct Measurement {
        let rows: Int
        let megabytes: Double
        let seconds: Double
        let groups: Int
        var rowsPerSecond: Double { Double(rows) / seconds }
    }

    /// Writes the file, times coopchart `repeats` times (median), and returns the file's path for the peer.
    /// With `peer`, each coopchart run is followed by one pandas run (its own process, timed inside), so a
    /// machine whose load drifts slows both sides alike; the peer's medians come back too.
    static func measure(rows: Int, repeats: Int, in folder: URL, peer: Bool = false)
        throws -> (Measurement, path: String, peer: (seconds: Double, cpu: Double)?, cpu: Double)
    {
        let path = folder.appendingPathComponent("long-\(rows).csv").path
        let catalog = IngestBenchmarkData.catalog()
        let bytes = IngestBenchmarkData.longCSV(rows: rows, catalog: catalog)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw BenchFailure("cannot write \(path)") }
        var groups = 0
        func once() throws -> (wall: Double, cpu: Double) {
            let start = DispatchTime.now().uptimeNanoseconds, cpu = processCPUSeconds()
            let dataset = try DatasetReader(catalog: catalog).read(files: [path])
            groups = IngestBenchmarkData.sumByProvinceAndIndicator(dataset).count
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, processCPUSeconds() - cpu)
        }
        _ = try once()
        var walls: [Double] = [], cpus: [Double] = [], peerWalls: [Double] = [], peerCPUs: [Double] = []
        for _ in 0..<max(1, repeats) {
            let run = try once()
            walls.append(run.wall)
            cpus.append(run.cpu)
            if peer, case .measured(let json) = PythonPeer.run("csv_summary.py", [path, "1"]),
                let seconds = json["seconds"] as? Double, let cpu = json["cpu_seconds"] as? Double
            {
                peerWalls.append(seconds)
                peerCPUs.append(cpu)
            }
        }
        let measurement = Measurement(rows: rows, megabytes: Double(bytes.count) / 1_000_000, seconds: medianOf(walls), groups: groups)
        return (measurement, path, peerWalls.isEmpty ? nil : (medianOf(peerWalls), medianOf(peerCPUs)), medianOf(cpus))
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The generated data: every pre-merger province, every half and full year from 1946 to 2024,
/// the standard indicators plus numbered count indicators, until `rows` figures are written.
enum IngestBenchmarkData {
    static func catalog() -> IndicatorCatalog {
        var catalog = IndicatorCatalog.standard
        for number in 1...80 {
            let id = "bench_\(number)"
            catalog.add(
                Indicator(
                    id: id, labelVi: "Chỉ tiêu thử \(number)", labelEn: "Benchmark \(number)", unitVi: "HTX", unitEn: "cooperatives",
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
                    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let number = Int(seed >> 40) % 5000
                    let value = indicator.isCount ? String(number) : "\(number / 10).\(number % 10)"
                    out += Array("\(province),\(period),\(indicator.id),\(value)\n".utf8)
                    written += 1
                }
            }
        }
        return out
    }

    /// Σ value by (province, indicator), the summary pandas' groupby computes: a flat table indexed by
    /// registry position and catalog position (what a Swift programmer would write for small keys).
    static func sumByProvinceAndIndicator(_ dataset: Dataset) -> [Double] {
        var ordinals: [String: Int] = [:]
        for (index, indicator) in dataset.catalog.indicators.enumerated() { ordinals[indicator.id] = index }
        let width = dataset.catalog.indicators.count + 1
        var sums = [Double](repeating: 0, count: dataset.registry.provinces.count * width)
        var present = [Bool](repeating: false, count: sums.count)
        var lastIndicator = "", lastOrdinal = width - 1
        for observation in dataset.observations {
            let indicator = observation.indicator
            if indicator != lastIndicator {
                lastIndicator = indicator
                lastOrdinal = ordinals[indicator] ?? width - 1
            }
            let slot = observation.province * width + lastOrdinal
            sums[slot] += observation.value
            present[slot] = true
        }
        return zip(sums, present).filter(\.1).map(\.0)
    }
}

/// CPU seconds this process has used, on every thread (user and system).
func processCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
