import Foundation
import CoopAnalytics

/// Sensitivity of a ranking: 10,000 draws over 63 provinces and 20 criteria (issue 4's target:
/// under one second on 2 cores). Synthetic figures, deterministic, built through the real scheme
/// reader and score engine so the benchmark measures what `coopchart rank --sensitivity` runs.
enum SensitivityBenchmark {
    struct Measurement {
        let draws: Int
        let provinces: Int
        let criteria: Int
        let threads: Int
        let seconds: Double
    }

    /// The first `provinceCount` of the 63 provinces in force in 2017 scored on `criteriaCount` criteria
    /// (the last a plan target), mixing all four methods.
    static func sheet(provinceCount: Int = 63, criteriaCount: Int = 20) throws -> ScoreSheet {
        let registry = ProvinceRegistry.bundled
        let period = Period(year: 2017)
        let provinces = Array(registry.inForce(on: period.lastDay).prefix(provinceCount))
        let indicators = ["htx", "new_htx", "tht", "new_tht", "credit_funds", "members", "workers", "revenue_avg", "profit_avg", "income_avg"]
        var dataset = Dataset()
        var generator = SplitMix64(seed: 2017)
        for province in provinces {
            for id in indicators + ["target_new_htx"] {
                let value = Double(1 + generator.next() % 500)
                try dataset.add(
                    Observation(
                        province: province, period: period, indicator: id, value: value,
                        origin: SourceLocation(file: "bench", line: 0)))
            }
        }
        let methods = ["minmax", "proportional", "rank", "minmax"]
        var yaml = "title: bench\ncriteria:\n"
        for k in 0..<max(1, criteriaCount - 1) {
            yaml += "  - {id: c\(k), indicator: \(indicators[k % indicators.count]), points: \(5 + k % 7), method: \(methods[k % 4])"
            yaml += k % 5 == 4 ? ", direction: lower}\n" : "}\n"
        }
        yaml += "  - {id: plan, indicator: new_htx, target: target_new_htx, method: target, cap: 1.2, points: 10}\n"
        yaml += "tiebreak: [plan, c0]\n"
        let scheme = try SchemeReader().read(text: yaml, file: "bench.yaml")
        return try ScoreEngine(dataset: dataset).score(scheme, period: period, scope: provinces)
    }

    /// Best of `repeats` runs of `draws` draws on `threads` threads (nil: every core).
    /// Median of `repeats` runs of `draws` draws on `threads` threads (nil: every core).
    static func measure(draws: Int = 10_000, threads: Int? = nil, repeats: Int = 5, provinceCount: Int = 63, criteriaCount: Int = 20) throws -> Measurement {
        let sheet = try sheet(provinceCount: provinceCount, criteriaCount: criteriaCount)
        var samples: [Double] = []
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            let analysis = SensitivityAnalysis(sheet: sheet, draws: draws, seed: 1, spread: 0.25, threads: threads)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            precondition(analysis.rows.count == sheet.rows.count)
            samples.append(elapsed)
        }
        return Measurement(
            draws: draws, provinces: sheet.rows.count, criteria: sheet.columns.count,
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, seconds: medianOf(samples))
    }

    /// Prints one line per thread count, for `main.swift`.
    static func run() throws {
        for threads in [1, ProcessInfo.processInfo.activeProcessorCount] {
            let m = try measure(threads: threads)
            let milliseconds = String(format: "%.1f", m.seconds * 1000)
            print(
                "sensitivity: \(m.draws) draws × \(m.provinces) provinces × \(m.criteria) criteria, "
                    + "\(m.threads) thread\(m.threads == 1 ? "" : "s"): \(milliseconds) ms (budget 1000 ms)")
        }
    }
}
