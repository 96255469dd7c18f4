// swift-tools-version:6.0
import PackageDescription

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
    ],
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
        .target(name: "CoopCharts", dependencies: ["CCairo", "CoopFormatting"]),
        // The one bridge from analytics to charts: a function per figure, taking a dataset (or a score
        // sheet) and a figure request, returning a chart with its sources and notes. Every front end
        // (the CLI, the report, the workbooks, the browser app) draws through it.
        .target(name: "CoopFigures", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFormatting"]),
        // Composes figures and sentences into documents: the conference report.
        .target(name: "CoopReport", dependencies: ["CoopAnalytics", "CoopCharts", "CoopFigures", "CoopFormatting"]),
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
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release coopchart-bench`: CoopCharts beside bare Cairo calls (the floor), and the engine.
        .executableTarget(
            name: "coopchart-bench",
            dependencies: ["CoopAnalytics", "CoopCharts", "CCairo", "CoopFormatting"],
            path: "Benchmarks/CoopBench"
        ),
        .testTarget(name: "CoopFormattingTests", dependencies: ["CoopFormatting"]),
        .testTarget(name: "CoopAnalyticsTests", dependencies: ["CoopAnalytics", "CoopWorkbook"]),
        .testTarget(name: "CoopChartsTests", dependencies: ["CoopCharts", "CCairo"], exclude: ["Golden"]),
        .testTarget(name: "CoopFiguresTests", dependencies: ["CoopFigures", "CoopAnalytics", "CoopCharts"]),
        .testTarget(name: "CoopReportTests", dependencies: ["CoopReport", "CoopAnalytics"]),
        .testTarget(name: "CoopSpreadsheetsTests", dependencies: ["CoopSpreadsheets", "CoopAnalytics"]),
        .testTarget(name: "CoopDocumentsTests", dependencies: ["CoopDocuments", "CoopCharts", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "CoopchartCLITests", dependencies: ["coopchart"], exclude: ["Corpus"]),
    ]
)
