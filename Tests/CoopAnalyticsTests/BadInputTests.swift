import Testing
@testable import CoopAnalytics

/// The list of bad inputs, each with `FILE:LINE: message` naming the value and what is accepted.
@Suite struct BadInputTests {
    static let badFiles = [
        BadCSV(
            "an unknown province offers the closest names", "province,year,indicator,value\nNinh Binhh,2017,htx,2\n",
            .beginning("bad.csv:2: province: unknown province \"Ninh Binhh\"; did you mean Ninh Bình")),
        BadCSV(
            "an unknown indicator offers suggestions", "province,year,indicator,value\nHà Nam,2017,new_htxx,1\n",
            .beginning("bad.csv:2: indicator: unknown indicator \"new_htxx\"; did you mean new_htx")),
        BadCSV(
            "an unterminated quote is reported on the line it opens",
            "province,year,indicator,value,note\nHà Nam,2017,htx,1,\"open\nHà Nam,2017,new_htx,2,\n",
            .beginning("bad.csv:2: unterminated quoted field")),
        BadCSV(
            "a stray quote is reported on its line", "province,year,indicator,value,note\nHà Nam,2017,htx,1,\nHà Nam,2017,new_htx,2,a\"b\"c\n",
            .beginning("bad.csv:3: malformed quotes")),
        BadCSV(
            "a ragged row names both counts", "province,year,indicator,value\nHà Nam,2017,htx\n",
            .whole("bad.csv:2: this row has 3 fields but the header has 4; quote any value that contains a comma, and give every row the header's columns")),
        BadCSV(
            "a missing required column is named", "province,year,value\nHà Nam,2017,3\n",
            .beginning("bad.csv:1: missing required column indicator")),
        BadCSV(
            "a bad period says what is accepted", "province,year,indicator,value\nHà Nam,2017-13,htx,3\n",
            .whole("bad.csv:2: year: \"2017-13\" is not a period; write a year such as 2017, or a half-year such as 2017-H1 or 2017-H2")),
        BadCSV(
            "an empty file is an error", "",
            .whole("bad.csv:1: the file is empty; a data file needs a header row and at least one row of figures")),
        BadCSV(
            "a header without rows is an error", "province,year,indicator,value\n",
            .whole("bad.csv:2: the file has a header but no rows of figures; add one row per figure under the header")),
        BadCSV(
            "an empty value is an error", "province,year,indicator,value\nHà Nam,2017,htx,\n",
            .whole("bad.csv:2: value: the value is empty; write the figure, or leave the row out when it was not reported")),
    ]

    @Test(arguments: badFiles)
    func isRefusedAtItsLineWithWhatIsAccepted(_ bad: BadCSV) {
        bad.expectMessage(ingestError(bad.csv))
    }

    @Test func collectingReadsListEveryErrorInOrder() throws {
        let files = try TemporaryFiles([
            "x.csv": "province,year,indicator,value\nHà Nam,2017,htx,xyz\nHa Namm,2017,htx,1\nHà Nam,20177,htx,1\nNam Định,2017,htx,450\n"
        ])
        defer { files.cleanup() }
        let (dataset, errors) = DatasetReader().readCollecting(files: [files.path("x.csv")])
        #expect(errors.map(\.line) == [2, 3, 4])
        #expect(errors.map(\.field) == ["value", "province", "year"])
        #expect(dataset.observations.count == 1)
    }
}
