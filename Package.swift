// swift-tools-version:6.1
import PackageDescription

// One manifest and one Package.resolved for every build (the CLI, the server, the tests, the sanitizers, the
// fuzz targets); every script builds with --force-resolved-versions, so a build fails rather than resolve
// other versions than the committed ones.
//
// `coopchart serve` is its own program, coopchart-serve, which `coopchart serve` starts in its own place
// (exec): the web server's libraries (Hummingbird, SwiftNIO, two copies of BoringSSL) stay out of the
// command-line binary, so a chart does not pay to load them.
let package = Package(
    name: "coopchart",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CoopAnalytics", targets: ["CoopAnalytics"]),
        .library(name: "CoopCharts", targets: ["CoopCharts"]),
        .executable(name: "coopchart", targets: ["coopchart"]),
        .executable(name: "coopchart-serve", targets: ["coopchart-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ] + serverPackages,
    targets: [
        // libcairo, drawn through the safe layer in CoopCharts/Backend only.
        debianLibrary("CCairo", pkgConfig: "cairo", apt: "libcairo2-dev"),
        // libcsv (Debian's maintained C CSV parser), wrapped by CoopAnalytics/Ingest/CSVReader.
        debianLibrary("CCSV", apt: "libcsv-dev"),
        // zlib (Debian's zlib1g-dev), inflating a workbook's parts as they are read, wrapped by CoopWorkbook/Zip only.
        debianLibrary("CInflate", pkgConfig: "zlib", apt: "zlib1g-dev"),
        // libfreexl (Debian's maintained reader of Excel 97–2003 .xls files), wrapped by CoopWorkbook/Xls only.
        debianLibrary("CFreeXL", apt: "libfreexl-dev"),
        // libxlsxwriter (Debian's maintained writer of .xlsx workbooks), wrapped by CoopSpreadsheets/Writer only; its
        // headers here, its functions from CXlsxWriterLoader, which loads the library when a workbook is first written.
        debianLibrary("CXlsxWriter", apt: "libxlsxwriter-dev"),
        // Every function of libxlsxwriter, generated (scripts/generate-xlsxwriter-loader.py) to load the library on
        // first use: libxlsxwriter brings libcrypto (4.200 symbol relocations, 120 page faults) and libminizip, which
        // every command paid at start-up, charts included (BENCHMARKS.md, "Start-up"). Hidden, so the library's
        // own calls stay inside it.
        .target(name: "CXlsxWriterLoader", cSettings: [.unsafeFlags(["-fvisibility=hidden"])]),
        // Sheets of cells from .xlsx, .ods and .xls workbooks (ZIPFoundation, Foundation's XMLParser,
        // libfreexl), within stated limits; it knows nothing of provinces or indicators. (CoopFormatting: the
        // calendar arithmetic of date cells.)
        .target(
            name: "CoopWorkbook",
            dependencies: ["CFreeXL", "CInflate", "CoopFormatting", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Number and text conventions shared by tables (analytics) and charts, so both print alike.
        .target(name: "CoopFormatting"),
        .target(
            name: "CoopAnalytics",
            dependencies: ["CCSV", "CoopFormatting", "CoopWorkbook", .product(name: "Yams", package: "Yams")]
        ),
        // libpng (Debian's libpng-dev), called from C only because its errors arrive by longjmp.
        .target(name: "CPNGWriter", linkerSettings: [.linkedLibrary("png16")]),
        .target(name: "CoopCharts", dependencies: ["CCairo", "CPNGWriter", "CoopFormatting"]),
        // The one bridge from analytics to charts: a function per figure, taking a dataset (or a score
        // sheet) and a figure request, returning a chart with its sources and notes. Every front end
        // (the CLI, the report, the workbooks, the browser app) draws through it.
        .target(name: "CoopFigures", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFormatting"], exclude: ["Embedded"], plugins: ["EmbedResources"]),
        // Composes figures and sentences into documents: the conference report.
        .target(name: "CoopReport", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting"]),
        // The application layer: each job (read a dataset, validate, chart, rank, report, figures, workbook,
        // Word) as one typed operation with its notes and errors naming a parameter, so the CLI and the browser
        // app are thin adapters that only spell parameters their own way.
        .target(
            name: "CoopService",
            dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport", "CoopSpreadsheets", "CoopDocuments"]),
        // Workbooks people check: the scorecard with live formulas, and formatted tables (libxlsxwriter).
        .target(name: "CoopSpreadsheets", dependencies: ["CoopAnalytics", "CoopFormatting", "CXlsxWriter", "CXlsxWriterLoader"]),
        // Conference decks (PresentationML in a ZIP) from the report's figures: native charts (libxlsxwriter's
        // chart XML, each with its embedded workbook) and pictures, speaker notes citing every source.
        .target(
            name: "CoopSlides",
            dependencies: [
                "CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport", "CoopSpreadsheets",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Word documents (WordprocessingML in a ZIP) written from the same pages as the PDF report.
        .target(
            name: "CoopDocuments",
            dependencies: ["CoopCharts", "CoopFormatting", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "coopchart",
            dependencies: [
                "CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport", "CoopSpreadsheets", "CoopDocuments",
                "CoopService", "CoopSlides",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release coopchart-bench`: CoopCharts beside bare Cairo calls (the floor), and the engine.
        .executableTarget(
            name: "coopchart-bench",
            dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CCairo", "CoopFormatting"],
            path: "Benchmarks/CoopBench"
        ),
        // What several test targets share: running programs (coopchart, office and PDF tools) and capturing
        // their output, temporary folders; and looking up a score sheet's rows by name.
        .target(name: "CoopTestSupport", dependencies: ["CCairo"], path: "Tests/CoopTestSupport"),
        .target(name: "CoopScoringTestSupport", dependencies: ["CoopAnalytics"], path: "Tests/CoopScoringTestSupport"),
        // Files a target carries inside the binary (its Embedded/ folder as generated source), so the product
        // needs nothing beside it at run time: the province registry, the map outlines, the web page's files.
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"], path: "Plugins/EmbedResources"),
        .executableTarget(name: "embed-resources", path: "Plugins/EmbedResourcesTool"),
        .testTarget(name: "CoopFormattingTests", dependencies: ["CoopFormatting"]),
        .testTarget(name: "CoopAnalyticsTests", dependencies: ["CoopAnalytics", "CoopWorkbook", "CoopScoringTestSupport"]),
        .testTarget(name: "CoopChartsTests", dependencies: ["CoopCharts", "CCairo", "CoopTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CoopFiguresTests", dependencies: ["CoopFigures", "CoopAnalytics", "CoopCharts", "CoopTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CoopReportTests", dependencies: ["CoopReport", "CoopAnalytics"]),
        .testTarget(name: "CoopSpreadsheetsTests", dependencies: ["CoopSpreadsheets", "CoopAnalytics", "CoopTestSupport", "CoopScoringTestSupport"]),
        .testTarget(
            name: "CoopSlidesTests",
            dependencies: [
                "CoopSlides", "CoopReport", "CoopAnalytics", "CoopCharts", "CoopSpreadsheets", "CoopTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "CoopDocumentsTests", dependencies: ["CoopDocuments", "CoopCharts", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "CoopchartCLITests", dependencies: ["coopchart", "coopchart-serve", "CoopTestSupport"], exclude: ["Corpus"]),
    ] + serverTargets
)

/// A C library from a Debian package, its module map in Sources/<name>; `pkgConfig` names its .pc file when it has one.
func debianLibrary(_ name: String, pkgConfig: String? = nil, apt package: String) -> Target {
    .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([package])])
}

// `coopchart serve`: its packages and targets. (Computed, like the others below: the manifest's top-level
// constants are set in order, after `package` reads them.)

/// The browser app's packages (the HTTP server, its templates, multipart uploads, password hashing): each once,
/// with the version it starts at and the products the server target takes from it.
var serverLibraries: [(url: String, from: Version, products: [String])] {
    [
        ("https://github.com/hummingbird-project/hummingbird", "2.28.1", ["Hummingbird"]),
        ("https://github.com/hummingbird-project/swift-mustache", "2.1.1", ["Mustache"]),
        ("https://github.com/vapor/multipart-kit", "4.7.1", ["MultipartKit"]),
        ("https://github.com/apple/swift-crypto", "4.5.2", ["Crypto", "CryptoExtras"]),
        ("https://github.com/swift-server/swift-service-lifecycle", "2.13.0", ["ServiceLifecycle"]),
        ("https://github.com/apple/swift-nio", "2.101.2", ["NIOCore", "NIOPosix"]),
        // The HTTP parts (HTTPTypes) as they pass the connection watch (timeouts, limits, draining on SIGTERM).
        ("https://github.com/apple/swift-nio-extras", "1.35.2", ["NIOHTTPTypes"]),
        ("https://github.com/apple/swift-http-types", "1.8.0", ["HTTPTypes"]),
    ]
}

var serverPackages: [Package.Dependency] {
    serverLibraries.map { .package(url: $0.url, from: $0.from) }
}

/// The products the server target uses from `serverLibraries`; a package is named by its URL's last part, as SwiftPM does.
var serverProducts: [Target.Dependency] {
    serverLibraries.flatMap { library in
        library.products.map { .product(name: $0, package: String(library.url.split(separator: "/").last!)) }
    }
}

var serverTargets: [Target] {
    [
        // The browser app: `coopchart serve`, a Hummingbird server with pages, an HTTP API and its safety rules.
        .target(
            name: "CoopServer",
            dependencies: [
                "CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport", "CoopService", "CoopSpreadsheets", "CoopDocuments",
                "CoopSlides", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ] + serverProducts,
            // The page's templates, style sheet, script and icon, carried in the binary.
            exclude: ["Embedded"], plugins: ["EmbedResources"]
        ),
        // The program behind `coopchart serve` (the command's options, its configuration file, the password
        // prompt), started by `coopchart serve` or by the systemd unit of the Debian package.
        .executableTarget(
            name: "coopchart-serve",
            dependencies: ["CoopServer", "CoopAnalytics", "CXlsxWriterLoader", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "CoopServerTests",
            dependencies: [
                "coopchart", "coopchart-serve", "CoopServer", "CoopService", "CoopAnalytics", "CoopCharts", "CoopTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ]
}
