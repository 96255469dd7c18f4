import CoopAnalytics

/// Reads arbitrary bytes as a data file, end to end: encoding and delimiter detection, libcsv,
/// header matching (long and wide formats), numbers as people write them, periods, province names,
/// cluster totals and qualifiers. A thrown `InputError` is the expected answer to bad input; only a
/// crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The input's length picks the number style, so one corpus exercises the detected and both forced styles.
    let styles: [NumberStyle?] = [nil, .vi, .en]
    var dataset = Dataset()
    do {
        try DatasetReader(numberStyle: styles[size % 3]).read(bytes: bytes, file: "fuzz.csv", into: &dataset)
    } catch {
        // Messages quote and truncate the offending value: build them as the CLI would.
        _ = String(describing: error)
    }
    return 0
}
