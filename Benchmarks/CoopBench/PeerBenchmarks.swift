import CoopAnalytics
import CoopCharts
import Foundation

/// The rows of issue 7 beside their peers, then how cost grows with input size.
/// Uses the ranking bar chart of main.swift (`chart`, `options`) so both sides draw the same figure.
func peersAndScale(_ bench: BenchOptions) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let repeats = bench.fileRepeats
    let loadBefore = Machine.load
    var rows = [["measurement (median)", "coopchart", "peer", "peer time", "coopchart/peer", "goal", "met"]]
    func ratioRow(_ name: String, _ ours: Double, _ oursText: String, peer: String, _ outcome: (Double, String)?, goal: Double, goalText: String) {
        guard let (theirs, theirsText) = outcome else {
            rows.append([name, oursText, peer, "not run", "", goalText, ""])
            return
        }
        let ratio = ours / theirs
        rows.append([name, oursText, peer, theirsText, String(format: "%.3f", ratio), goalText, ratio <= goal ? "yes" : "NO"])
    }
    var notes: [String] = []
    func peerValue(_ outcome: PythonPeer.Outcome, _ key: String, label: String) -> Double? {
        switch outcome {
        case .measured(let json): return (json[key] as? Double) ?? (json[key] as? Int).map(Double.init)
        case .unavailable(let reason):
            notes.append("\(label) did not run: \(reason)")
            return nil
        }
    }

    // Charts, per figure, in-process on both sides.
    let chartIterations = bench.quick ? 20 : 100
    let png = try measure("bar PNG", iterations: chartIterations) { try ChartRenderer.render(chart, format: .png, options: options).count }
    let pdf = try measure("bar PDF", iterations: chartIterations) { try ChartRenderer.render(chart, format: .pdf, options: options).count }
    let matplotlib = PythonPeer.run("bar_chart.py", [String(bench.quick ? 5 : 20)])
    let matplotlibPNG = peerValue(matplotlib, "png_ms", label: "matplotlib (bar_chart.py)")
    let matplotlibPDF = peerValue(matplotlib, "pdf_ms", label: "matplotlib (bar_chart.py)")
    ratioRow(
        "9-province bar chart, PNG 1920×1080, per figure", png.medianMs, String(format: "%.2f ms", png.medianMs), peer: "matplotlib",
        matplotlibPNG.map { ($0, String(format: "%.1f ms", $0)) }, goal: 0.05, goalText: "≤ 0.05 (20× faster)")
    ratioRow(
        "9-province bar chart, PDF, per figure", pdf.medianMs, String(format: "%.2f ms", pdf.medianMs), peer: "matplotlib",
        matplotlibPDF.map { ($0, String(format: "%.1f ms", $0)) }, goal: 0.05, goalText: "≤ 0.05 (20× faster)")

    // The sample report, as a user runs it (the whole process).
    if let report = try sampleReport(repeats: bench.quick ? 3 : 5, folder: folder) {
        rows.append(["sample report (coopchart report, whole process)", String(format: "%.3f s", report), "", "", "", "", ""])
    } else {
        notes.append("sample report left out: no coopchart binary beside coopchart-bench (run `swift build -c release` first) or no `report` command")
    }

    // Reading and summarising 1,000,000 rows: coopchart and pandas runs interleaved.
    let ingest = try IngestBenchmark.measure(rows: 1_000_000, repeats: repeats, in: folder, peer: true)
    if ingest.peer == nil { notes.append("pandas (csv_summary.py) did not run: python3 with pandas is needed (pip install pandas)") }
    ratioRow(
        String(format: "CSV summary, 1,000,000 rows (%.0f MB)", ingest.0.megabytes), ingest.0.seconds,
        String(format: "%.3f s, %.2fM rows/s", ingest.0.seconds, ingest.0.rowsPerSecond / 1e6), peer: "pandas read_csv+groupby",
        ingest.peer.map { ($0.seconds, String(format: "%.3f s, %.2fM rows/s", $0.seconds, 1_000_000 / $0.seconds / 1e6)) }, goal: 1, goalText: "≤ 1.00")
    ratioRow(
        "  the same, CPU time of all threads", ingest.cpu, String(format: "%.3f s", ingest.cpu), peer: "pandas",
        ingest.peer.map { ($0.cpu, String(format: "%.3f s", $0.cpu)) }, goal: 1, goalText: "≤ 1.00")
    try? FileManager.default.removeItem(atPath: ingest.path)

    // Reading a 100,000-row workbook (issue 14): coopchart, openpyxl read-only and pandas+calamine interleaved.
    let workbook: WorkbookBenchmark.Outcome
    do { workbook = try WorkbookBenchmark.measure(rows: 100_000, repeats: repeats, in: folder) } catch { workbook = .notRun("\(error)") }
    switch workbook {
    case .measured(let m):
        let ours = String(format: "%.3f s (CSV of the same rows: %.3f s)", m.seconds, m.csvSeconds)
        ratioRow(
            String(format: "workbook, 100,000 rows (.xlsx, %.1f MB)", m.megabytes), m.seconds, ours, peer: "openpyxl read-only",
            m.openpyxl.map { ($0, String(format: "%.3f s", $0)) }, goal: 1, goalText: "≤ 1.00")
        ratioRow(
            "  the same file", m.seconds, String(format: "%.3f s (CPU %.3f s)", m.seconds, m.cpu), peer: "pandas read_excel calamine",
            m.calamine.map { ($0, String(format: "%.3f s", $0)) }, goal: 3, goalText: "≤ 3.00")
        if m.openpyxl == nil { notes.append("openpyxl/pandas (workbook_read.py) did not run: pip install openpyxl pandas python-calamine") }
        if !m.versions.isEmpty { notes.append(m.versions) }
    case .notRun(let reason):
        rows.append(["workbook, 100,000 rows (.xlsx)", "not run", "", "", "", "", ""])
        notes.append("workbook benchmark did not run: \(reason)")
    }

    // Sensitivity: no peer; the budget is issue 4's.
    for threads in [1, Machine.cores] {
        let m = try SensitivityBenchmark.measure(threads: threads, repeats: bench.quick ? 3 : 5)
        rows.append([
            "sensitivity 10,000 draws × 63 provinces × 20 criteria, \(threads) thread\(threads == 1 ? "" : "s")",
            String(format: "%.3f s", m.seconds), "", "", "", "≤ 1 s", m.seconds <= 1 ? "yes" : "NO",
        ])
    }

    // Registry aggregation of 1,000,000 cooperatives.
    let provinces = try RegistryBenchmark.writeProvinces(in: folder)
    let (registry, registryPath) = try RegistryBenchmark.measure(cooperatives: 1_000_000, repeats: bench.quick ? 2 : 5, in: folder)
    let pandasRegistry = PythonPeer.run("registry_aggregate.py", [registryPath, provinces, String(bench.quick ? 2 : 5)])
    let pandasRegistrySeconds = peerValue(pandasRegistry, "seconds", label: "pandas (registry_aggregate.py)")
    ratioRow(
        String(format: "registry aggregation, 1,000,000 cooperatives (%.0f MB)", registry.megabytes), registry.seconds,
        String(format: "%.3f s, %.2fM coops/s", registry.seconds, 1 / registry.seconds), peer: "pandas",
        pandasRegistrySeconds.map { ($0, String(format: "%.3f s, %.2fM coops/s", $0, 1 / $0)) }, goal: 1, goalText: "≤ 1.00")
    try? FileManager.default.removeItem(atPath: registryPath)

    let loads = [loadBefore, Machine.load].compactMap { $0 }.map { String(format: "%.1f", $0) }.joined(separator: " → ")
    printTable("Beside the peers: medians of \(repeats) runs (charts: \(chartIterations) figures × 5 rounds), \(Machine.cores) cores, load \(loads)", rows)
    if case .measured(let json) = matplotlib, let version = json["matplotlib"] { notes.append("matplotlib \(version)") }
    if case .measured(let json) = pandasRegistry, let version = json["pandas"] { notes.append("pandas \(version)") }
    for note in notes { print("  note: " + note) }

    guard !bench.quick else { return }
    try growth(folder: folder, provinces: provinces)
}

/// How cost grows with input size: rows, cooperatives, provinces and criteria, three sizes each.
private func growth(folder: URL, provinces: String) throws {
    var rows = [["input", "size", "coopchart median", "per unit", "peer median"]]
    for size in [250_000, 500_000, 1_000_000] {
        let (m, path, peerTime, _) = try IngestBenchmark.measure(rows: size, repeats: 5, in: folder, peer: true)
        let peer = peerTime.map { String(format: "%.3f s", $0.seconds) } ?? ""
        rows.append(["CSV rows", "\(size)", String(format: "%.3f s", m.seconds), String(format: "%.0f ns/row", m.seconds / Double(size) * 1e9), peer])
        try? FileManager.default.removeItem(atPath: path)
    }
    for size in [250_000, 500_000, 1_000_000] {
        let (m, path) = try RegistryBenchmark.measure(cooperatives: size, repeats: 3, in: folder)
        var peer = ""
        if case .measured(let json) = PythonPeer.run("registry_aggregate.py", [path, provinces, "3"]), let seconds = json["seconds"] as? Double {
            peer = String(format: "%.3f s", seconds)
        }
        rows.append([
            "registry cooperatives", "\(size)", String(format: "%.3f s", m.seconds), String(format: "%.0f ns/coop", m.seconds / Double(size) * 1e9), peer,
        ])
        try? FileManager.default.removeItem(atPath: path)
    }
    for count in [9, 34, 63] {
        let m = try SensitivityBenchmark.measure(threads: nil, repeats: 3, provinceCount: count, criteriaCount: 20)
        rows.append([
            "sensitivity provinces (20 criteria, 10,000 draws)", "\(m.provinces)", String(format: "%.3f s", m.seconds),
            String(format: "%.1f µs/draw", m.seconds / Double(m.draws) * 1e6), "",
        ])
    }
    for count in [5, 10, 20] {
        let m = try SensitivityBenchmark.measure(threads: nil, repeats: 3, provinceCount: 63, criteriaCount: count)
        rows.append([
            "sensitivity criteria (63 provinces, 10,000 draws)", "\(m.criteria)", String(format: "%.3f s", m.seconds),
            String(format: "%.1f µs/draw", m.seconds / Double(m.draws) * 1e6), "",
        ])
    }
    printTable("How cost grows with input size (medians, \(Machine.cores) cores)", rows)
}

/// Seconds `coopchart report` takes on the samples, the whole process, when the binary is built.
private func sampleReport(repeats: Int, folder: URL) throws -> Double? {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("coopchart")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
    let samples = URL(fileURLWithPath: PythonPeer.folder).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
    let arguments = [
        "report", samples.appendingPathComponent("dbsh-2017.csv").path, samples.appendingPathComponent("dbsh-2017-illustrative.csv").path,
        "--scheme", samples.appendingPathComponent("scheme-dbsh-2017.yaml").path, "--year", "2017",
        "-o", folder.appendingPathComponent("report.pdf").path,
    ]
    func run() throws -> Bool {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
    guard try run() else { return nil }
    return try timed(repeats: repeats, warmUp: false) { _ = try run() }.median
}
