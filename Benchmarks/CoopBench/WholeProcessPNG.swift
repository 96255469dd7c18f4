import CCairo
import CoopAnalytics
import CoopCharts
import CoopFigures
import Foundation

/// `coopchart-bench --png-process`: one 9-province bar chart as a PNG, each side a whole process started
/// afresh, measured side by side in one run at the same pixel size (issue 13, item 7):
///
/// - `coopchart chart bar FILE.csv … -o out.png`: start-up, fontconfig, registry, reading the CSV, the
///   figure, the completeness check, drawing, PNG encoding, the atomic write;
/// - the floor: a C program (generated here from a recording of the very same chart, compiled with `cc`)
///   that makes the same Cairo calls and writes the PNG with `cairo_surface_write_to_png`;
/// - matplotlib drawing the same chart (`Benchmarks/peers/bar_chart.py --once`), start and imports included.
///
/// The three run interleaved, round after round, so a load that drifts slows all alike; each figure is the
/// median wall time minus the median of starting `/bin/true` the same way (the cost of starting any process
/// from this harness), as hyperfine subtracts its shell.
enum WholeProcessPNG {
    static let provinces: [(String, Int)] = [
        ("Quảng Ninh", 86), ("Bắc Ninh", 35), ("Ninh Bình", 22), ("Vĩnh Phúc", 21), ("Nam Định", 10),
        ("Hải Dương", 14), ("Hưng Yên", 8), ("Thái Bình", 6), ("Hà Nam", 4),
    ]
    static let sizes = [(800, 450), (1920, 1080)]

    static func run(rounds: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopbench-png-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // COOPBENCH_KEEP=1 keeps the CSV, the generated floor program and the PNGs, to inspect or profile them.
        let keep = ProcessInfo.processInfo.environment["COOPBENCH_KEEP"] == "1"
        defer { if keep { print("kept: \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) } }
        let csv = folder.appendingPathComponent("new-htx-2023.csv").path
        var text = "province,year,indicator,value,unit,qualifier,source,note\n"
        for (name, value) in provinces {
            text += "\(name),2023,new_htx,\(value),HTX,exact,\"Liên minh HTX các tỉnh, báo cáo năm 2023\",\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)

        let coopchart = FileManager.default.currentDirectoryPath + "/.build/release/coopchart"
        guard FileManager.default.isExecutableFile(atPath: coopchart) else {
            print("\nPNG as a whole process: not run (no \(coopchart); run `swift build -c release` first)")
            return
        }
        let python = PythonPeer.folder + "/bar_chart.py"
        let matplotlibReady = (try? runOnce(["/usr/bin/env", "python3", "-c", "import matplotlib"])) == 0

        var rows = [["pixels", "coopchart ms", "floor ms", "coopchart/floor", "matplotlib ms", "matplotlib/coopchart",
                     "coopchart KB", "floor KB", "pixels differing"]]
        for (width, height) in sizes {
            let ours = folder.appendingPathComponent("coopchart-\(width).png").path
            let floorPNG = folder.appendingPathComponent("floor-\(width).png").path
            let peerPNG = folder.appendingPathComponent("matplotlib-\(width).png").path
            let oursCommand = [coopchart, "chart", "bar", csv, "--indicator", "new_htx", "--year", "2023",
                               "--width", "\(width)px", "--height", "\(height)px", "-o", ours, "--force"]
            let floorProgram = try compileFloor(width: width, height: height, csv: csv, in: folder)
            let floorCommand = [floorProgram, floorPNG]
            var commands = [oursCommand, floorCommand]
            if matplotlibReady { commands.append(["/usr/bin/env", "python3", python, "--once", peerPNG, "\(width)x\(height)"]) }
            for command in commands where try runOnce(command) != 0 {
                throw BenchError("failed: \(command.joined(separator: " "))")
            }
            let medians = try interleaved(commands + [["/bin/true"]], rounds: rounds)
            let start = medians.last!
            let oursMs = medians[0] - start, floorMs = medians[1] - start
            let peerMs = matplotlibReady ? medians[2] - start : nil
            let differing = try differingPixels(ours, floorPNG)
            rows.append(["\(width)×\(height)", ms1(oursMs), ms1(floorMs), String(format: "%.2f", oursMs / floorMs),
                         peerMs.map(ms1) ?? "not run (pip install matplotlib)",
                         peerMs.map { String(format: "%.1f×", $0 / oursMs) } ?? "",
                         kilobytes(ours), kilobytes(floorPNG), String(format: "%.2f %%", differing * 100)])
        }
        printTable("PNG as a whole process, 9-province bar chart, median of \(rounds) interleaved rounds minus starting /bin/true; "
                   + "goals: coopchart/floor ≤ 1.1, matplotlib/coopchart ≥ 20", rows)
    }

    // MARK: - The floor program

    /// Writes and compiles the floor: the recorded operations of the chart `coopchart chart bar` draws at this
    /// size, as straight Cairo calls, with the faces the CLI resolves, at the same scale and font options.
    static func compileFloor(width: Int, height: Int, csv: String, in folder: URL) throws -> String {
        let dataset = try DatasetReader().read(files: [csv])
        let figure = try Figures.make(FigureRequest(kind: .bar, indicators: ["new_htx"], year: "2023"),
                                      from: FigureData(dataset: dataset, cluster: nil))
        // --width/--height in px are at 144 dpi: points are half the pixels, drawn at scale 2.
        let options = RenderOptions(width: Double(width) / 2, height: Double(height) / 2, pngScale: 2)
        let recording = try RecordingBackend()
        figure.chart.draw(on: recording, size: options.size, fontFamily: options.fontFamily)
        let source = floorSource(recording.operations, options: options)
        let sourcePath = folder.appendingPathComponent("floor-\(width).c").path
        let program = folder.appendingPathComponent("floor-\(width)").path
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        let status = try runOnce(["/bin/sh", "-c", "cc -O2 -o '\(program)' '\(sourcePath)' $(pkg-config --cflags --libs cairo)"])
        guard status == 0 else { throw BenchError("could not compile the floor program \(sourcePath) (cc and libcairo2-dev needed)") }
        return program
    }

    static func floorSource(_ operations: [RecordingBackend.Operation], options: RenderOptions) -> String {
        var lines = [
            "// Generated by coopchart-bench --png-process: the chart's recorded drawing as bare Cairo calls.",
            "#include <cairo.h>",
            "int main(int argc, char **argv) {",
            "    if (argc < 2) return 2;",
            "    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, \(options.pixelSize.width), \(options.pixelSize.height));",
            "    cairo_t *cr = cairo_create(surface);",
            "    cairo_scale(cr, \(options.pngScale), \(options.pngScale));",
            "    cairo_font_options_t *fo = cairo_font_options_create();",
            "    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);",
            "    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);",
            "    cairo_set_font_options(cr, fo);",
            "    cairo_font_options_destroy(fo);",
            "    cairo_set_source_rgb(cr, 1, 1, 1); cairo_rectangle(cr, 0, 0, \(options.width), \(options.height)); cairo_fill(cr);",
        ]
        func source(_ c: Color) -> String { "cairo_set_source_rgba(cr, \(c.red), \(c.green), \(c.blue), \(c.alpha));" }
        func trace(_ path: Path) -> String {
            "cairo_new_path(cr); " + path.elements.map { element in
                switch element {
                case let .move(p): return "cairo_move_to(cr, \(p.x), \(p.y));"
                case let .line(p): return "cairo_line_to(cr, \(p.x), \(p.y));"
                case let .arc(c, r, a, b): return "cairo_arc(cr, \(c.x), \(c.y), \(r), \(a), \(b));"
                case let .arcNegative(c, r, a, b): return "cairo_arc_negative(cr, \(c.x), \(c.y), \(r), \(a), \(b));"
                case .close: return "cairo_close_path(cr);"
                }
            }.joined(separator: " ")
        }
        func stroke(_ style: StrokeStyle) -> String {
            let dash = style.dash.isEmpty ? "cairo_set_dash(cr, 0, 0, 0);"
                : "{ double d[] = {\(style.dash.map { "\($0)" }.joined(separator: ", "))}; cairo_set_dash(cr, d, \(style.dash.count), 0); }"
            return "cairo_set_line_width(cr, \(style.width)); \(dash) cairo_stroke(cr);"
        }
        var font: Font?
        for operation in operations {
            switch operation {
            case let .fillRect(r, c): lines.append("    \(source(c)) cairo_rectangle(cr, \(r.x), \(r.y), \(r.width), \(r.height)); cairo_fill(cr);")
            case let .strokeRect(r, c, s): lines.append("    \(source(c)) cairo_rectangle(cr, \(r.x), \(r.y), \(r.width), \(r.height)); \(stroke(s))")
            case let .fillPath(p, c): lines.append("    \(source(c)) \(trace(p)) cairo_fill(cr);")
            case let .strokePath(p, c, s): lines.append("    \(source(c)) \(trace(p)) \(stroke(s))")
            case let .pushClip(r): lines.append("    cairo_save(cr); cairo_rectangle(cr, \(r.x), \(r.y), \(r.width), \(r.height)); cairo_clip(cr);")
            case .popClip: lines.append("    cairo_restore(cr);"); font = nil
            case let .text(t):
                if font != t.font {
                    // The face the CLI draws: the family its font check resolves (DejaVu Sans by default).
                    let family = FontCheck.face(for: t.font.family, weight: t.font.weight)?.family ?? t.font.family.name
                    let weight = t.font.weight == .bold ? "CAIRO_FONT_WEIGHT_BOLD" : "CAIRO_FONT_WEIGHT_NORMAL"
                    lines.append("    cairo_select_font_face(cr, \(cString(family)), CAIRO_FONT_SLANT_NORMAL, \(weight)); cairo_set_font_size(cr, \(t.font.size));")
                    font = t.font
                }
                lines.append("    \(source(t.color)) cairo_move_to(cr, \(t.origin.x), \(t.origin.y)); cairo_show_text(cr, \(cString(t.text)));")
            }
        }
        lines += [
            "    cairo_destroy(cr);",
            "    int status = cairo_surface_write_to_png(surface, argv[1]) == CAIRO_STATUS_SUCCESS ? 0 : 1;",
            "    cairo_surface_destroy(surface);",
            "    return status;",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A C string literal; every byte outside printable ASCII as a three-digit octal escape, which (unlike
    /// `\x`) cannot swallow the characters that follow it.
    static func cString(_ text: String) -> String {
        var literal = "\""
        for byte in text.utf8 {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "?") {
                literal.append(Character(Unicode.Scalar(byte)))
            } else {
                literal += "\\" + String(byte, radix: 8).zeroPadded(to: 3)
            }
        }
        return literal + "\""
    }

    // MARK: - Running and comparing

    /// Starts `command` with posix_spawn (no shell, output to /dev/null) and waits for it: the least a harness
    /// can add to a process's time, which the `/bin/true` row then measures and subtracts.
    static func runOnce(_ command: [String]) throws -> Int32 {
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
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }

    /// The median wall milliseconds of each command, after a warm-up round, over `rounds` interleaved rounds.
    static func interleaved(_ commands: [[String]], rounds: Int) throws -> [Double] {
        var samples = Array(repeating: [Double](), count: commands.count)
        for round in 0...rounds {
            for (index, command) in commands.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try runOnce(command)
                if round > 0 { samples[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
            }
        }
        return samples.map(median)
    }

    /// The share of pixels whose colour differs by more than 8/255 in a channel: the two pictures are the same
    /// drawing, so this stays near 0 (anti-aliasing and font-option differences only).
    static func differingPixels(_ first: String, _ second: String) throws -> Double {
        guard let a = cairo_image_surface_create_from_png(first), let b = cairo_image_surface_create_from_png(second) else { return 1 }
        defer { cairo_surface_destroy(a); cairo_surface_destroy(b) }
        let width = Int(cairo_image_surface_get_width(a)), height = Int(cairo_image_surface_get_height(a))
        guard width == Int(cairo_image_surface_get_width(b)), height == Int(cairo_image_surface_get_height(b)),
              let pa = cairo_image_surface_get_data(a), let pb = cairo_image_surface_get_data(b) else { return 1 }
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
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

private extension String {
    func zeroPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
