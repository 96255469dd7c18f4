import Foundation
@testable import CoopAnalytics

/// Reads bytes as if they were a file called `name`, with the reader's options.
func ingest(
    _ bytes: [UInt8], file name: String = "in.csv", style: NumberStyle? = nil,
    catalog: IndicatorCatalog = .standard
) throws -> Dataset {
    var dataset = Dataset(catalog: catalog)
    try DatasetReader(catalog: catalog, numberStyle: style).read(bytes: bytes, file: name, into: &dataset)
    return dataset
}

func ingest(_ csv: String, file name: String = "in.csv", style: NumberStyle? = nil, catalog: IndicatorCatalog = .standard) throws -> Dataset {
    try ingest(Array(csv.utf8), file: name, style: style, catalog: catalog)
}

/// The error reading raises, as the user would see it (nil when it reads).
func ingestError(_ csv: String, file name: String = "bad.csv", style: NumberStyle? = nil) -> String? {
    ingestError(Array(csv.utf8), file: name, style: style)
}

func ingestError(_ bytes: [UInt8], file name: String = "bad.csv", style: NumberStyle? = nil) -> String? {
    do {
        _ = try ingest(bytes, file: name, style: style)
        return nil
    } catch {
        return String(describing: error)
    }
}

/// The single value a one-row file gives.
func value(_ cell: String, indicator: String = "revenue_avg", style: NumberStyle? = nil) throws -> Double? {
    try ingest("province,year,indicator,value\nHà Nam,2017,\(indicator),\"\(cell)\"\n", style: style).observations.first?.value
}

/// A temporary folder holding the given files; removed by the caller with `cleanup`.
struct TemporaryFiles {
    let folder: URL

    init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    func cleanup() { try? FileManager.default.removeItem(at: folder) }
}
