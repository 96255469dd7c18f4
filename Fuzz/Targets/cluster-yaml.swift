import CoopAnalytics

/// Reads arbitrary text as a cluster file (`--cluster FILE.yaml`): name, title, years and members
/// resolved against the registry. A thrown error is the expected answer; only a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try ClusterFile.load(text: text, file: "fuzz.yaml")
    } catch {
        _ = String(describing: error)
    }
    return 0
}
