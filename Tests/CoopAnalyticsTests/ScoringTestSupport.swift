import Foundation
@testable import CoopAnalytics

/// A scheme read from YAML text as if it were the file `file`.
func scoringScheme(_ yaml: String, file: String = "scheme.yaml") throws -> ScoringScheme {
    try SchemeReader().read(text: yaml, file: file)
}

/// The error a scheme raises, as the user would see it.
func schemeErrorText(_ yaml: String, file: String = "scheme.yaml") -> String? {
    do {
        _ = try scoringScheme(yaml, file: file)
        return nil
    } catch {
        return String(describing: error)
    }
}

/// Scores `csv` with `yaml` in 2017 over every province with data (or `scope`).
func scoreSheet(_ csv: String, _ yaml: String, period: Period = Period(year: 2017), scope: [Int]? = nil) throws -> ScoreSheet {
    let data = try dataset(csv)
    let scheme = try scoringScheme(yaml)
    return try ScoreEngine(dataset: data).score(scheme, period: period, scope: scope ?? data.provinces(in: period))
}

/// A one-criterion scheme.
func singleCriterion(_ body: String, extra: String = "") -> String {
    """
    title: Test
    criteria:
      - id: c
    \(body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    \(extra)
    """
}
