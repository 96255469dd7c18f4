import Testing
import CoopFormatting
@testable import CoopAnalytics

@Suite struct FormatTests {
    @Test func vietnameseHeadersMatchWithoutCaseOrDiacritics() throws {
        let data = try ingest("TINH,nam,Chi Tieu,GIÁ TRỊ,Đơn vị,Ghi chú,Nguồn,Mức độ\nHà Nam,2017,htx,289,HTX,n,s,khoảng\n")
        let observation = try #require(data.observations.first)
        #expect(observation.value == 289)
        #expect(observation.qualifier == .approx)
        #expect(observation.unit == "HTX")
        #expect(observation.source == "s")
        #expect(observation.note == "n")
    }

    @Test func aWideFileHasOneColumnPerIndicator() throws {
        let data = try ingest("Tỉnh,Năm,Số HTX,HTX thành lập mới,revenue_avg,Nguồn\nHà Nam,2017,289,4,\"1.250,5\",A\nNam Định,2017,450,,~900,A\n")
        #expect(data.observations.map(\.indicator) == ["htx", "new_htx", "revenue_avg", "htx", "revenue_avg"])
        #expect(data.observations.map(\.value) == [289, 4, 1250.5, 450, 900])
        #expect(data.observations.last?.qualifier == .approx)
        #expect(data.observations.map(\.origin.line) == [2, 2, 2, 3, 3])
    }

    @Test func aWideFileWithAnUnknownIndicatorColumnSuggestsTheClosest() {
        // The header names the column, the did-you-mean lists the closest indicators.
        #expect(
            ingestError("province,year,htx,new_htxx\nHà Nam,2017,289,4\n")?
                .hasPrefix("bad.csv:1: new_htxx: column \"new_htxx\" is not a known indicator; did you mean new_htx, new_tht, htx?") == true)
    }

    @Test func aWideFileErrorNamesTheIndicatorColumn() {
        #expect(
            ingestError("province,year,htx,members\nHà Nam,2017,289,-5\n")
                == "bad.csv:2: members: \"-5\" is negative, but members is a count; a count is 0 or more")
    }

    @Test func severalFilesAreOneDatasetAndADuplicateNamesBothFiles() throws {
        let files = try TemporaryFiles([
            "a.csv": "province,year,indicator,value\nHà Nam,2017,htx,289\n",
            "b.csv": "province,year,indicator,value\nNam Định,2017,htx,450\nhà nam,2017,Số HTX,290\n",
        ])
        defer { files.cleanup() }
        #expect(
            throws: InputError(
                file: files.path("b.csv"), line: 3, field: "value",
                message: "Hà Nam htx 2017 is given twice with different values: 290 here and 289 at \(files.path("a.csv")):2; keep one of them",
                vietnamese: "Hà Nam htx 2017 được ghi hai lần với hai giá trị khác nhau: 290 ở đây và 289 tại \(files.path("a.csv")):2; giữ một trong hai")
        ) {
            try DatasetReader().read(files: [files.path("a.csv"), files.path("b.csv")])
        }
    }

    @Test func theSameFigureTwiceWithTheSameValueIsKeptOnce() throws {
        let data = try ingest("province,year,indicator,value\nHà Nam,2017,htx,289\nHà Nam,2017,htx,289\n")
        #expect(data.observations.count == 1)
    }

    @Test func clusterTotalRowsAreKeptApartFromProvinces() throws {
        let data = try ingest("province,year,indicator,value\nToàn cụm,2017,htx,4.139\nCụm,2017,new_htx,206\nALL,2017,tht,7.811\nHà Nam,2017,htx,289\n")
        #expect(data.observations.count == 1)
        let totals = data.clusterTotals.sorted { $0.origin.line < $1.origin.line }
        #expect(totals.map(\.indicator) == ["htx", "new_htx", "tht"])
        #expect(totals.map(\.value) == [4139, 206, 7811])
        #expect(data.clusterTotal(period: Period(year: 2017), indicator: "new_htx")?.label == "Cụm")
    }

    @Test func provincesResolveByCodeAtTheRowsPeriod() throws {
        let data = try ingest("province,year,indicator,value\n24,2017,htx,100\n24,2026,htx,300\n")
        #expect(data.observations.map { ProvinceRegistry.bundled.provinces[$0.province].name } == ["Bắc Giang", "Bắc Ninh"])
    }

    @Test func blankRowsAndTrailingEmptyColumnsAreIgnored() throws {
        let data = try ingest("province,year,indicator,value\n\nHà Nam,2017,htx,289,,\n,,,\n")
        #expect(data.observations.count == 1)
    }

    @Test func crlfLineEndsKeepLineNumbers() {
        #expect(ingestError("province,year,indicator,value\r\nHà Nam,2017,htx,1\r\n\r\nHà Nam,2017,new_htx,12a\r\n")?.hasPrefix("bad.csv:4: value:") == true)
    }

    @Test func aQuotedFieldSpanningLinesKeepsLaterLineNumbers() {
        #expect(
            ingestError("province,year,indicator,value,note\nHà Nam,2017,htx,1,\"two\nlines\"\nHà Nam,2017,new_htx,12a,\n")?.hasPrefix("bad.csv:4: value:")
                == true)
    }
}
