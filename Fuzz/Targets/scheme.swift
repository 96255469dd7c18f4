import CoopAnalytics

/// Reads arbitrary text as a scoring scheme (YAML through Yams, then criteria, formulas,
/// adjustments, tiebreaks and awards) and scores every scheme that reads against a small fixed
/// dataset, then writes the sheet as CSV, JSON and a table. A thrown `InputError`, `InputErrors`
/// or scoring error is the expected answer to bad input; only a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let scheme = try SchemeReader().read(text: text, file: "fuzz.yaml")
        let sheet = try ScoreEngine(dataset: fixture).score(scheme, period: scheme.period ?? Period(year: 2017), scope: scope)
        let output = ScoreSheetOutput(sheet: sheet, language: .vi)
        _ = (output.csv(), output.json(), output.table(), output.notes())
    } catch {
        _ = String(describing: error)
    }
    return 0
}

/// Two years of figures for four provinces, with a zero, a tie and missing values (the empty cells),
/// so every method meets its edge cases (max = min, x = 0, n = 1, prev()).
private let fixtureCSV = """
    province,year,new_htx,htx,members,target_new_htx
    Quảng Ninh,2016,70,,,
    Quảng Ninh,2017,86,500,20000,80
    Bắc Ninh,2016,35,,,
    Bắc Ninh,2017,35,350,0,40
    Ninh Bình,2017,0,0,,
    Hà Nam,2016,4,,,
    Hà Nam,2017,35,200,9000,0

    """

private let fixture: Dataset = {
    var dataset = Dataset()
    do {
        try DatasetReader().read(bytes: Array(fixtureCSV.utf8), file: "fixture.csv", into: &dataset)
    } catch {
        fatalError("the scheme target's fixture must read: \(error)")
    }
    return dataset
}()

private let scope = fixture.provinces(in: Period(year: 2017))
