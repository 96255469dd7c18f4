import Foundation
import CoopAnalytics

/// Registry aggregation (`coopchart aggregate`) on generated cooperatives, beside pandas doing the same
/// (Benchmarks/peers/registry_aggregate.py) on the same file.
enum RegistryBenchmark {
    struct Measurement {
        let cooperatives: Int
        let megabytes: Double
        let seconds: Double
        let figures: Int
    }

    static func measure(cooperatives: Int, repeats: Int, in folder: URL) throws -> (Measurement, path: String) {
        let path = folder.appendingPathComponent("registry-\(cooperatives).csv").path
        let bytes = RegistryBenchmarkData.registry(cooperatives: cooperatives)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw BenchFailure("cannot write \(path)") }
        var figures = 0
        let time = try timed(repeats: repeats) {
            figures = try CooperativeRegistryAggregator().aggregate(file: path).rows.count
        }
        return (Measurement(cooperatives: cooperatives, megabytes: Double(bytes.count) / 1_000_000, seconds: time.median, figures: figures), path)
    }

    /// The registry of provinces, as the pandas peer reads it.
    static func writeProvinces(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("provinces.csv").path
        var text = "code,name,valid_from,valid_to,successor_code\n"
        for province in ProvinceRegistry.bundled.provinces {
            text +=
                "\(province.code),\(province.name),\(province.validFrom?.description ?? ""),\(province.validTo?.description ?? ""),\(province.successorCode ?? "")\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// One row per cooperative, as a national registry would give them: founded 1980–2026 in the units
/// then in force (the 63 provinces before 1 July 2025, the 34 after), a quarter dissolved since, a fifth
/// of the dates written DD/MM/YYYY, names with commas (quoted), a fifth without a revenue.
enum RegistryBenchmarkData {
    static func registry(cooperatives: Int, seed: UInt64 = 2026) -> [UInt8] {
        let registry = ProvinceRegistry.bundled
        let before = registry.inForce(on: SimpleDate(year: 2025, month: 6, day: 30)).map { Array(registry.provinces[$0].name.utf8) }
        let after = registry.inForce(on: SimpleDate(year: 2025, month: 7, day: 1)).map { Array(registry.provinces[$0].name.utf8) }
        let kinds = ["htx", "htx", "htx", "htx", "htx", "htx", "tht", "tht", "tht", "tht", "tht", "credit_fund", "union"].map { Array($0.utf8) }
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var out = Array("id,name,province,kind,founded,dissolved,members,workers,revenue\n".utf8)
        out.reserveCapacity(cooperatives * 80)
        func number(_ value: Int, width: Int = 0) {
            var digits: [UInt8] = []
            var rest = value
            repeat { digits.append(UInt8(0x30 + rest % 10)); rest /= 10 } while rest > 0
            while digits.count < width { digits.append(0x30) }
            out += digits.reversed()
        }
        func date(_ year: Int, _ month: Int, _ day: Int, slashes: Bool) {
            if slashes {
                number(day, width: 2); out.append(0x2F); number(month, width: 2); out.append(0x2F); number(year)
            } else {
                number(year); out.append(0x2D); number(month, width: 2); out.append(0x2D); number(day, width: 2)
            }
        }
        for index in 0..<cooperatives {
            let year = 1980 + next(47)
            let month = 1 + next(12)
            let day = 1 + next(28)
            let merged = year > 2025 || (year == 2025 && month >= 7)
            let province = merged ? after[next(after.count)] : before[next(before.count)]
            out.append(0x43); number(index); out.append(0x2C)
            out += Array("\"HTX số ".utf8); number(index); out += Array(", xã ".utf8); number(next(500)); out += [0x22, 0x2C]
            out += province; out.append(0x2C)
            let kind = kinds[next(kinds.count)]
            out += kind; out.append(0x2C)
            date(year, month, day, slashes: next(5) == 0); out.append(0x2C)
            if next(4) == 0 {
                let gone = min(2026, year + next(2027 - year))
                let goneMonth = gone == year ? max(month, 1 + next(12)) : 1 + next(12)
                date(gone, goneMonth, 28, slashes: false)
            }
            out.append(0x2C)
            number(next(300)); out.append(0x2C)
            number(next(80)); out.append(0x2C)
            if next(5) != 0 { number(100 + next(9900)); out.append(0x2E); number(next(10)) }
            out.append(0x0A)
        }
        return out
    }
}
