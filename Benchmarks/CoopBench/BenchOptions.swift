import Foundation

/// `coopchart-bench [--quick]`: the quick run measures every row with fewer repeats and leaves out
/// the growth tables; the full run is what BENCHMARKS.md reports.
struct BenchOptions {
    var quick = false
    /// Only the reading rows: the 1,000,000-row CSV and the 100,000-row workbook beside their peers.
    var readingOnly = false
    /// Only the whole-process PNG row: `coopchart chart bar` beside a bare-Cairo program and matplotlib.
    var pngProcessOnly = false
    /// Only the province map: outlines read, the map beside the bar chart in process and as whole processes, geopandas.
    var mapOnly = false

    /// Reads the command line; `--quick` also lowers the chart sections' iteration counts (unless set).
    static func parse(_ arguments: [String] = CommandLine.arguments) -> BenchOptions {
        var options = BenchOptions()
        for argument in arguments.dropFirst() {
            switch argument {
            case "--quick": options.quick = true
            case "--reading": options.readingOnly = true
            case "--png-process": options.pngProcessOnly = true
            case "--map": options.mapOnly = true
            case "--help", "-h":
                print("usage: swift run -c release coopchart-bench [--quick | --reading | --png-process | --map]")
                print("  Prints medians over repeated runs: each chart kind (PNG, PDF) beside bare Cairo, the sample report,")
                print("  the 1,000,000-row CSV summary, sensitivity (10,000 draws), registry aggregation (1,000,000 cooperatives),")
                print("  each beside its Python peer (matplotlib, pandas) when python3 has them, and how cost grows with size.")
                print("  --quick: fewer repeats, no growth tables. COOPBENCH_ITERATIONS etc. still override chart iterations.")
                print("  --png-process: only one bar chart as a whole process (coopchart, a bare-Cairo C program, matplotlib),")
                print("    800×450 and 1920×1080 px, interleaved; needs .build/release/coopchart and cc.")
                print("  --map: only the province map: the outlines read, the map beside the bar chart in process and as whole")
                print("    processes, and geopandas + matplotlib (COOPBENCH_MAP_PYTHON: a python with requirements-map.txt).")
                print("  --reading: only the 1,000,000-row CSV and the 100,000-row workbook (.xlsx) beside pandas, openpyxl and calamine.")
                exit(0)
            default:
                FileHandle.standardError.write(
                    Data("coopchart-bench: unknown argument \(argument); use --quick, --reading, --png-process, --map or --help\n".utf8))
                exit(64)
            }
        }
        if options.quick {
            for (name, value) in [("COOPBENCH_ITERATIONS", "30"), ("COOPBENCH_PNG_ITERATIONS", "5"), ("COOPBENCH_PDF_ITERATIONS", "10")]
            where ProcessInfo.processInfo.environment[name] == nil {
                setenv(name, value, 1)
            }
        }
        return options
    }

    /// Repeats of a whole-file measurement (each takes a fraction of a second to seconds).
    var fileRepeats: Int { quick ? 3 : 7 }
}

/// The machine the figures come from, printed first so every table can be read against it.
enum Machine {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    static func describe() -> [String] {
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        var load = ""
        if let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            load = ", load average " + text.split(separator: " ").prefix(3).joined(separator: " ")
        }
        var cpu = ""
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let name = line.split(separator: ":", maxSplits: 1).last
        {
            cpu = name.trimmingCharacters(in: .whitespaces) + ", "
        }
        return ["machine: \(cpu)\(cores) cores, \(String(format: "%.1f", memory)) GB, \(ProcessInfo.processInfo.operatingSystemVersionString)\(load)"]
    }

    /// The load average now (the first figure), to note a shared machine beside the results.
    static var load: Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }
}

/// Median of values (the mean of the middle two for an even count).
func medianOf(_ values: [Double]) -> Double { median(values) }

/// Seconds `body` takes, `repeats` times after one warm-up run, and the median.
func timed(repeats: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> (median: Double, samples: [Double]) {
    if warmUp { try body() }
    var samples: [Double] = []
    for _ in 0..<max(1, repeats) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (medianOf(samples), samples)
}
