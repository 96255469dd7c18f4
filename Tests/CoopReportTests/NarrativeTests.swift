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
        #expect(
            overview.paragraph.hasPrefix(
                "Năm 2017, toàn cụm thành lập mới ít nhất 174 HTX, trong đó Quảng Ninh dẫn đầu với 86 HTX (49,4%) (tổng của 5/9 tỉnh có số liệu)."))
    }

    @Test func anIndicatorStoryNamesTheLeaderTheLowestAndTheMissing() throws {
        let dataset = try sampleDataset(["samples/dbsh-2017.csv"])
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let table = IndicatorTable(dataset: dataset, indicator: dataset.catalog["new_htx"]!, period: Period(year: 2017), scope: cluster.members)
        let story = IndicatorStory(table: table, previous: nil, dataset: dataset, language: .vi)
        #expect(
            story.sentences == [
                "Quảng Ninh dẫn đầu về HTX thành lập mới với 86 HTX.",
                "Thấp nhất là Nam Định với 10 HTX.",
                "Chưa có số liệu của Hà Nam, Thái Bình, Hải Dương và Hưng Yên.",
            ])
    }

    /// Figures written for a test, read as one dataset.
    func dataset(_ csv: String) throws -> Dataset {
        var data = Dataset()
        try DatasetReader().read(bytes: Array(csv.utf8), file: "ties.csv", into: &data)
        return data
    }

    /// Two provinces tied for the most new cooperatives, two tied for the fewest.
    static let ties = """
        province,year,indicator,value
        Hà Nam,2017,new_htx,20
        Nam Định,2017,new_htx,20
        Ninh Bình,2017,new_htx,9
        Thái Bình,2017,new_htx,4
        Hải Dương,2017,new_htx,4
        """

    @Test func anIndicatorStoryNamesEveryProvinceTiedForTheHighestAndForTheLowest() throws {
        let data = try dataset(Self.ties)
        let period = Period(year: 2017)
        let table = IndicatorTable(dataset: data, indicator: data.catalog["new_htx"]!, period: period, scope: data.provinces(in: period))
        let vietnamese = IndicatorStory(table: table, previous: nil, dataset: data, language: .vi).sentences
        #expect(
            vietnamese.prefix(2) == [
                "Hà Nam và Nam Định cùng dẫn đầu về HTX thành lập mới với 20 HTX.",
                "Thấp nhất là Hải Dương và Thái Bình, cùng 4 HTX.",
            ])
        let english = IndicatorStory(table: table, previous: nil, dataset: data, language: .en).sentences
        #expect(english[1] == "The lowest are Hải Dương and Thái Bình, with 4 cooperatives each.")
    }

    @Test func theScorecardStoryNamesEveryProvinceSharingSecondPlace() throws {
        let data = try dataset(Self.ties.replacingOccurrences(of: "Hà Nam,2017,new_htx,20", with: "Hà Nam,2017,new_htx,30"))
        let scheme = try SchemeReader().read(
            text: """
                title: "Thử"
                criteria:
                  - {id: new, indicator: new_htx, points: 10, method: proportional}
                """, file: "ties.yaml")
        let period = Period(year: 2017)
        let sheet = try ScoreEngine(dataset: data).score(scheme, period: period, scope: data.provinces(in: period))
        #expect(
            ReportFigures.scorecardStory(sheet, language: .vi).first
                == "Theo thang điểm \"Thử\", Hà Nam đứng đầu với 10 điểm, tiếp theo là Nam Định (6,67 điểm).")
        let tiedSecond = try dataset(Self.ties.replacingOccurrences(of: "Ninh Bình,2017,new_htx,9", with: "Ninh Bình,2017,new_htx,30"))
        let twoSecond = try ScoreEngine(dataset: tiedSecond).score(scheme, period: period, scope: tiedSecond.provinces(in: period))
        #expect(
            ReportFigures.scorecardStory(twoSecond, language: .vi).first
                == "Theo thang điểm \"Thử\", Ninh Bình đứng đầu với 10 điểm, tiếp theo là Hà Nam và Nam Định, cùng 6,67 điểm.")
        #expect(
            ReportFigures.scorecardStory(twoSecond, language: .en).first
                == "Under \"Thử\", Ninh Bình ranks first with 10 points, followed by Hà Nam and Nam Định with 6.67 points each.")
    }

    @Test func theRobustnessStoryNamesEveryProvinceTiedAtRankOne() throws {
        let data = try dataset(Self.ties)
        let scheme = try SchemeReader().read(
            text: """
                title: "Thử"
                criteria:
                  - {id: new, indicator: new_htx, points: 10, method: proportional}
                """, file: "ties.yaml")
        let period = Period(year: 2017)
        let sheet = try ScoreEngine(dataset: data).score(scheme, period: period, scope: data.provinces(in: period))
        let analysis = SensitivityAnalysis(sheet: sheet, draws: 200, seed: 1, spread: 0.2)
        let story = ReportFigures.robustnessStory(analysis, language: .vi)
        #expect(story[1].hasPrefix("Hà Nam và Nam Định cùng xếp hạng 1; tỷ lệ số lần thử giữ hạng 1: Hà Nam "), "\(story)")
        #expect(story[1].contains("; Nam Định "))
        #expect(ReportFigures.scorecardStory(sheet, language: .vi).first?.hasPrefix("Hà Nam và Nam Định cùng đạt 10 điểm") == true)
    }

    @Test func aNationalReportSpeaksOfTheCountryAndAReportOfSomeProvincesOfThoseProvinces() throws {
        let national = try sampleDataset(["samples/national-2024-illustrative.csv"])
        let period = Period(year: 2024)
        let everyone = national.provinces(in: period)
        #expect(ReportWhole.of(cluster: nil, scope: everyone, period: period, registry: national.registry) == .country)
        #expect(ReportWhole.of(cluster: nil, scope: Array(everyone.prefix(9)), period: period, registry: national.registry) == .provinces)
        let overview = Overview(dataset: national, period: period, scope: everyone, previousScope: everyone, language: .vi, whole: .country)
        #expect(overview.paragraph.hasPrefix("Năm 2024, cả nước thành lập mới 2.767 HTX, trong đó Đà Nẵng dẫn đầu"), "\(overview.paragraph)")
        let stocks = ["htx": "1", "members": "2", "tht": "3", "funds": "4"]
        #expect(
            Phrasebook.vietnamese.overviewStocks.fill(Phrasebook.vietnamese.wholeSlots(.country).merging(stocks) { $1 })
                == "Cả nước có 1 HTX với 2 thành viên, 3 tổ hợp tác và 4 quỹ tín dụng nhân dân.")
        #expect(
            Phrasebook.english.overviewStocks.fill(Phrasebook.english.wholeSlots(.provinces).merging(stocks) { $1 })
                == "The provinces have 1 cooperatives with 2 members, 3 cooperative groups and 4 people's credit funds.")
        let english = Overview(dataset: national, period: period, scope: everyone, previousScope: everyone, language: .en, whole: .provinces)
        #expect(english.paragraph.hasPrefix("In 2024, the provinces founded 2,767 new cooperatives"), "\(english.paragraph)")
        let table = IndicatorTable(dataset: national, indicator: national.catalog["htx"]!, period: period, scope: everyone)
        let story = IndicatorStory(table: table, previous: nil, dataset: national, language: .vi, whole: .country)
        #expect(story.sentences.first?.hasSuffix("tổng số cả nước.") == true, "\(story.sentences)")
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
