import CoopTestSupport
import Foundation
import Testing

/// The report's scorecard at national scale, made by the real binary and read the way a person reads it:
/// the PDF's text laid out as on the page (`pdftotext -layout`), the Word document by python-docx.
@Suite(.serialized) struct ReportScorecardCLITests {
    /// A scheme over the four indicators the national samples hold; new_htx read by two criteria.
    static let scheme = """
        title: "Chấm điểm toàn quốc (minh hoạ)"
        criteria:
          - {id: new, label: "HTX thành lập mới", indicator: new_htx, points: 30, method: minmax}
          - {id: new_rank, label: "Xếp hạng HTX thành lập mới", indicator: new_htx, points: 10, method: rank}
          - {id: size, label: "Thành viên bình quân mỗi HTX", formula: "members / htx", points: 20, method: proportional}
          - {id: tht, label: "Tổ hợp tác", indicator: tht, points: 20, method: rank}
          - {id: htx, label: "Số hợp tác xã", indicator: htx, points: 20, method: minmax}
        awards:
          - {ranks: "1", title: "Cờ thi đua"}
          - {ranks: "2-5", title: "Bằng khen"}
        """

    struct Ranked { let rank: String, name: String, total: String }

    /// coopchart's own ranking (the CSV), each total as the Vietnamese report prints it (46,5).
    func ranking(_ data: String, year: String, scheme: String) throws -> [Ranked] {
        let run = try CoopchartProcess.run(["rank", data, "--scheme", scheme, "--year", year, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        let rank = try #require(header.firstIndex(of: "rank")), province = try #require(header.firstIndex(of: "province"))
        let total = try #require(header.firstIndex(of: "total"))
        return lines.dropFirst().map { Ranked(rank: $0[rank], name: $0[province], total: $0[total].replacingOccurrences(of: ".", with: ",")) }
    }

    @Test(arguments: [("national-2024-illustrative.csv", "2024", 63), ("national-2026-illustrative.csv", "2026", 34)])
    func theScorecardIsOneTableAcrossPagesWithEveryProvinceAndItsTotalOnOneLine(file: String, year: String, units: Int) throws {
        let folder = try CoopchartProcess.folder(["scheme.yaml": Self.scheme])
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = CoopchartProcess.samples.appendingPathComponent(file).path
        let scheme = folder.appendingPathComponent("scheme.yaml").path
        let ranked = try ranking(data, year: year, scheme: scheme)
        #expect(ranked.count == units)
        let pdf = folder.appendingPathComponent("report.pdf").path
        let run = try CoopchartProcess.run(["report", data, "--scheme", scheme, "--year", year, "-o", pdf])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try ChildProcess.tool("pdftotext", ["-layout", pdf, "-"]).output
        let lines = text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
        // A scorecard row reads "RANK NAME points… TOTAL [award]": the province, its rank and its total on one line.
        for province in ranked {
            let rank = province.rank
            let rows = lines.filter { line in
                let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard cells.first == rank || cells.first == "=" + rank else { return false }
                return line.dropFirst(cells[0].count).trimmingCharacters(in: .whitespaces).hasPrefix(province.name + " ") && cells.contains(province.total)
            }
            #expect(rows.count == 1, "\(province.rank) \(province.name) \(province.total): \(rows)")
        }
        // The header on every page of the table, and no page holds the table in blocks side by side.
        let headers = lines.filter { $0.hasPrefix("Hạng Tỉnh") }
        #expect(headers.count >= 2, "the table is cut into pages, each with its header: \(headers)")
        #expect(headers.allSatisfy { $0.components(separatedBy: "Tổng").count == 2 }, "one block a page: \(headers)")

        // The Word report holds the same scorecard as one table whose header repeats on each page.
        let docx = folder.appendingPathComponent("report.docx").path
        let word = try CoopchartProcess.run(["report", data, "--scheme", scheme, "--year", year, "-o", docx])
        #expect(word.status == 0, "\(word.stderr)")
        let tables = try ChildProcess.tool(
            "python3",
            [
                "-c",
                """
                import docx, sys
                document = docx.Document(sys.argv[1])
                for table in document.tables:
                    first = [cell.text for cell in table.rows[0].cells]
                    if first[:2] == ["Hạng", "Tỉnh"]:
                        repeated = table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
                        print(len(table.rows) - 1, "repeated" if repeated else "once", "|".join(r.cells[1].text for r in table.rows[1:]))
                """, docx,
            ])
        let found = tables.output.split(separator: "\n")
        #expect(found.count == 1, "one scorecard table: \(tables.output)")
        let parts = found.first?.split(separator: " ", maxSplits: 2).map(String.init) ?? []
        #expect(parts.prefix(2) == ["\(units)", "repeated"], "\(tables.output)")
        #expect(parts.last?.split(separator: "|").map(String.init) == ranked.map(\.name), "every province once, in rank order")
    }
}
