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

    @Test func anUnknownProvinceNamesFileLineAndSuggestions() {
        let text = errorText("province,year,indicator,value\nHà Nam,2017,htx,1\nNinh Binhh,2017,htx,2\n")
        #expect(text?.hasPrefix("bad.csv:3: province: unknown province \"Ninh Binhh\"; did you mean Ninh Bình") == true)
    }

    @Test func anUnknownIndicatorSuggestsTheClosest() {
        let text = errorText("province,year,indicator,value\nHà Nam,2017,new_htxx,1\n")
        #expect(text?.contains("bad.csv:2: indicator: unknown indicator \"new_htxx\"; did you mean new_htx") == true)
    }

    @Test func aNonNumericValueIsAnError() {
        let text = errorText("province,year,indicator,value\nHà Nam,2017,htx,nhiều\n")
        #expect(text?.hasPrefix("bad.csv:2: value: \"nhiều\" is not a number") == true)
    }

    @Test func aNegativeCountIsAnError() {
        #expect(errorText("province,year,indicator,value\nHà Nam,2017,htx,-3\n")?.contains("is negative") == true)
    }

    @Test func aBadPeriodIsAnError() {
        #expect(errorText("province,year,indicator,value\nHà Nam,17,htx,3\n")?.hasPrefix("bad.csv:2: year: \"17\" is not a period") == true)
    }

    @Test func aMissingRequiredColumnIsNamed() {
        #expect(errorText("province,year,value\nHà Nam,2017,3\n")?.hasPrefix("bad.csv:1: missing required column indicator") == true)
    }

    @Test func aRaggedRowIsAnError() {
        #expect(errorText("province,year,indicator,value\nHà Nam,2017,htx,3,9\n")?.hasPrefix("bad.csv:2: this row has 5 fields but the header has 4") == true)
    }

    @Test func theSameFigureTwiceWithDifferentValuesNamesBothPlaces() {
        let text = errorText("province,year,indicator,value\nHà Nam,2017,htx,3\nha nam,2017,htx,4\n")
        #expect(text?.hasPrefix("bad.csv:3: value: Hà Nam htx 2017 is given twice with different values: 4 here and 3 at bad.csv:2") == true)
    }

    @Test func anEmptyFileIsAnError() {
        #expect(errorText("")?.hasPrefix("bad.csv:1: the file is empty") == true)
    }

    @Test func aMergedProvinceAfterTheMergerPointsToItsSuccessor() {
        let text = errorText("province,year,indicator,value\nHà Nam,2026,htx,3\n")
        #expect(text?.contains("was not in force in 2026") == true)
        #expect(text?.contains("Ninh Bình (37, from 2025-07-01)") == true)
    }

    @Test func theBundledSamplesRead() throws {
        let files = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv"].map { repositoryRoot.appendingPathComponent($0).path }
        let data = try DatasetReader().read(files: files)
        #expect(data.observations.count > 80)
    }
}
