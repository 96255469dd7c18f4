import CoopAnalytics
import Foundation

/// Reading a 100,000-row .xlsx (the long rows of the CSV benchmark, written by XlsxWriter) into a
/// dataset, beside openpyxl in read-only mode and pandas.read_excel(engine="calamine") on the same
/// file (Benchmarks/peers/workbook_read.py). The runs are interleaved: one coopchart run, then one
/// run of each peer, so a load that drifts slows every side alike.
enum WorkbookBenchmark {
    struct Measurement {
        let rows: Int
        let megabytes: Double
        let seconds: Double
        let cpu: Double
        let csvSeconds: Double
        var openpyxl: Double?
        var calamine: Double?
        var versions = ""
    }

    enum Outcome {
        case measured(Measurement)
        case notRun(String)
    }

    static func measure(rows: Int, repeats: Int, in folder: URL) throws -> Outcome {
        let catalog = IngestBenchmarkData.catalog()
        let csv = folder.appendingPathComponent("workbook-\(rows).csv")
        let xlsx = folder.appendingPathComponent("workbook-\(rows).xlsx")
        guard FileManager.default.createFile(atPath: csv.path, contents: Data(IngestBenchmarkData.longCSV(rows: rows, catalog: catalog))) else {
            throw BenchFailure("cannot write \(csv.path)")
        }
        defer {
            try? FileManager.default.removeItem(at: csv)
            try? FileManager.default.removeItem(at: xlsx)
        }
        guard case .measured(let written) = PythonPeer.run("workbook_write.py", [csv.path, xlsx.path]), let bytes = written["bytes"] as? Int else {
            return .notRun("python3 with XlsxWriter is needed to write the workbook (scripts/install-deps.sh)")
        }
        func time(_ path: String) throws -> (wall: Double, cpu: Double) {
            let start = DispatchTime.now().uptimeNanoseconds, cpu = processCPUSeconds()
            let dataset = try DatasetReader(catalog: catalog).read(files: [path])
            guard dataset.observations.count == rows else { throw BenchFailure("read \(dataset.observations.count) figures of \(rows)") }
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, processCPUSeconds() - cpu)
        }
        _ = try time(xlsx.path)
        var walls: [Double] = [], cpus: [Double] = [], csvWalls: [Double] = [], openpyxl: [Double] = [], calamine: [Double] = []
        var versions = ""
        for _ in 0..<max(1, repeats) {
            let run = try time(xlsx.path)
            walls.append(run.wall)
            cpus.append(run.cpu)
            csvWalls.append(try time(csv.path).wall)
            if case .measured(let json) = PythonPeer.run("workbook_read.py", [xlsx.path, "1"]) {
                if let seconds = json["openpyxl_seconds"] as? Double { openpyxl.append(seconds) }
                if let seconds = json["calamine_seconds"] as? Double { calamine.append(seconds) }
                versions = "openpyxl \(json["openpyxl"] ?? "?"), pandas \(json["pandas"] ?? "?"), python-calamine \(json["python_calamine"] ?? "?")"
            }
        }
        return .measured(
            Measurement(
                rows: rows, megabytes: Double(bytes) / 1_000_000, seconds: medianOf(walls), cpu: medianOf(cpus),
                csvSeconds: medianOf(csvWalls), openpyxl: openpyxl.isEmpty ? nil : medianOf(openpyxl),
                calamine: calamine.isEmpty ? nil : medianOf(calamine), versions: versions))
    }
}

/// `coopchart-bench --reading`: the 1,000,000-row CSV beside pandas and the 100,000-row workbook beside
/// openpyxl and calamine, without the charts (for comparing builds quickly).
func readingBeside(_ bench: BenchOptions) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let loadBefore = Machine.load
    var rows = [["measurement (median of \(bench.fileRepeats))", "coopchart", "peer", "peer time", "coopchart/peer"]]
    let ingest = try IngestBenchmark.measure(rows: 1_000_000, repeats: bench.fileRepeats, in: folder, peer: true)
    try? FileManager.default.removeItem(atPath: ingest.path)
    rows.append([
        String(format: "CSV summary, 1,000,000 rows (%.0f MB)", ingest.0.megabytes), String(format: "%.3f s", ingest.0.seconds),
        "pandas read_csv+groupby", ingest.peer.map { String(format: "%.3f s", $0.seconds) } ?? "not run",
        ingest.peer.map { String(format: "%.3f", ingest.0.seconds / $0.seconds) } ?? "",
    ])
    var notes: [String] = []
    let outcome: WorkbookBenchmark.Outcome
    do { outcome = try WorkbookBenchmark.measure(rows: 100_000, repeats: bench.fileRepeats, in: folder) } catch { outcome = .notRun("\(error)") }
    switch outcome {
    case .measured(let m):
        let name = String(format: "workbook, 100,000 rows (.xlsx, %.1f MB)", m.megabytes)
        rows.append([
            name, String(format: "%.3f s", m.seconds), "openpyxl read-only", m.openpyxl.map { String(format: "%.3f s", $0) } ?? "not run",
            m.openpyxl.map { String(format: "%.3f", m.seconds / $0) } ?? "",
        ])
        rows.append([
            "  the same file", String(format: "CPU %.3f s", m.cpu), "pandas read_excel calamine", m.calamine.map { String(format: "%.3f s", $0) } ?? "not run",
            m.calamine.map { String(format: "%.3f", m.seconds / $0) } ?? "",
        ])
        rows.append(["  the same rows as CSV", String(format: "%.3f s", m.csvSeconds), "", "", ""])
        if !m.versions.isEmpty { notes.append(m.versions) }
    case .notRun(let reason):
        notes.append("workbook benchmark did not run: \(reason)")
    }
    let loads = [loadBefore, Machine.load].compactMap { $0 }.map { String(format: "%.1f", $0) }.joined(separator: " → ")
    printTable("Reading beside the peers, \(Machine.cores) cores, load \(loads)", rows)
    for note in notes { print("  note: " + note) }
}
