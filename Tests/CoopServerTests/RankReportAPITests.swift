import CoopCharts
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

@Suite("POST /api/datasets/{id}/rank and /report")
struct RankReportAPITests {
    static let scheme = "scheme-dbsh-2017.yaml"

    static func files() throws -> [(String, [UInt8])] {
        try (ServerFixture.figures2017 + [scheme]).map { ($0, try ServerFixture.sample($0)) }
    }

    /// The file `coopchart COMMAND <2017 samples> --scheme <sample scheme> OPTIONS -o OUTPUT` writes, from the files the API is given.
    /// The scheme is saved under the name the API gives a posted body (`RankRoute.schemeFile`), since a
    /// workbook names its scheme file.
    static func cliFile(_ command: String, _ options: [String], output: String, sourceDateEpoch: Int? = nil) throws -> [UInt8] {
        let files = try ServerFixture.figures2017.map { ($0, try ServerFixture.sample($0)) } + [(RankRoute.schemeFile, try ServerFixture.sample(scheme))]
        return try CLIRun.output(
            [command] + ServerFixture.figures2017 + ["--scheme", RankRoute.schemeFile] + options, files: files, output: output,
            sourceDateEpoch: sourceDateEpoch.map(String.init))
    }

    /// Posts the sample scheme to `query` and expects a 200 answer of `contentType` whose body is the file
    /// `coopchart COMMAND … OPTIONS -o OUTPUT` writes (both with `sourceDateEpoch` as SOURCE_DATE_EPOCH); returns the answer.
    static func expectCommandLineFile(
        _ query: String, contentType: String, sourceDateEpoch: Int? = nil,
        settings: ServerSettings = ServerSettings(port: 0),
        _ command: String, _ options: [String], output: String
    ) async throws -> TestResponse {
        var settings = settings
        settings.sourceDateEpoch = { sourceDateEpoch }
        let api = try await post(query, settings: settings)
        #expect(api.status == .ok, "\(api.text)")
        #expect(api.headers[.contentType] == contentType)
        #expect(api.bytes == (try cliFile(command, options, output: output, sourceDateEpoch: sourceDateEpoch)))
        return api
    }

    /// The API's answer to a scheme posted to `path` (after `?`), for the 2017 samples.
    static func post(_ path: String, scheme: [UInt8]? = nil, settings: ServerSettings = ServerSettings(port: 0)) async throws -> TestResponse {
        let body = try scheme ?? ServerFixture.sample(Self.scheme)
        return try await ServerFixture.withSamples(settings: settings) { _, client, id in
            return try await ServerFixture.post(client, "/api/datasets/\(id)/\(path)", body: body)
        }
    }

    @Test("format=json gives exactly what `coopchart rank --format json` prints")
    func jsonEqualsTheCommandLine() async throws {
        let api = try await Self.post("rank?format=json")
        #expect(api.status == .ok)
        let folder = try CLIRun.folder(try Self.files())
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = try CLIRun.run(["rank"] + ServerFixture.figures2017 + ["--scheme", Self.scheme, "--format", "json"], in: folder)
        #expect(cli.status == 0, "\(cli.stderr)")
        // The posted scheme has no file name: the API calls it scheme.yaml where the command names its file.
        let named = Array(
            String(decoding: cli.stdout, as: UTF8.self)
                .replacingOccurrences(of: "\"scheme\": \"\(Self.scheme)\"", with: "\"scheme\": \"\(RankRoute.schemeFile)\"").utf8)
        #expect(api.bytes == named)
        let rows = try #require(try ServerFixture.json(api)["rows"] as? [[String: Any]])
        #expect(rows.count == 9)
    }

    @Test("format=csv gives the file `coopchart rank -o ranking.csv` writes, with its BOM for Excel")
    func csvEqualsTheCommandLine() async throws {
        let api = try await Self.expectCommandLineFile(
            "rank?format=csv&year=2017", contentType: "text/csv; charset=utf-8",
            "rank", ["--year", "2017"], output: "ranking.csv")
        #expect(api.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("format=explain gives each province's explanation as `rank --explain P --format json` does")
    func explanations() async throws {
        let api = try await Self.post("rank?format=explain")
        #expect(api.status == .ok)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [[String: Any]])
        #expect(list.count == 9)
        let first = try #require(list.first)
        let folder = try CLIRun.folder(try Self.files())
        defer { try? FileManager.default.removeItem(at: folder) }
        let province = try #require(first["province"] as? String)
        let cli = try CLIRun.run(["rank"] + ServerFixture.figures2017 + ["--scheme", Self.scheme, "--explain", province, "--format", "json"], in: folder)
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout)) as? [String: Any])
        #expect(first["explanation"] as? [String] == expected["explanation"] as? [String])
        #expect(first["rank"] as? Int == expected["rank"] as? Int)
    }

    @Test("a scheme with errors answers 422 with each error at its line")
    func schemeErrorsAtTheirLines() async throws {
        let scheme = Array(
            """
            title: "Thử"
            year: 2017
            criteria:
              - id: new
                indicator: new_htx
                points: 30
                method: minmax
              - id: bad
                indicator: atlantis
                points: 10
                method: sideways
            """.utf8)
        let response = try await Self.post("rank?format=json", scheme: scheme)
        #expect(response.status == .unprocessableContent)
        let findings = try #require(try ServerFixture.json(response)["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0["level"] as? String == "error" && ($0["line"] as? Int ?? 0) >= 8 })
        #expect(findings.contains { ($0["location"] as? String)?.hasPrefix("scheme.yaml:") == true })
    }

    @Test("a scheme that is not YAML, an empty body and a scheme over 1 MB are refused (422, 400, 413)")
    func badBodies() async throws {
        #expect(try await Self.post("rank", scheme: Array("criteria: [".utf8)).status == .unprocessableContent)
        #expect(try await Self.post("rank", scheme: []).status == .badRequest)
        let huge = Array(("# " + String(repeating: "x", count: 1_000_001)).utf8)
        #expect(try await Self.post("rank", scheme: huge).status == .contentTooLarge)
        #expect(try await Self.post("rank?format=xml").status == .badRequest)
        #expect(try await Self.post("rank?year=2099").status == .badRequest)
    }

    @Test("format=png draws the scorecard; with sensitivity, the robustness chart (as rank -o)")
    func drawnScorecard() async throws {
        _ = try await Self.expectCommandLineFile("rank?format=png&scale=1", contentType: "image/png", "rank", ["--scale", "1"], output: "scorecard.png")
        let bands = try await Self.post("rank?format=svg&sensitivity=200&seed=7")
        #expect(bands.status == .ok)
        let cliBands = try Self.cliFile("rank", ["--sensitivity", "200", "--seed", "7"], output: "bands.svg")
        #expect(bands.bytes == cliBands)
    }

    @Test("the report PDF is the file `coopchart report` writes")
    func reportEqualsTheCommandLine() async throws {
        let api = try await Self.expectCommandLineFile(
            "report?year=2017&format=pdf", contentType: "application/pdf",
            "report", ["--year", "2017"], output: "report.pdf")
        #expect(api.headers[.contentDisposition] == "attachment; filename=\"bao-cao-2017.pdf\"")
    }

    @Test("format=zip holds every figure and figures.tex, as `coopchart figures` writes them")
    func figuresArchive() async throws {
        let api = try await Self.post("report?year=2017&format=zip&formats=pdf,png&dpi=72")
        #expect(api.status == .ok, "\(api.text)")
        #expect(api.headers[.contentType] == "application/zip")
        #expect(api.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let text = String(decoding: api.bytes, as: UTF8.self)
        #expect(text.contains("figures/figures.tex"))
        #expect(text.contains("figures/scorecard.pdf") || text.contains(".pdf"))
    }

    /// SOURCE_DATE_EPOCH for both sides, so the workbook's creation time and the report's day agree.
    static let epoch = 1_704_067_200

    @Test("format=xlsx is the scorecard workbook `coopchart rank -o scorecard.xlsx` writes, byte for byte, as a download")
    func scorecardWorkbook() async throws {
        let api = try await Self.expectCommandLineFile(
            "rank?format=xlsx&year=2017", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            sourceDateEpoch: Self.epoch, "rank", ["--year", "2017"], output: "scorecard.xlsx")
        #expect(api.headers[.contentDisposition] == "attachment; filename=\"xep-hang-2017.xlsx\"")
        let text = String(decoding: api.bytes, as: UTF8.self)
        #expect(text.contains("xl/workbook.xml") && text.contains("xl/worksheets/sheet1.xml"), "a workbook is a ZIP package with these parts")
    }

    @Test("format=docx is the Word report `coopchart report -o report.docx` writes, byte for byte; it needs the scheme")
    func wordReport() async throws {
        let api = try await Self.expectCommandLineFile(
            "report?year=2017&format=docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            sourceDateEpoch: Self.epoch, "report", ["--year", "2017"], output: "report.docx")
        #expect(api.headers[.contentDisposition] == "attachment; filename=\"bao-cao-2017.docx\"")
        #expect(String(decoding: api.bytes, as: UTF8.self).contains("word/document.xml"))
        let withoutScheme = try await Self.post("report?year=2017&format=docx", scheme: [])
        #expect(withoutScheme.status == .badRequest)
    }

    @Test("format=pptx is the deck `coopchart slides` writes, byte for byte; a highlight outside the report is a 400 naming it")
    func slides() async throws {
        let api = try await Self.expectCommandLineFile(
            "report?year=2017&format=pptx&highlight=Ninh%20B%C3%ACnh",
            contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            sourceDateEpoch: Self.epoch, "slides", ["--year", "2017", "--highlight", "Ninh Bình"], output: "deck.pptx")
        #expect(api.headers[.contentDisposition] == "attachment; filename=\"hoi-nghi-2017.pptx\"")
        #expect(String(decoding: api.bytes, as: UTF8.self).contains("ppt/presentation.xml"))
        let outside = try await Self.post("report?year=2017&format=pptx&highlight=H%C3%A0%20N%E1%BB%99i")
        #expect(outside.status == .badRequest && outside.text.contains("highlight") && outside.text.contains("not among the provinces"), "\(outside.text)")
    }

    @Test(
        "report options the command would refuse answer 400 naming them",
        arguments: [
            ("report?year=2017&size=letter", "size"), ("report?year=2017&date=31/02/2024", "date"), ("report?year=2017&format=odt", "format"),
            ("report?year=2017&format=zip&dpi=5000", "dpi"), ("report?year=2017&formats=gif", "formats"),
        ])
    func refusedReportOptions(path: String, parameter: String) async throws {
        let response = try await Self.post(path)
        #expect(response.status == .badRequest)
        #expect((try ServerFixture.json(response)["error"] as? [String: Any])?["parameter"] as? String == parameter)
    }
}
