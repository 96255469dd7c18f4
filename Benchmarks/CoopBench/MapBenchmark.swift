import CoopAnalytics
import CoopCharts
import CoopFigures
import Foundation

/// `coopchart-bench --map`: the province map (issue 24, item 3). In process: decoding and projecting the
/// embedded outlines (done once per process), and the 63-province map drawn to PNG beside the 63-province bar
/// chart. As whole processes, interleaved: `coopchart chart map` beside `coopchart chart bar` on the same file
/// (the goal: the map no slower than the bar chart plus reading the outlines once), and geopandas + matplotlib
/// drawing the same map from the same TopoJSON (`Benchmarks/peers/province_map.py`, pinned in
/// `requirements-map.txt`; COOPBENCH_MAP_PYTHON names the python that has them, default python3).
enum MapBenchmark {
    /// `coopchart-bench --outlines-once` reads the outlines and exits; `--start-only` exits at once.
    static let processModes: Set<String> = ["--outlines-once", "--start-only"]

    static func runProcessMode(_ mode: String) -> Int32 {
        guard mode == "--outlines-once" else { return 0 }
        return ((try? MapOutlineLoading.decodeAndProject()) ?? 0) > 0 ? 0 : 1
    }

    static func run(rounds: Int, iterations: Int) throws {
        let root = FileManager.default.currentDirectoryPath
        let csv = root + "/samples/national-2024-illustrative.csv"
        let topojson = root + "/Sources/CoopFigures/Embedded/map/vietnam-provinces-63.topo.json"
        guard FileManager.default.fileExists(atPath: csv) else { print("\nmap: not run (run from the repository folder)"); return }

        // In process.
        let load = try timed(repeats: iterations) { _ = try MapOutlineLoading.decodeAndProject() }
        let dataset = try DatasetReader().read(files: [csv])
        let data = FigureData(dataset: dataset, cluster: nil)
        let options = RenderOptions()
        var inProcess = [["in process, 63 provinces, 1920×1080 PNG", "median ms"]]
        inProcess.append(["outlines decoded (JSONDecoder) and projected, once per process", ms(load.median * 1000)])
        for kind in [FigureRequest.Kind.map, .bar] {
            let request = FigureRequest(kind: kind, indicators: ["htx"], year: "2024")
            _ = try FigureRendering.file(request, from: data, format: .png, options: options)  // the outlines read once, outside the timing
            let drawn = try timed(repeats: iterations) { _ = try FigureRendering.file(request, from: data, format: .png, options: options) }
            inProcess.append(["chart \(kind.rawValue): figure, completeness check, PNG", ms(drawn.median * 1000)])
        }
        printTable("The province map in process (median of \(iterations))", inProcess)

        // Whole processes.
        let coopchart = root + "/.build/release/coopchart"
        guard FileManager.default.isExecutableFile(atPath: coopchart) else {
            print("\nmap as a whole process: not run (no \(coopchart); run `swift build -c release` first)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopbench-map-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = ProcessInfo.processInfo.environment["COOPBENCH_MAP_PYTHON"] ?? "python3"
        let peerReady = (try? WholeProcessPNG.runOnce(["/usr/bin/env", python, "-c", "import geopandas, matplotlib"]))?.status == 0
        var commands = ["map", "bar"].map { kind in
            [coopchart, "chart", kind, csv, "--indicator", "htx", "--year", "2024", "-o", folder.appendingPathComponent("\(kind).png").path, "--force"]
        }
        if peerReady {
            commands.append([
                "/usr/bin/env", python, PythonPeer.folder + "/province_map.py", "--once", topojson, csv,
                folder.appendingPathComponent("peer.png").path, "1920x1080",
            ])
        }
        // Reading the outlines once as a fresh process does it: this program reading them and exiting, less
        // this program exiting.
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let readOnce = commands.count
        commands += [[bench, "--outlines-once"], [bench, "--start-only"]]
        for command in commands where try WholeProcessPNG.runOnce(command).status != 0 {
            throw BenchError("failed: \(command.joined(separator: " "))")
        }
        // Wall and CPU time, each less starting /bin/true (WholeProcessPNG.interleaved).
        let medians = try WholeProcessPNG.interleaved(commands, rounds: rounds)
        let map = medians[0], bar = medians[1]
        let coldRead = medians[readOnce].cpu - medians[readOnce + 1].cpu
        var rows = [["whole process, 63 provinces, 1920×1080 PNG", "median wall ms", "median CPU ms", "beside"]]
        rows.append([
            "coopchart chart map", ms(map.wall), ms(map.cpu),
            String(
                format: "%.2f × the bar chart (CPU); map − bar = %.1f ms CPU; outlines read once: %.1f ms in a fresh process, %.1f ms in process; ",
                map.cpu / bar.cpu, map.cpu - bar.cpu, coldRead, load.median * 1000)
                + (map.cpu - bar.cpu <= coldRead ? "goal met" : String(format: "goal missed by %.1f ms", map.cpu - bar.cpu - coldRead)),
        ])
        rows.append(["coopchart chart bar", ms(bar.wall), ms(bar.cpu), ""])
        rows.append([
            "coopchart-bench --outlines-once − --start-only", ms(medians[readOnce].wall - medians[readOnce + 1].wall), ms(coldRead),
            "the outlines decoded and projected by a fresh process",
        ])
        rows.append(
            peerReady
                ? [
                    "geopandas + matplotlib (province_map.py --once)", ms(medians[readOnce - 1].wall), ms(medians[readOnce - 1].cpu),
                    String(format: "%.1f × coopchart map (CPU)", medians[readOnce - 1].cpu / map.cpu),
                ]
                : ["geopandas + matplotlib", "not run", "", "pip install -r Benchmarks/peers/requirements-map.txt, or set COOPBENCH_MAP_PYTHON"])
        printTable(
            "The province map as a whole process, median of \(rounds) interleaved rounds minus starting /bin/true; "
                + "goal: map ≤ bar + reading the outlines once", rows)
    }

    static func ms(_ value: Double) -> String { String(format: "%.1f", value) }
}
