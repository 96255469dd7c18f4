import Testing
@testable import CoopAnalytics

@Suite struct ValidatorTests {
    private func warnings(_ csv: String, cluster: Cluster? = nil) throws -> [String] {
        Validator.warnings(for: try ingest(csv, file: "v.csv"), cluster: cluster).map(\.description)
    }

    @Test func aClusterTotalThatDiffersFromItsProvincesIsAWarning() throws {
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        #expect(
            try warnings("province,year,indicator,value\nToàn cụm,2017,new_htx,206\nQuảng Ninh,2017,new_htx,86\nBắc Ninh,2017,new_htx,35\n", cluster: cluster)
                == [
                    "v.csv:2: warning: the cluster total Toàn cụm new_htx 2017 is 206, but its 2 provinces add up to 121 (difference 85); no figure from Vĩnh Phúc, Hải Dương, Hưng Yên, Thái Bình, Hà Nam, Nam Định, Ninh Bình"
                ])
    }

    @Test func everyWarningHasAVietnameseMessageForAVietnameseReport() throws {
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let findings = Validator.warnings(
            for: try ingest(
                """
                province,year,indicator,value
                Toàn cụm,2017,new_htx,206
                Quảng Ninh,2017,new_htx,86
                Hà Nam,2017,htx,20
                Hà Nam,2017,new_htx,25
                Hà Nam,2017,effective_share,112
                Quảng Ninh,2022,target_new_htx,30
                Quảng Ninh,2017-H1,new_htx,40
                """, file: "v.csv"), cluster: cluster)
        #expect(findings.count == 5)
        for finding in findings {
            let vietnamese = finding.message(in: .vi)
            #expect(vietnamese != finding.message, "\(finding.message)")
            for english in ["the cluster total", "more than its total", "outside", "has a target", "mixes the half-year"] {
                #expect(!vietnamese.contains(english), "\(vietnamese)")
            }
        }
        #expect(findings.contains { $0.message(in: .vi).hasPrefix("số tổng của cụm (Toàn cụm) về new_htx 2017 là 206, nhưng 2 tỉnh cộng lại được 111") })
    }

    @Test func aClusterTotalThatMatchesIsSilent() throws {
        #expect(try warnings("province,year,indicator,value\nCụm,2017,new_htx,121\nQuảng Ninh,2017,new_htx,86\nBắc Ninh,2017,new_htx,35\n").isEmpty)
    }

    /// A figure that reads but looks wrong, and the one warning it must give.
    struct SuspectFigure: CustomTestStringConvertible, Sendable {
        let behaviour: String
        let csv: String
        let warning: String
        var testDescription: String { behaviour }
    }

    static let suspectFigures = [
        SuspectFigure(
            behaviour: "a part above its whole is a warning",
            csv: "province,year,indicator,value\nHà Nam,2017,htx,20\nHà Nam,2017,new_htx,25\n",
            warning: "v.csv:3: warning: Hà Nam new_htx 2017 is 25, more than its total htx 20 (at v.csv:2); a part cannot exceed its whole"),
        SuspectFigure(
            behaviour: "a share outside 0–100 is a warning",
            csv: "province,year,indicator,value\nHà Nam,2017,effective_share,112\n",
            warning: "v.csv:2: warning: Hà Nam effective_share 2017 is 112 %, outside 0–100 %; a share is a percentage of its whole"),
        SuspectFigure(
            behaviour: "a target without an actual is a warning",
            csv: "province,year,indicator,value\nQuảng Ninh,2022,target_new_htx,ít nhất 30\n",
            warning: "v.csv:2: warning: Quảng Ninh has a target target_new_htx for 2022 but no actual new_htx for 2022 to compare it with"),
        SuspectFigure(
            behaviour: "a half-year mixed with the full year is a warning",
            csv: "province,year,indicator,value\nQuảng Ninh,2022,new_htx,25\nThái Bình,2022-H1,new_htx,2\n",
            warning: "v.csv:3: warning: new_htx mixes the half-year 2022-H1 (here) with the full year 2022 (at v.csv:2); "
                + "compare half-years with half-years and years with years"),
    ]

    @Test(arguments: suspectFigures)
    func givesItsOneWarningAtItsLine(_ figure: SuspectFigure) throws {
        #expect(try warnings(figure.csv) == [figure.warning])
    }

    @Test func theSamplesWithTheirClusterTotalsValidate() throws {
        let files = ["samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "samples/dbsh-2017-cluster-totals.csv", "samples/dbsh-2017-wide.csv"]
            .map { repositoryRoot.appendingPathComponent($0).path }
        let report = Validator.validate(files: files, reader: DatasetReader())
        #expect(report.errorCount == 0)
        #expect(!report.findings.contains { $0.message.contains("cluster total Toàn cụm htx") })
        #expect(!report.findings.contains { $0.message.contains("cluster total Toàn cụm new_htx") })
    }

    @Test func theSummaryLineCountsErrorsWarningsFilesAndFigures() {
        let report = ValidationReport(findings: [Finding(error: InputError(file: "a", line: 2, message: "m"))], files: 2, figures: 5)
        #expect(report.summary == "1 error, no warnings in 2 files (5 figures read)")
    }
}
