import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// `validate --cluster` refuses a cluster that does not fit the figures' periods, as every other command
/// does; the summary's notes are in the summary's language.
@Suite struct ClusterFitAndNotesTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    @Test func theDeltaClusterOf2017DoesNotFit2026FiguresAndValidateSaysWhy() throws {
        let file = Self.samples.appendingPathComponent("national-2026-illustrative.csv").path
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let (dataset, errors) = DatasetReader().readCollecting(files: [file])
        #expect(errors.isEmpty)
        let unfit = ClusterFit.errors(cluster, in: dataset)
        #expect(unfit.count == 1)
        let error = try #require(unfit.first)
        #expect(error.file == "--cluster" && error.line == nil)
        #expect(
            error.message.hasPrefix(
                "cluster dbsh-2017 does not fit 2026: its members Ninh Bình, Hà Nam, Nam Định, Thái Bình, Vĩnh Phúc, Bắc Ninh, "
                    + "Hải Dương, Hưng Yên ended on 2025-06-30 and are parts of Bắc Ninh, Phú Thọ, Hải Phòng, Hưng Yên, Ninh Bình in 2026. "))
        #expect(
            error.message.hasSuffix(
                "Validate the files without --cluster, or give a cluster file that lists the units in force in 2026 "
                    + "(to compare across the 2025 merger, the other commands harmonize the figures: `coopchart summary … --harmonize`)"))
        let vietnamese = error.message(in: .vi)
        #expect(
            vietnamese.hasPrefix(
                "cụm dbsh-2017 không khớp với kỳ 2026: các thành viên Ninh Bình, Hà Nam, Nam Định, Thái Bình, Vĩnh Phúc, Bắc Ninh, "
                    + "Hải Dương, Hưng Yên chỉ tồn tại đến ngày 30/6/2025 và trong kỳ 2026 thuộc Bắc Ninh, Phú Thọ, Hải Phòng, Hưng Yên, Ninh Bình. "))
        #expect(
            vietnamese.hasSuffix(
                "Hãy kiểm tra các tệp mà không dùng --cluster, hoặc dùng một tệp cụm liệt kê các đơn vị có hiệu lực trong kỳ 2026 "
                    + "(để so sánh qua đợt sáp nhập năm 2025, các lệnh khác quy đổi số liệu: `coopchart summary … --harmonize`)"))
        #expect(vietnameseProblems(error).isEmpty)
        // The same reason the other commands give (`Cluster.checkApplies`), up to what each can do about it.
        #expect(throws: InputError.self) { try cluster.checkApplies(to: Period(year: 2026), registry: dataset.registry) }
        do {
            try cluster.checkApplies(to: Period(year: 2026), registry: dataset.registry)
        } catch let other as InputError {
            let reason = { (message: String) in message.components(separatedBy: ". ").first }
            #expect(reason(other.message) == reason(error.message))
        }
        // The library's validation reports it as an error.
        let report = Validator.validate(files: [file], reader: DatasetReader(), cluster: cluster)
        #expect(!report.isValid && report.findings.contains { $0.severity == .error && $0.file == "--cluster" })
    }

    @Test func aClusterThatFitsItsFiguresGivesNoError() throws {
        let files = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv", "dbsh-2015-2019-illustrative.csv"].map { Self.samples.appendingPathComponent($0).path }
        let (dataset, _) = DatasetReader().readCollecting(files: files)
        #expect(ClusterFit.errors(try #require(Cluster.builtIn("dbsh-2017")), in: dataset).isEmpty)
        // 2025 as a whole year still holds the old units: the cluster fits it.
        var merged = Dataset()
        try DatasetReader().read(bytes: Array("province,year,indicator,value\nHà Nam,2025,htx,10\n".utf8), file: "2025.csv", into: &merged)
        #expect(ClusterFit.errors(try #require(Cluster.builtIn("dbsh-2017")), in: merged).isEmpty)
    }

    @Test func theSummarysNotesAreInItsLanguage() throws {
        let data = try dataset(
            """
            province,year,indicator,value
            Hà Nam,2022,revenue_avg,120
            Nam Định,2022,revenue_avg,150
            Nam Định,2022,htx,30
            """)
        let vietnamese = try SummaryReport(dataset: data, period: Period(year: 2022), language: .vi)
        #expect(
            vietnamese.notes == [
                "Doanh thu bình quân (revenue_avg) kỳ 2022: không có số tổng, vì bình quân gia quyền cần số liệu Số HTX (htx) "
                    + "của mọi tỉnh, nhưng Hà Nam không có số liệu này trong kỳ 2022"
            ])
        #expect(vietnamese.notes.allSatisfy(isVietnameseNFC))
        let english = try SummaryReport(dataset: data, period: Period(year: 2022), language: .en)
        #expect(english.notes == ["revenue_avg 2022: no total, because the weighted mean needs htx for every province, and Hà Nam has none in 2022"])
        #expect(english.table(catalog: data.catalog, language: .en).hasSuffix(english.notes[0] + "\n"))
    }

    @Test func everyReasonForNoTotalHasItsVietnamese() throws {
        let indicator = try #require(IndicatorCatalog.standard["revenue_avg"])
        let reasons: [IndicatorTable.TotalUnavailable] = [
            .noFigures, .doesNotAggregate, .zeroWeights(weight: "htx"),
            .missingWeight(weight: "htx", province: "Hà Nam", period: Period(year: 2022)),
        ]
        for reason in reasons {
            let vi = AnalyticsWords.for(.vi).reason(reason, indicator: indicator), en = AnalyticsWords.for(.en).reason(reason, indicator: indicator)
            #expect(vi != en && isVietnameseNFC(vi), "\(vi)")
        }
        #expect(AnalyticsWords.for(.en).reason(.zeroWeights(weight: "htx"), indicator: indicator) == "the weights (htx) add up to zero")
    }
}
