import Testing
@testable import CoopAnalytics

@Suite struct DatasetReaderTests {
    @Test func columnsAreFoundInAnyOrderAndExtraColumnsIgnored() throws {
        let data = try dataset("value,extra,indicator,year,province,qualifier\n86,x,new_htx,2017,Quảng Ninh,approx\n")
        let observation = try #require(data.observations.first)
        #expect(observation.value == 86)
        #expect(observation.qualifier == .approx)
        #expect(observation.indicator == "new_htx")
        #expect(observation.origin == SourceLocation(file: "test.csv", line: 2))
    }

    @Test func indicatorsAreMatchedByIdOrVietnameseLabel() throws {
        let data = try dataset("province,year,indicator,value\nNam Định,2017,HTX thành lập mới,10\nNam Dinh,2017,so htx,450\n")
        #expect(data.observations.map(\.indicator) == ["new_htx", "htx"])
    }

    @Test func halfYearsAreRead() throws {
        let data = try dataset("province,year,indicator,value\nThái Bình,2022-H1,new_htx,2\n")
        #expect(data.observations.first?.period == Period(year: 2022, part: .firstHalf))
    }

    @Test func labelsAreStoredInNFC() throws {
        let decomposed = "Nguo\u{0302}\u{0300}n A"
        let data = try dataset("province,year,indicator,value,source\nHà Nam,2017,htx,1,\(decomposed)\n")
        #expect(data.observations.first?.source?.unicodeScalars.elementsEqual("Nguồn A".unicodeScalars) == true)
    }

    static let badFiles = [
        BadCSV(
            "an unknown province names file, line and suggestions", "province,year,indicator,value\nHà Nam,2017,htx,1\nNinh Binhh,2017,htx,2\n",
            .beginning("bad.csv:3: province: unknown province \"Ninh Binhh\"; did you mean Ninh Bình")),
        BadCSV(
            "an unknown indicator suggests the closest", "province,year,indicator,value\nHà Nam,2017,new_htxx,1\n",
            .containing("bad.csv:2: indicator: unknown indicator \"new_htxx\"; did you mean new_htx")),
        BadCSV(
            "a non-numeric value is an error", "province,year,indicator,value\nHà Nam,2017,htx,nhiều\n",
            .beginning("bad.csv:2: value: \"nhiều\" is not a number")),
        BadCSV("a negative count is an error", "province,year,indicator,value\nHà Nam,2017,htx,-3\n", .containing("is negative")),
        BadCSV("a bad period is an error", "province,year,indicator,value\nHà Nam,17,htx,3\n", .beginning("bad.csv:2: year: \"17\" is not a period")),
        BadCSV("a missing required column is named", "province,year,value\nHà Nam,2017,3\n", .beginning("bad.csv:1: missing required column indicator")),
        BadCSV(
            "a ragged row is an error", "province,year,indicator,value\nHà Nam,2017,htx,3,9\n",
            .beginning("bad.csv:2: this row has 5 fields but the header has 4")),
        BadCSV(
            "the same figure twice with different values names both places", "province,year,indicator,value\nHà Nam,2017,htx,3\nha nam,2017,htx,4\n",
            .beginning("bad.csv:3: value: Hà Nam htx 2017 is given twice with different values: 4 here and 3 at bad.csv:2")),
        BadCSV("an empty file is an error", "", .beginning("bad.csv:1: the file is empty")),
        BadCSV(
            "a merged province after the merger points to its successor", "province,year,indicator,value\nHà Nam,2026,htx,3\n",
            .containing("was not in force in 2026"), .containing("Ninh Bình (37, from 2025-07-01)")),
    ]

    @Test(arguments: badFiles)
    func isRefusedNamingFileLineAndValue(_ bad: BadCSV) {
        bad.expectMessage(errorText(bad.csv))
    }

    @Test func theBundledSamplesRead() throws {
        let files = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"].map { repositoryRoot.appendingPathComponent($0).path }
        let data = try DatasetReader().read(files: files)
        #expect(data.observations.count > 80)
    }
}
