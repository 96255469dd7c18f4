import Testing
@testable import CoopAnalytics

/// The texts of a reading live with its figures: a server that reads uploads for weeks keeps none of a
/// dataset it has dropped.
@Suite struct ReadingTextsTests {
    @Test func aReadingsTextsGoWithItsFigures() throws {
        weak var texts: ReadingTexts?
        do {
            var csv = "province,year,indicator,value,source,note\n"
            for row in 0..<500 { csv += "Hà Nam,\(2000 + row % 20),new_htx,1,Nguồn \(row),ghi chú \(row)\n" }
            let dataset = try ingest(csv)
            texts = dataset.observations.first?.texts
            #expect(texts != nil)
            #expect((texts?.count ?? 0) > 1_000, "each source and note kept once")
            #expect(dataset.textBytes > 10_000)
            let kept = dataset.filter { $0.period.year == 2000 }
            #expect(kept.observations.allSatisfy { $0.texts === texts })
        }
        #expect(texts == nil, "no figure of the reading is left, so its texts are gone")
    }
}
