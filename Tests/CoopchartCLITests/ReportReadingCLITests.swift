import CoopTestSupport
import Foundation
import Testing

/// The report read as a delegate reads it, through `pdftotext`: every source cited in full, one
/// language throughout, each chart once, no page repeating its own title.
@Suite struct ReportReadingCLITests {
    static let longSource = "Báo cáo tổng kết công tác năm 2023 và phương hướng nhiệm vụ năm 2024, số 125/BC-LMHTX ngày 20/12/2023"
    static let otherSource = "Báo cáo số 88/BC-UBND ngày 15/12/2023 của Ủy ban nhân dân tỉnh về tình hình phát triển kinh tế tập thể"

    /// Two years of a nine-province cluster with long official citations and a cluster total that does
    /// not add up (so there is a validation warning to print).
    static func data() -> String {
        let members = ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Quảng Ninh"]
        var csv = "province,year,indicator,value,source\n"
        for year in [2022, 2023] {
            for (i, name) in members.enumerated() {
                let source = name == "Hà Nam" ? otherSource : longSource
                csv += "\(name),\(year),new_htx,\(10 + (i * 7 + year) % 60),\"\(source)\"\n"
                csv += "\(name),\(year),htx,\(300 + (i * 53 + year) % 500),\"\(source)\"\n"
                csv += "\(name),\(year),effective_share,\(40 + (i * 11 + year) % 50).5,\"\(source)\"\n"
                csv += "\(name),\(year),credit_funds,\(10 + (i * 5) % 40),\"\(source)\"\n"
            }
        }
        return csv + "Toàn cụm,2023,new_htx,999,\"\(longSource)\"\n"
    }

    static let scheme = """
        title: "Bảng chấm điểm thi đua năm 2023 của Cụm thi đua các tỉnh đồng bằng sông Hồng thuộc Liên minh Hợp tác xã Việt Nam"
        year: 2023
        cluster: dbsh-2017
        criteria:
          - {id: new, label: "Số hợp tác xã thành lập mới trong năm", indicator: new_htx, points: 40, method: minmax}
          - {id: effective, label: "Tỷ lệ hợp tác xã hoạt động hiệu quả (khá, tốt)", indicator: effective_share, points: 30, method: minmax}
          - {id: funds, label: "Quỹ tín dụng nhân dân hoạt động hiệu quả", indicator: credit_funds, points: 30, method: rank}
        awards:
          - {ranks: "1", title: "Cờ thi đua"}
        """

    func reportText(language: String) throws -> String {
        let folder = try CoopchartProcess.folder(["cum.csv": Self.data(), "scheme.yaml": Self.scheme])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("r.pdf")
        let run = try CoopchartProcess.run([
            "report", folder.appendingPathComponent("cum.csv").path, "--scheme",
            folder.appendingPathComponent("scheme.yaml").path, "--lang", language, "-o", pdf.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        return try ChildProcess.tool("pdftotext", [pdf.path, "-"]).output
    }

    /// The text with line breaks as spaces, so a wrapped citation reads whole.
    func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test(arguments: ["vi", "en"]) func everySourceIsCitedInFull(language: String) throws {
        let text = flat(try reportText(language: language))
        #expect(text.contains(Self.longSource))
        #expect(text.contains(Self.otherSource))
        #expect(!text.contains("Báo cáo t…") && !text.contains("phương h…"))
    }

    @Test func aVietnameseReportHasNoEnglishAndAnEnglishReportNoVietnamese() throws {
        let vietnamese = flat(try reportText(language: "vi"))
        for english in ["warning", "the cluster total", "missing:", "Source:", "Sources:", "Average", "Notes:", "Unit:", "Page ", "points"] {
            #expect(!vietnamese.contains(english), "\"\(english)\" in the Vietnamese report")
        }
        #expect(vietnamese.contains("số tổng của cụm"))
        let english = flat(try reportText(language: "en"))
        // The scheme's and the cluster's titles are the user's own Vietnamese; the words checked are coopchart's.
        for word in ["Nguồn", "Bình quân", "Đơn vị", "Cảnh báo", "Trang ", "Ghi chú", "Tổng:", "cảnh báo", "chênh lệch", "Hạng", "Phụ lục"] {
            #expect(!english.contains(word), "\"\(word)\" in the English report")
        }
        #expect(english.contains("the cluster total"))
    }

    @Test func eachChartAppearsOnceAndNoPageRepeatsItsTitle() throws {
        let pages = try reportText(language: "vi").components(separatedBy: "\u{0C}")
        // The new-HTX ranking's title appears on exactly one page.
        let title = "HTX thành lập mới năm 2023"
        #expect(pages.filter { $0.contains(title) }.count == 1)
        for page in pages {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // Headings and titles (a radar grid repeats its short legend entries side by side, which is fine).
            for (a, b) in zip(lines, lines.dropFirst()) where a.count > 20 {
                #expect(a != b, "a page repeats \"\(a)\"")
            }
        }
        // The cover names the period once and the built-in cluster without its founding year.
        let cover = pages.first ?? ""
        #expect(!cover.contains("năm 2023 năm 2023"))
        #expect(!cover.contains("(2017)"))
    }
}
