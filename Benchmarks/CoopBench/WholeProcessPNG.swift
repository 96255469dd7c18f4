import CCairo
import CoopAnalytics
import CoopCharts
import CoopFigures
import Foundation

/// `coopchart-bench --png-process`: one 9-province bar chart as a PNG, each side a whole process started
/// afresh, measured side by side in one run at the same pixel size (issue 13, item 7; issue 26, item 3):
///
/// - `coopchart chart bar FILE.csv … -o out.png` (`.build/release/coopchart`, or COOPBENCH_COOPCHART): start-up,
///   argument parsing, fontconfig, registry, reading the CSV, the figure, the completeness check, drawing, PNG
///   encoding, the atomic write;
/// - the floor: a Swift program linked as coopchart is (static Swift runtime) that makes the very Cairo calls
///   of the same chart and writes the PNG with `cairo_surface_write_to_png` (FloorProgram), and the same in C;
/// - matplotlib drawing the same chart (`Benchmarks/peers/bar_chart.py --once`), start and imports included;
/// - optionally an earlier coopchart binary (COOPBENCH_BEFORE=PATH), to measure a change in the same run;
/// - `coopchart --version` (and the earlier binary's), the start-up alone.
///
/// The sides run interleaved, round after round, so a load that drifts slows all alike; each figure is the
/// median minus the median of starting `/bin/true` the same way (the cost of starting any process from this
/// harness), as hyperfine subtracts its shell. Wall time and CPU time (user + system, from wait4) are both
/// given: on a shared machine CPU time moves less.
enum WholeProcessPNG {
    static let provinces: [(String, Int)] = [
        ("Quảng Ninh", 86), ("Bắc Ninh", 35), ("Ninh Bình", 22), ("Vĩnh Phúc", 21), ("Nam Định", 10),
        ("Hải Dương", 14), ("Hưng Yên", 8), ("Thái Bình", 6), ("Hà Nam", 4),
    ]
    static let sizes = [(800, 450), (1920, 1080)]

    /// One side's median wall and CPU milliseconds, the start of `/bin/true` subtracted.
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    static func run(rounds: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopbench-png-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // COOPBENCH_KEEP=1 keeps the CSV, the generated floor programs and the PNGs, to inspect or profile them.
        let environment = ProcessInfo.processInfo.environment
        let keep = environment["COOPBENCH_KEEP"] == "1"
        defer { if keep { print("kept: \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let csv = folder.appendingPathComponent("new-htx-2023.csv").path
        var text = "province,year,indicator,value,unit,qualifier,source,note\n"
        for (name, value) in provinces {
            text += "\(name),2023,new_htx,\(value),HTX,exact,\"Liên minh HTX các tỉnh, báo cáo năm 2023\",\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)

        let coopchart = environment["COOPBENCH_COOPCHART"] ?? FileManager.default.currentDirectoryPath + "/.build/release/coopchart"
        guard FileManager.default.isExecutableFile(atPath: coopchart) else {
            print("\nPNG as a whole process: not run (no \(coopchart); run scripts/build-release.sh first)")
            return
        }
        let before = environment["COOPBENCH_BEFORE"].flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
        let python = PythonPeer.folder + "/bar_chart.py"
        let matplotlibReady = (try? runOnce(["/usr/bin/env", "python3", "-c", "import matplotlib"]).status) == 0

        var header = [
            "pixels", "coopchart ms (CPU)", "Swift floor ms (CPU)", "coopchart/floor (CPU)", "C floor ms", "matplotlib ms",
            "matplotlib/coopchart",
        ]
        if before != nil { header += ["before ms (CPU)", "before/floor (CPU)"] }
        header += ["coopchart KB", "floor KB", "pixels differing"]
        var rows = [header]
        for (width, height) in sizes {
            let ours = folder.appendingPathComponent("coopchart-\(width).png").path
            let floorPNG = folder.appendingPathComponent("floor-swift-\(width).png").path
            let chartArguments = [
                "chart", "bar", csv, "--indicator", "new_htx", "--year", "2023",
                "--width", "\(width)px", "--height", "\(height)px", "--force", "-o",
            ]
            let operations = try recordedChart(width: width, height: height, csv: csv)
            let options = renderOptions(width: width, height: height)
            let swiftFloor = try FloorProgram.swift.compile(operations, options: options, name: "floor-swift-\(width)", in: folder)
            let cFloor = try FloorProgram.c.compile(operations, options: options, name: "floor-c-\(width)", in: folder)
            var commands = [
                [coopchart] + chartArguments + [ours], [swiftFloor, floorPNG],
                [cFloor, folder.appendingPathComponent("floor-c-\(width).png").path],
            ]
            if let before { commands.append([before] + chartArguments + [folder.appendingPathComponent("before-\(width).png").path]) }
            if matplotlibReady {
                commands.append([
                    "/usr/bin/env", "python3", python, "--once", folder.appendingPathComponent("matplotlib-\(width).png").path,
                    "\(width)x\(height)",
                ])
            }
            for command in commands where try runOnce(command).status != 0 {
                throw BenchError("failed: \(command.joined(separator: " "))")
            }
            let timings = try interleaved(commands, rounds: rounds)
            let (oursT, floorT, cT) = (timings[0], timings[1], timings[2])
            let beforeT = before == nil ? nil : timings[3]
            let peerT = matplotlibReady ? timings[commands.count - 1] : nil
            var row = [
                "\(width)×\(height)", pair(oursT), pair(floorT), ratio(oursT, floorT), ms1(cT.wall),
                peerT.map { ms1($0.wall) } ?? "not run (pip install matplotlib)",
                peerT.map { String(format: "%.1f×", $0.wall / oursT.wall) } ?? "",
            ]
            if let beforeT { row += [pair(beforeT), ratio(beforeT, floorT)] }
            row += [kilobytes(ours), kilobytes(floorPNG), String(format: "%.2f %%", try differingPixels(ours, floorPNG) * 100)]
            rows.append(row)
        }
        printTable(
            "PNG as a whole process, 9-province bar chart, median of \(rounds) interleaved rounds minus starting /bin/true "
                + "(wall ms, CPU ms in parentheses); goals: coopchart/floor ≤ 1.1, matplotlib/coopchart ≥ 20", rows)

        // The start-up alone, and the sizes of the binaries.
        var versionCommands = [[coopchart, "--version"]]
        if let before { versionCommands.append([before, "--version"]) }
        let versions = try interleaved(versionCommands, rounds: rounds)
        var sizeRows = [["binary", "MB", "`--version` ms (CPU)"], [coopchart, megabytes(coopchart), pair(versions[0])]]
        if let before { sizeRows.append([before, megabytes(before), pair(versions[1])]) }
        let serve = URL(fileURLWithPath: coopchart).deletingLastPathComponent().appendingPathComponent("coopchart-serve").path
        if FileManager.default.fileExists(atPath: serve) { sizeRows.append([serve, megabytes(serve), ""]) }
        printTable("Start-up (`coopchart --version` as a whole process, same rounds) and binary sizes", sizeRows)
    }

    /// The recorded drawing of the chart `coopchart chart bar` makes at this size.
    static func recordedChart(width: Int, height: Int, csv: String) throws -> [RecordingBackend.Operation] {
        let dataset = try DatasetReader().read(files: [csv])
        let figure = try Figures.make(
            FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2023"),
            from: FigureData(dataset: dataset, cluster: nil))
        let options = renderOptions(width: width, height: height)
        let recording = try RecordingBackend()
        figure.chart.draw(on: recording, size: options.size, fontFamily: options.fontFamily)
        return recording.operations
    }

    /// --width/--height in px are at 144 dpi: points are half the pixels, drawn at scale 2.
    static func renderOptions(width: Int, height: Int) -> RenderOptions {
        RenderOptions(width: Double(width) / 2, height: Double(height) / 2, pngScale: 2)
    }

    static func pair(_ timing: Timing) -> String { String(format: "%.1f (%.1f)", timing.wall, timing.cpu) }
    static func ratio(_ a: Timing, _ b: Timing) -> String { String(format: "%.2f (%.2f)", a.wall / b.wall, a.cpu / b.cpu) }

    // MARK: - Running and comparing

    /// Starts `command` with posix_spawn (no shell, output to /dev/null) and waits for it: the least a harness
    /// can add to a process's time, which the `/bin/true` row then measures and subtracts. Returns the exit
    /// status and the child's CPU time (user + system) in milliseconds.
    static func runOnce(_ command: [String]) throws -> (status: Int32, cpu: Double) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, arguments, environ)
        guard spawned == 0 else { throw BenchError("could not start \(command[0]): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        return (status & 0x7F == 0 ? (status >> 8) & 0xFF : -1, cpu)
    }

    /// The median wall and CPU milliseconds of each command, after a warm-up round, over `rounds` interleaved
    /// rounds, each less the median of starting `/bin/true` in the same rounds.
    static func interleaved(_ commands: [[String]], rounds: Int) throws -> [Timing] {
        let all = commands + [["/bin/true"]]
        var wall = Array(repeating: [Double](), count: all.count)
        var cpu = Array(repeating: [Double](), count: all.count)
        for round in 0...rounds {
            for (index, command) in all.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                let run = try runOnce(command)
                if round > 0 {
                    wall[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    cpu[index].append(run.cpu)
                }
            }
        }
        let startWall = median(wall.last!), startCPU = median(cpu.last!)
        return (0..<commands.count).map { Timing(wall: median(wall[$0]) - startWall, cpu: median(cpu[$0]) - startCPU) }
    }

    /// The share of pixels whose colour differs by more than 8/255 in a channel: the two pictures are the same
    /// drawing, so this stays near 0 (anti-aliasing and font-option differences only).
    static func differingPixels(_ first: String, _ second: String) throws -> Double {
        guard let a = cairo_image_surface_create_from_png(first), let b = cairo_image_surface_create_from_png(second) else { return 1 }
        defer { cairo_surface_destroy(a); cairo_surface_destroy(b) }
        let width = Int(cairo_image_surface_get_width(a)), height = Int(cairo_image_surface_get_height(a))
        guard width == Int(cairo_image_surface_get_width(b)), height == Int(cairo_image_surface_get_height(b)),
            let pa = cairo_image_surface_get_data(a), let pb = cairo_image_surface_get_data(b)
        else { return 1 }
        let strideA = Int(cairo_image_surface_get_stride(a)), strideB = Int(cairo_image_surface_get_stride(b))
        var differing = 0
        for y in 0..<height {
            for x in 0..<width {
                for channel in 0..<4 where abs(Int(pa[y * strideA + x * 4 + channel]) - Int(pb[y * strideB + x * 4 + channel])) > 8 {
                    differing += 1
                    break
                }
            }
        }
        return Double(differing) / Double(width * height)
    }

    static func kilobytes(_ path: String) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return String(format: "%.0f", Double(size ?? 0) / 1024)
    }

    static func ms1(_ value: Double) -> String { String(format: "%.1f", value) }

    static func megabytes(_ path: String) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return String(format: "%.1f", Double(size ?? 0) / 1_048_576)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
