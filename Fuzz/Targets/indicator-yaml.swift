import CoopAnalytics

/// Reads arbitrary text as an indicator file (`--indicators FILE.yaml`) over the standard catalog.
/// A thrown error is the expected answer; only a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try IndicatorCatalogFile.load(text: text, file: "fuzz.yaml", into: .standard)
    } catch {
        _ = String(describing: error)
    }
    return 0
}
