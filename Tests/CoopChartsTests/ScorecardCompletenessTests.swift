import CoopCharts
import Testing

/// The score sheet promises every row's rank, name, points and total: at national scale it continues in
/// blocks side by side rather than cutting a name or dropping a row.
@Suite struct ScorecardCompletenessTests {
    @Test("every rank, name, point and total is printed whole", arguments: [9, 34, 63])
    func everyRowIsPrinted(count: Int) throws {
        let chart = CatalogFixtures.chart("scorecard", count: count) as! ScorecardTable
        #expect(chart.requiredLabels.count >= count * 3)
        for size in [Size(width: 960, height: 540), PageSize.a4.size, PageSize.a4Landscape.size] {
            let layout = try RecordedLayout(chart, size: size)
            #expect(layout.missingLabels(of: chart) == [], "\(count) rows at \(size)")
        }
    }
}
