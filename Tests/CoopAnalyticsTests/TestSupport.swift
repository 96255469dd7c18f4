import Foundation
@testable import CoopAnalytics

/// Reads CSV text as if it were a file called `name`.
func dataset(_ csv: String, file name: String = "test.csv") throws -> Dataset {
    var dataset = Dataset()
    try DatasetReader().read(bytes: Array(csv.utf8), file: name, into: &dataset)
    return dataset
}

/// The error a CSV text raises, as the user would see it.
func errorText(_ csv: String, file name: String = "bad.csv") -> String? {
    do {
        _ = try dataset(csv, file: name)
        return nil
    } catch {
        return String(describing: error)
    }
}

func provinceIndex(_ name: String, _ period: Period = Period(year: 2017)) -> Int {
    guard case .found(let index) = ProvinceRegistry.bundled.resolve(name, in: period) else { fatalError("no \(name)") }
    return index
}

/// The repository's root, found from this file's path, for reading samples and shared data.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
