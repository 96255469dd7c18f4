// swift-tools-version:6.0
import Foundation
import PackageDescription

// COOPCHART_WITHOUT_SERVER=1 builds everything but `coopchart serve`, without its dependencies (Hummingbird,
// SwiftNIO, AsyncHTTPClient for its tests, and two copies of BoringSSL), which more than double a build.
// scripts/sanitizers.sh builds that way so that AddressSanitizer and ThreadSanitizer fit CI's 90 minutes;
// the ordinary build, scripts/test.sh and the browser test always include the server.
let withServer = ProcessInfo.processInfo.environment["COOPCHART_WITHOUT_SERVER"] == nil

let package = Package(
    name: "coopchart",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CoopAnalytics", targets: ["CoopAnalytics"]),
        .library(name: "CoopCharts", targets: ["CoopCharts"]),
        .executable(name: "coopchart", targets: ["coopchart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ] + (withServer ? serverPackages : []),
    targets: [
        // libcairo, drawn through the safe layer in CoopCharts/Backend only.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // libcsv (Debian's maintained C CSV parser), wrapped by CoopAnalytics/Ingest/CSVReader.
        .systemLibrary(
            name: "CCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // libfreexl (Debian's maintained reader of Excel 97–2003 .xls files), wrapped by CoopWorkbook/Xls only.
        .systemLibrary(
            name: "CFreeXL",
            providers: [.apt(["libfreexl-dev"])]
        ),
        // libxlsxwriter (Debian's maintained writer of .xlsx workbooks), wrapped by CoopSpreadsheets/Writer only.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Sheets of cells from .xlsx, .ods and .xls workbooks (ZIPFoundation, Foundation's XMLParser,
        // libfreexl), within stated limits; it knows nothing of provinces or indicators.
        .target(
            name: "CoopWorkbook",
            dependencies: ["CFreeXL", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
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
        .target(name: "CoopFigures", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFormatting"]),
        // Composes figures and sentences into documents: the conference report.
        .target(name: "CoopReport", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting"]),
        // What every front end does with a request, so the CLI and the browser app take one path: the data
        // loaded and limited to a cluster, drawing settings turned into render options, a ranking's period and
        // scope, a report request, the findings of `validate`.
        .target(name: "CoopService", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport"]),
        // Workbooks people check: the scorecard with live formulas, and formatted tables (libxlsxwriter).
        .target(name: "CoopSpreadsheets", dependencies: ["CoopAnalytics", "CoopFormatting", "CXlsxWriter"]),
        // Word documents (WordprocessingML in a ZIP) written from the same pages as the PDF report.
        .target(
            name: "CoopDocuments",
            dependencies: ["CoopCharts", "CoopFormatting", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "coopchart",
            dependencies: [
                "CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport", "CoopSpreadsheets", "CoopDocuments",
                "CoopService",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + (withServer ? ["CoopServer"] : []),
            swiftSettings: withServer ? [] : [.define("COOPCHART_WITHOUT_SERVER")]
        ),
        // `swift run -c release coopchart-bench`: CoopCharts beside bare Cairo calls (the floor), and the engine.
        .executableTarget(
            name: "coopchart-bench",
            dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CCairo", "CoopFormatting"],
            path: "Benchmarks/CoopBench"
        ),
        // What several test targets share: running programs (coopchart, office and PDF tools) and capturing
        // their output, temporary folders; and looking up a score sheet's rows by name.
        .target(name: "CoopTestSupport", path: "Tests/CoopTestSupport"),
        .target(name: "CoopScoringTestSupport", dependencies: ["CoopAnalytics"], path: "Tests/CoopScoringTestSupport"),
        .testTarget(name: "CoopFormattingTests", dependencies: ["CoopFormatting"]),
        .testTarget(name: "CoopAnalyticsTests", dependencies: ["CoopAnalytics", "CoopWorkbook", "CoopScoringTestSupport"]),
        .testTarget(name: "CoopChartsTests", dependencies: ["CoopCharts", "CCairo", "CoopTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CoopFiguresTests", dependencies: ["CoopFigures", "CoopAnalytics", "CoopCharts"]),
        .testTarget(name: "CoopReportTests", dependencies: ["CoopReport", "CoopAnalytics"]),
        .testTarget(name: "CoopSpreadsheetsTests", dependencies: ["CoopSpreadsheets", "CoopAnalytics", "CoopTestSupport", "CoopScoringTestSupport"]),
        .testTarget(name: "CoopDocumentsTests", dependencies: ["CoopDocuments", "CoopCharts", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "CoopchartCLITests", dependencies: ["coopchart", "CoopTestSupport"], exclude: ["Corpus"]),
    ] + (withServer ? serverTargets : [])
)

// `coopchart serve`: its packages and targets, left out with COOPCHART_WITHOUT_SERVER=1 (above).
var serverPackages: [Package.Dependency] {
    [
        // The browser app (`coopchart serve`): the HTTP server, its templates, multipart uploads, password hashing.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ]
}

var serverTargets: [Target] {
    [
        // The browser app: `coopchart serve`, a Hummingbird server with pages, an HTTP API and its safety rules.
        .target(
            name: "CoopServer",
            dependencies: [
                "CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting", "CoopReport", "CoopService", "CoopSpreadsheets", "CoopDocuments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "CoopServerTests",
            dependencies: [
                "coopchart", "CoopServer", "CoopService", "CoopAnalytics", "CoopCharts", "CoopTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ]
}
