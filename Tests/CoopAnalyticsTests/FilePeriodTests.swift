import Foundation
import Testing
@testable import CoopAnalytics

/// The period of a file that names none itself: `filePeriods` (`--year-of FILE=PERIOD`) before
/// `defaultPeriod` (`--year`), and what a file says before either.
@Suite struct FilePeriodTests {
    static let table2022 = "STT,Tỉnh,Số HTX\n1,Hà Nam,280\n2,Nam Định,700\n"
    static let table2023 = "STT,Tỉnh,Số HTX\n1,Hà Nam,289\n2,Nam Định,735\n"

    func read(_ files: [(String, String)], periods: [String: String] = [:], year: String? = nil) throws -> Dataset {
        var reader = DatasetReader()
        reader.filePeriods = periods.mapValues { Period(parsing: $0)! }
        reader.defaultPeriod = year.flatMap { Period(parsing: $0) }
        return try reader.read(inputs: files.map { DataInput(name: $0.0, bytes: Array($0.1.utf8)) })
    }

    @Test func twoYearlyReportsWithoutAYearReadTogetherWithAPeriodEach() throws {
        let dataset = try read(
            [("bc-2022.csv", Self.table2022), ("bc-2023.csv", Self.table2023)],
            periods: ["bc-2022.csv": "2022", "bc-2023.csv": "2023"])
        #expect(WorkbookFixtures.figures(dataset) == ["Hà Nam 2022 htx 280", "Hà Nam 2023 htx 289", "Nam Định 2022 htx 700", "Nam Định 2023 htx 735"])
    }

    @Test func theFilesPeriodComesBeforeTheFallbackYear() throws {
        let dataset = try read(
            [("bc-2022.csv", Self.table2022), ("bc-2023.csv", Self.table2023)],
            periods: ["bc-2022.csv": "2022"], year: "2023")
        #expect(WorkbookFixtures.figures(dataset) == ["Hà Nam 2022 htx 280", "Hà Nam 2023 htx 289", "Nam Định 2022 htx 700", "Nam Định 2023 htx 735"])
    }

    @Test func aYearColumnIsWhatTheFileSaysWhateverIsGiven() throws {
        let dataset = try read([("bc.csv", "Tỉnh,Năm,Số HTX\nHà Nam,2021,270\n")], periods: ["bc.csv": "2023"], year: "2024")
        #expect(WorkbookFixtures.figures(dataset) == ["Hà Nam 2021 htx 270"])
    }
}
