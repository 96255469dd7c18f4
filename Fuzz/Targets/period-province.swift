import CoopAnalytics

/// Parses arbitrary text as a period, a date, and a province name or code. When the text has
/// several lines, the first is the period in which the rest is resolved, so the fuzzer can steer
/// both parsers at once; otherwise the whole text is resolved in 2017.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let registry = ProvinceRegistry.bundled
    _ = SimpleDate(parsing: text)
    if let period = Period(parsing: text) {
        _ = (period.description, period.previous, period.firstDay, period.lastDay)
    }
    var name = text
    var period = Period(year: 2017)
    if let newline = text.firstIndex(of: "\n") {
        name = String(text[text.index(after: newline)...])
        if let given = Period(parsing: String(text[..<newline])) { period = given }
    }
    // One resolution per input: an unknown name ranks every registry name for "did you mean",
    // which is the slowest path and would otherwise dominate the run.
    switch registry.resolve(name, in: period) {
    case .found(let index):
        _ = registry.successor(of: index, on: SimpleDate(year: 2026, month: 1, day: 1))
    case .notInForce(let candidates):
        for candidate in candidates { _ = registry.successor(of: candidate, on: period.lastDay) }
    case .unknown:
        break
    }
    return 0
}
