import Foundation

/// A value axis with round ticks (1, 2, 2.5 or 5 times a power of ten) that covers the data and zero.
/// Never divides by zero: an empty, all-equal or all-zero domain still gets a span.
struct NiceScale {
    let low: Double
    let high: Double
    let step: Double
    let ticks: [Double]

    /// Ticks over `values` (and zero when `includeZero`), at most about `maxTicks` of them.
    init(covering values: [Double], includeZero: Bool = true, maxTicks: Int = 6, fixed: ClosedRange<Double>? = nil) {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 0
        if let fixed { lo = fixed.lowerBound; hi = fixed.upperBound }
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if hi - lo <= 0 {
            // All equal: give the value room above zero, or a unit span when everything is zero.
            if hi == 0 { hi = 1 } else if hi > 0 { lo = min(lo, 0); hi = hi * 1.2 } else { hi = 0; lo = lo * 1.2 }
        }
        let raw = (hi - lo) / Double(max(1, maxTicks))
        let magnitude = Foundation.pow(10, (Foundation.log10(raw)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        self.step = step
        if fixed != nil {
            low = lo; high = hi
        } else {
            low = (lo / step).rounded(.down) * step
            high = (hi / step).rounded(.up) * step
        }
        var ticks: [Double] = []
        var tick = (low / step).rounded(.up) * step
        while tick <= high + step * 1e-9 {
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        self.ticks = ticks
    }

    /// Decimals needed to print the ticks: 0 for whole steps, 1 for 2.5 or 0.5…
    var decimals: Int {
        var places = 0
        var scaled = step
        while places < 6 && abs(scaled - scaled.rounded()) > 1e-9 { scaled *= 10; places += 1 }
        return places
    }

    /// Maps `value` to `range` (low → lowerBound).
    func position(_ value: Double, in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (value - low) / (high - low) * (range.upperBound - range.lowerBound)
    }

    /// Maps `value` onto a vertical range where larger values sit higher (smaller y).
    func y(_ value: Double, top: Double, bottom: Double) -> Double {
        bottom - (value - low) / (high - low) * (bottom - top)
    }
}
