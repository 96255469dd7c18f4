import Foundation
import Testing
import CoopAnalytics
import CoopFormatting
@testable import CoopReport

@Suite struct NarrativeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The named sample files read as one dataset (by default the 2017 figures with their illustrative companion).
    func sampleDataset(_ files: [String] = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"]) throws -> Dataset {
        try DatasetReader().read(files: files.map { Self.root.appendingPathComponent($0).path })
    }

    /// The dbsh-2017 cluster's 2017 overview of `dataset`, compared with the same members a year before.
    func clusterOverview(of dataset: Dataset, language: Language) throws -> Overview {
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        return Overview(dataset: dataset, period: Period(year: 2017), scope: cluster.members, previousScope: cluster.members, language: language)
    }

    @Test func theOverviewStatesTheClusterTotalTheLeaderAndItsShareTheVietnameseWay() throws {
        let overview = try clusterOverview(of: try sampleDataset(), language: .vi)
        #expect(overview.paragraph.hasPrefix("Năm 2017, toàn cụm thành lập mới 206 HTX, trong đó Quảng Ninh dẫn đầu với 86 HTX (41,7%)."))
        #expect(overview.paragraph.contains("Toàn cụm có 4.139 HTX với 2.425.931 thành viên, 7.811 tổ hợp tác và 373 quỹ tín dụng nhân dân."))
        #expect(overview.tiles.first { $0.label == "HTX thành lập mới" }?.change == "tăng 16,4% so với năm 2016")
    }

    @Test func theEnglishOverviewUsesEnglishNumbers() throws {
        let overview = try clusterOverview(of: try sampleDataset(), language: .en)
        #expect(overview.paragraph.hasPrefix("In 2017, the cluster founded 206 new cooperatives; Quảng Ninh led with 86 (41.7%)."))
        #expect(overview.paragraph.contains("4,139 cooperatives with 2,425,931 members"))
    }

    @Test func withMembersMissingTheTotalIsALowerBoundAndTheCoverageIsSaid() throws {
        let overview = try clusterOverview(of: try sampleDataset(["samples/dbsh-2017.csv"]), language: .vi)
        #expect(overview.paragraph.hasPrefix("Năm 2017, toàn cụm thành lập mới ít nhất 174 HTX, trong đó Quảng Ninh dẫn đầu với 86 HTX (49,4%) (tổng của 5/9 tỉnh có số liệu)."))
    }

    @Test func anIndicatorStoryNamesTheLeaderTheLowestAndTheMissing() throws {
        let dataset = try sampleDataset(["samples/dbsh-2017.csv"])
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let table = IndicatorTable(dataset: dataset, indicator: dataset.catalog["new_htx"]!, period: Period(year: 2017), scope: cluster.members)
        let story = IndicatorStory(table: table, previous: nil, dataset: dataset, language: .vi)
        #expect(story.sentences == [
            "Quảng Ninh dẫn đầu về HTX thành lập mới với 86 HTX.",
            "Thấp nhất là Nam Định với 10 HTX.",
            "Chưa có số liệu của Hà Nam, Thái Bình, Hải Dương và Hưng Yên.",
        ])
    }

    @Test func boundsStayBoundsInSentences() {
        let words = Phrasebook.vietnamese
        #expect(words.qualified("590", .approx) == "khoảng 590")
        #expect(words.qualified("174", .atLeast) == "ít nhất 174")
        #expect(Phrasebook.english.qualified("3,000", .atMost) == "nearly 3,000")
    }

    @Test func everyTemplateSlotIsFilled() {
        let filled = Template("{a} và {b}").fill(["a": "Hà Nam", "b": "Nam Định"])
        #expect(filled == "Hà Nam và Nam Định")
        #expect(Template("{missing}").fill([:]) == "{missing}")
    }
}
