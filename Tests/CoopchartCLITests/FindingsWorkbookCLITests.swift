import CoopTestSupport
import Foundation
import Testing

/// `validate -o findings.xlsx` on an office's workbook with errors, read back by openpyxl: each finding
/// at its sheet and cell as the office finds it, in the language of `--lang`; stderr stays English.
@Suite(.serialized) struct FindingsWorkbookCLITests {
    /// Writes `bao-cao.xlsx`: a titled GSO-style sheet "Biểu 01" with an unknown province in B7 and "12a" in D8.
    static let makeWorkbook = """
        import openpyxl, sys
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Biểu 01"
        sheet.append(["Biểu 01"])
        sheet.append(["SỐ LƯỢNG HỢP TÁC XÃ NĂM 2023"])
        sheet.append([])
        sheet.append(["STT", "Tỉnh, thành phố", "Năm", "Số HTX", "Số thành viên"])
        sheet.append([1, "Hà Nội", 2023, 2210, 1210500])
        sheet.append([2, "Hà Nam", 2023, 289, 52000])
        sheet.append([3, "Hải Dươngg", 2023, 350, 61000])
        sheet.append([4, "Nam Định", 2023, "12a", 71000])
        book.save(sys.argv[1])
        """

    /// The findings workbook's rows under its header: severity, file, line or cell, field, message.
    static let readFindings = """
        import openpyxl, sys
        sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        start = next(i for i, row in enumerate(rows) if row[0] in ("Mức", "Severity"))
        for row in rows[start:]:
            if row[0] is None: break
            print("\\t".join("" if v is None else str(v) for v in row))
        """

    @Test func findingsGiveTheSheetAndCellAndSpeakTheLanguageOfLang() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("bao-cao.xlsx").path
        let made = try ChildProcess.tool("python3", ["-c", Self.makeWorkbook, workbook])
        try #require(made.status == 0, "\(made.output)")
        for language in ["vi", "en"] {
            let findings = folder.appendingPathComponent("findings-\(language).xlsx").path
            let run = try CoopchartProcess.run(["validate", workbook, "--lang", language, "-o", findings])
            #expect(run.status == 1, "errors fail the run: \(run.stderr)")
            #expect(
                run.stderr.contains("bao-cao.xlsx:Biểu 01!B7: ") && run.stderr.contains("but \"Hải Dươngg\" is neither a province")
                    && run.stderr.contains("did you mean Hải Dương"), "stderr stays English: \(run.stderr)")
            #expect(run.stderr.contains("bao-cao.xlsx:Biểu 01!D8: "), "\(run.stderr)")
            let read = try ChildProcess.tool("python3", ["-c", Self.readFindings, findings])
            let rows = read.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            #expect(
                rows.first == (language == "vi" ? ["Mức", "Tệp", "Dòng / ô", "Trường", "Nội dung"] : ["Severity", "File", "Line / cell", "Field", "Message"]))
            let body = rows.dropFirst()
            #expect(!body.isEmpty && body.allSatisfy { $0.count == 5 }, "\(read.output)")
            #expect(body.allSatisfy { $0[1] == workbook && !$0[2].contains("1073") }, "the file, and never a packed line number: \(read.output)")
            let province = try #require(body.first { $0[2] == "Biểu 01!B7" }, "\(read.output)")
            let value = try #require(body.first { $0[2] == "Biểu 01!D8" }, "\(read.output)")
            if language == "vi" {
                #expect(province[0] == "lỗi")
                #expect(
                    province[4].hasPrefix("dòng có số liệu, nhưng \"Hải Dươngg\" không phải tên tỉnh") && province[4].contains("có phải là Hải Dương"),
                    "\(province)")
                #expect(value[4].hasPrefix("\"12a\" không phải là số"), "\(value)")
            } else {
                #expect(province[0] == "error")
                #expect(
                    province[4].hasPrefix("the row has figures, but \"Hải Dươngg\" is neither a province") && province[4].contains("did you mean Hải Dương"),
                    "\(province)")
                #expect(value[4].hasPrefix("\"12a\" is not a number"), "\(value)")
            }
        }
    }
}
