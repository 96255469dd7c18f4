import CoopAnalytics

/// Parses arbitrary text as a criterion formula and evaluates what parses, with operands present,
/// zero and missing. A `Formula.ParseError` is the expected answer; only a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let formula = try Formula(text)
        _ = formula.indicatorIDs
        _ = formula.evaluate { id, previous in previous ? 0 : Double(id.utf8.count) }
        _ = formula.evaluate { _, _ in nil }
        _ = formula.evaluate { _, _ in .greatestFiniteMagnitude }
    } catch {
        _ = (error.column, error.message)
    }
    return 0
}
