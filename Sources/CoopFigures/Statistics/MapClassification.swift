import Foundation
import CoopAnalytics
import CoopCharts
import CoopFormatting

/// How a map's values are cut into classes, by a rule the legend states: quantiles (each class holds about
/// as many units: the default, as the provinces' figures are skewed), equal classes with round edges
/// ("nice"), or the breaks the user gave. A diverging scale (for changes, and for values around a target)
/// puts its midpoint on a class edge and classes the two sides apart.
enum MapClassification {
    static let classRange = 2...9
    static let defaultClasses = 5

    /// The classes for `values`, as the request asks. `whole`: the figures are counts.
    static func classes(_ values: [Double], request: FigureRequest, whole: Bool, words: FigureWords) throws -> MapClasses {
        let count = request.classes ?? defaultClasses
        guard classRange.contains(count) else {
            throw InputError(
                parameter: .classes, message: "\(count) classes: give \(classRange.lowerBound) to \(classRange.upperBound)",
                vietnamese: "\(count) lớp: hãy chọn từ \(classRange.lowerBound) đến \(classRange.upperBound) lớp")
        }
        var midpoint = try request.midpoint.map { try number($0, parameter: .midpoint) }
        let low = values.min() ?? 0, high = values.max() ?? 0
        // Figures on both sides of zero (changes, profits) diverge from zero unless told otherwise.
        if midpoint == nil, low < 0, high > 0 { midpoint = 0 }
        let format = { (value: Double) in words.language.format(value, maxDecimals: whole ? 0 : 2) }
        var edges: [Double]
        var rule: String
        if let text = request.breaks {
            var breaks = try self.breaks(text)
            if let midpoint, !breaks.contains(midpoint) { breaks = (breaks + [midpoint]).sorted() }
            edges = [-.infinity] + breaks + [.infinity]
            rule = words.givenBreaks.fill(["breaks": breaks.map(format).joined(separator: words.breakSeparator)])
        } else if request.classRule == .nice {
            edges = nice(values, count: count, midpoint: midpoint, whole: whole)
            rule = words.niceClasses.fill(["count": String(edges.count - 1)])
        } else {
            edges = quantiles(values, count: count, midpoint: midpoint)
            rule = words.quantileClasses.fill(["count": String(edges.count - 1)])
        }
        if let midpoint { rule = words.centredOn.fill(["classes": rule, "midpoint": format(midpoint)]) }
        let wholeEdges = edges.allSatisfy { !$0.isFinite || $0 == $0.rounded() }
        return MapClasses(edges: edges, midpoint: midpoint, rule: rule, wholeNumbers: whole && wholeEdges)
    }

    /// Edges that put about as many values in each class: each inner edge is the first value of its class
    /// in sorted order; tied values stay together, so there may be fewer classes than asked.
    static func quantiles(_ values: [Double], count: Int, midpoint: Double? = nil) -> [Double] {
        let sorted = values.sorted()
        guard let low = sorted.first, let high = sorted.last else { return [0, 0] }
        if let midpoint, low < midpoint, midpoint < high {
            let below = sorted.filter { $0 < midpoint }, above = sorted.filter { $0 >= midpoint }
            let belowCount = min(count - 1, max(1, Int((Double(count) * Double(below.count) / Double(sorted.count)).rounded())))
            let lower = quantiles(below, count: belowCount).dropLast(), upper = quantiles(above, count: count - belowCount).dropFirst()
            return ascending(Array(lower) + [midpoint] + Array(upper))
        }
        var edges = [low]
        for k in 1..<count {
            let index = Int((Double(k) * Double(sorted.count) / Double(count)).rounded(.up))
            if index < sorted.count, sorted[index] > edges.last! { edges.append(sorted[index]) }
        }
        if high > edges.last! || edges.count == 1 { edges.append(high) }
        return edges
    }

    /// Equal classes with round edges (a step of 1, 2, 2,5 or 5 times a power of ten) that cover the values;
    /// with a midpoint, steps counted from it.
    static func nice(_ values: [Double], count: Int, midpoint: Double? = nil, whole: Bool) -> [Double] {
        guard let low = values.min(), let high = values.max() else { return [0, 0] }
        let origin = midpoint ?? 0
        let span = midpoint == nil ? high - low : 2 * max(abs(high - origin), abs(origin - low))
        var step = niceStep(span / Double(count))
        if whole { step = max(1, step.rounded(.up)) }
        guard step > 0, step.isFinite else { return [low, high] }
        let first = origin + ((low - origin) / step).rounded(.down) * step
        var last = origin + ((high - origin) / step).rounded(.up) * step
        if last <= first { last = first + step }
        // Edges counted in whole steps from the origin, so rounding never moves the midpoint off an edge.
        return stride(from: first, through: last + step / 2, by: step).map { origin + (($0 - origin) / step).rounded() * step }
    }

    /// 1, 2, 2,5 or 5 times a power of ten, the smallest at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, floor(log10(raw)))
        for factor in [1, 2, 2.5, 5, 10] where factor * power >= raw * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    /// "10,20,50", or with decimal commas "2,5; 5; 7,5": ascending, distinct numbers.
    static func breaks(_ text: String) throws -> [Double] {
        let parts = text.contains(";") ? text.split(separator: ";") : text.split(separator: ",")
        let numbers = try parts.map { try number(String($0), parameter: .breaks) }
        guard !numbers.isEmpty else {
            throw InputError(
                parameter: .breaks, message: "give the class breaks, such as \(option: .breaks) 10,20,50",
                vietnamese: "hãy ghi các ngưỡng chia lớp, ví dụ \(option: .breaks) 10,20,50")
        }
        let sorted = Array(Set(numbers)).sorted()
        guard sorted == numbers, sorted.count <= classRange.upperBound - 1 else {
            throw InputError(
                parameter: .breaks,
                message:
                    "\"\(text)\": give 1 to \(classRange.upperBound - 1) distinct breaks in ascending order, such as 10,20,50 (or 2,5; 5; 7,5 with decimal commas)",
                vietnamese:
                    "\"\(text)\": hãy ghi từ 1 đến \(classRange.upperBound - 1) ngưỡng khác nhau theo thứ tự tăng dần, ví dụ 10,20,50 (hoặc 2,5; 5; 7,5 với dấu phẩy thập phân)"
            )
        }
        return numbers
    }

    /// A number as written on a command line: "100", "2.5", "2,5", "-10".
    static func number(_ text: String, parameter: RequestParameter) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed) ?? Double(trimmed.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            throw InputError(
                parameter: parameter, message: "\"\(text)\" is not a number; write one such as 100 or 2.5",
                vietnamese: "\"\(text)\" không phải là số; hãy ghi một số như 100 hoặc 2,5")
        }
        return value
    }

    private static func ascending(_ edges: [Double]) -> [Double] {
        var result: [Double] = []
        for edge in edges where result.last.map({ edge > $0 }) ?? true { result.append(edge) }
        return result.count >= 2 ? result : result + result
    }
}
