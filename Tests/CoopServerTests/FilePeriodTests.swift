import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// Yearly reports as offices write them — a table for one year with no year column — uploaded together
/// with a file of another year: each file keeps its own period, and every chart, ranking and report
/// selects from that reading.
@Suite("Each file keeps its own period")
struct FilePeriodTests {
    /// An office table for one year: a header with no year column, under a title that names the year (or,
    /// `titled: false`, a title that names none, so only the upload can give its period).
    static func yearlyReport(_ year: Int, hanam: Int, namdinh: Int, titled: Bool = true) -> [UInt8] {
        Array(
            """
            BÁO CÁO SỐ LIỆU HỢP TÁC XÃ\(titled ? " NĂM \(year)" : "")
            "Tỉnh, thành phố",Số HTX,HTX thành lập mới
            Hà Nam,\(300 + hanam),\(hanam)
            Nam Định,\(400 + namdinh),\(namdinh)

            """.utf8)
    }

    static let files: [(String, [UInt8])] = [
        ("bao-cao-2022.csv", yearlyReport(2022, hanam: 12, namdinh: 15)),
        ("bao-cao-2023.csv", yearlyReport(2023, hanam: 21, namdinh: 18)),
    ]
    /// The same reports under titles that name no year.
    static let untitledFiles: [(String, [UInt8])] = [
        ("bao-cao-2022.csv", yearlyReport(2022, hanam: 12, namdinh: 15, titled: false)),
        ("bao-cao-2023.csv", yearlyReport(2023, hanam: 21, namdinh: 18, titled: false)),
    ]

    /// Hà Nam's new_htx in `year`, with where it was read, from the figures as read.
    static func hanam(_ client: any TestClientProtocol, _ id: String, _ year: String) async throws -> (shown: String, location: String)? {
        let grid = try ServerFixture.json(try await client.execute(uri: "/api/datasets/\(id)/figures?year=\(year)", method: .get))
        let indicators = try #require(grid["indicators"] as? [[String: Any]]).map { $0["id"] as? String }
        guard let column = indicators.firstIndex(of: "new_htx"),
            let row = (grid["rows"] as? [[String: Any]])?.first(where: { $0["province"] as? String == "Hà Nam" }),
            let cell = (row["figures"] as? [Any])?[column] as? [String: Any]
        else { return nil }
        return (cell["shown"] as? String ?? "", cell["location"] as? String ?? "")
    }

    @Test("a title that names the year is the file's period: the upload needs no year for it")
    func aTitleNamesThePeriod() async throws {
        try await ServerFixture.withServer { _, client in
            let response = try await ServerFixture.upload(client, Self.files, fields: [])
            #expect(response.status == .created, "\(response.text)")
            let id = try #require(try ServerFixture.json(response)["id"] as? String)
            #expect(try await Self.hanam(client, id, "2022")?.shown == "12")
            #expect(try await Self.hanam(client, id, "2023")?.shown == "21")
        }
    }

    @Test("two yearly reports and a CSV of 2017 upload together; each year's chart shows that year's own figures")
    func yearlyReportsKeepTheirYears() async throws {
        try await ServerFixture.withServer { _, client in
            let response = try await ServerFixture.upload(
                client, Self.files + [("dbsh-2017.csv", try ServerFixture.sample("dbsh-2017.csv"))],
                fields: [("year-of", "bao-cao-2022.csv=2022"), ("year-of", "bao-cao-2023.csv=2023")])
            #expect(response.status == .created, "\(response.text)")
            let json = try ServerFixture.json(response)
            let id = try #require(json["id"] as? String)
            #expect(Set(try #require(json["periods"] as? [String])).isSuperset(of: ["2017", "2022", "2023"]))
            let files = try #require(json["files"] as? [[String: Any]])
            #expect(files.map { $0["period"] as? String } == ["2022", "2023", nil])
            #expect(files.map { $0["periods"] as? [String] }[0] == ["2022"])

            #expect(try await Self.hanam(client, id, "2022")?.shown == "12")
            #expect(try await Self.hanam(client, id, "2022")?.location == "bao-cao-2022.csv:3")
            #expect(try await Self.hanam(client, id, "2023")?.shown == "21")
            // 2017's figures are the CSV's; asking for 2017 changes nothing the yearly reports say.
            let chart2017 = try await client.execute(uri: "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=2017", method: .get)
            #expect(chart2017.status == .ok, "\(chart2017.text)")
            #expect(try await Self.hanam(client, id, "2017")?.location.hasPrefix("dbsh-2017.csv") ?? true)
            let chart2023 = try await client.execute(uri: "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=2023", method: .get)
            #expect(chart2023.status == .ok)
            // A line over the years draws each year's own figure.
            let line = try await client.execute(
                uri: "/api/datasets/\(id)/charts/line.svg?indicator=new_htx&years=2022-2023&province=H%C3%A0%20Nam", method: .get)
            #expect(line.status == .ok, "\(line.text)")
        }
    }

    @Test("without a period for a file that names none, the upload is refused naming the file and the field to fill")
    func aFileWithoutAPeriodIsRefused() async throws {
        try await ServerFixture.withServer { server, client in
            let response = try await ServerFixture.upload(client, Self.untitledFiles, fields: [("year-of", "bao-cao-2022.csv=2022")])
            #expect(response.status == .unprocessableContent)
            let findings = try #require(try ServerFixture.json(response)["findings"] as? [[String: Any]])
            #expect(findings.contains { ($0["location"] as? String)?.hasPrefix("bao-cao-2023.csv") == true })
            #expect(!findings.contains { ($0["location"] as? String)?.hasPrefix("bao-cao-2022.csv") == true })
            #expect(server.store.count == 0)
            // The page's words: the field is named as the page names it, in Vietnamese.
            let (headers, body) = ServerFixture.multipart(files: Self.untitledFiles, fields: [("year-of", "bao-cao-2022.csv=2022")])
            var page = headers
            page[Wording.pageHeader] = "vi"
            let worded = try await client.execute(uri: "/api/datasets", method: .post, headers: page, body: body)
            let message = (try ServerFixture.json(worded)["findings"] as? [[String: Any]])?.first?["message"] as? String ?? ""
            #expect(message.contains("“Kỳ”"), "\(message)")
            #expect(!message.contains("--year"), "\(message)")
        }
    }

    @Test("a period given for a file that was not sent, or that is not a period, is a 400 naming year-of")
    func badFilePeriods() async throws {
        try await ServerFixture.withServer { _, client in
            let unknown = try await ServerFixture.upload(client, Self.files, fields: [("year-of", "bao-cao-2021.csv=2021")])
            #expect(unknown.status == .badRequest)
            #expect((try ServerFixture.json(unknown)["error"] as? [String: Any])?["parameter"] as? String == "year-of")
            let quarter = try await ServerFixture.upload(client, Self.files, fields: [("year-of", "bao-cao-2022.csv=Quý I/2022")])
            #expect(quarter.status == .badRequest)
            #expect((try ServerFixture.json(quarter)["error"] as? [String: Any])?["parameter"] as? String == "year-of")
        }
    }

    @Test("the upload's year applies to files that name none and have no period of their own; a file's own period comes first")
    func precedence() async throws {
        try await ServerFixture.withServer { _, client in
            let response = try await ServerFixture.upload(client, Self.untitledFiles, fields: [("year", "2021"), ("year-of", "bao-cao-2023.csv=2023")])
            #expect(response.status == .created, "\(response.text)")
            let id = try #require(try ServerFixture.json(response)["id"] as? String)
            #expect(try await Self.hanam(client, id, "2021")?.shown == "12")
            #expect(try await Self.hanam(client, id, "2023")?.shown == "21")
        }
    }
}
