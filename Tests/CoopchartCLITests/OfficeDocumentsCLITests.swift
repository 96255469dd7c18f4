import CoopTestSupport
import Foundation
import Testing

/// The files people edit and check, made by the real binary and read back by independent software:
/// the scorecard workbook (openpyxl, the formulas package), table workbooks, the Word report and
/// figures (python-docx; LibreOffice headless to PDF, read by pdftotext), and Excel-style CSV.
/// scripts/install-deps.sh installs them.
@Suite(.serialized) struct OfficeDocumentsCLITests {
    static let data = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"].map { CoopchartProcess.samples.appendingPathComponent($0).path }
    static let scheme = CoopchartProcess.samples.appendingPathComponent("scheme-dbsh-2017.yaml").path
    static let provinces = ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Quảng Ninh"]
    private func succeed(_ arguments: [String]) throws {
        let run = try CoopchartProcess.run(arguments)
        #expect(run.status == 0, "\(arguments.joined(separator: " ")): \(run.stderr)")
    }

    @Test func rankWritesAScorecardWorkbookWhoseFormulasGiveTheCSVNumbers() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("scorecard.xlsx").path, csv = folder.appendingPathComponent("ranking.csv").path
        try succeed(["rank"] + Self.data + ["--scheme", Self.scheme, "-o", workbook])
        try succeed(["rank"] + Self.data + ["--scheme", Self.scheme, "-o", csv])
        let cached = try OfficeCheck.python("check_scorecard.py", ["cached", workbook, csv])
        #expect(cached.status == 0 && cached.output.contains("ok 9"), "\(cached.output)")
        let recalculated = try OfficeCheck.python("check_scorecard.py", ["formulas", workbook, csv])
        #expect(recalculated.status == 0 && recalculated.output.contains("ok 9"), "\(recalculated.output)")
        let english = folder.appendingPathComponent("scorecard-en.xlsx").path
        try succeed(["rank"] + Self.data + ["--scheme", Self.scheme, "--lang", "en", "-o", english])
        let sheets = try ChildProcess.tool("python3", ["-c", "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).sheetnames)", english])
        #expect(sheets.output.contains("['Scorecard', 'Data', 'Method', 'Charts']"))
        let vietnamese = try ChildProcess.tool("python3", ["-c", "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).sheetnames)", workbook])
        #expect(vietnamese.output.contains("['Bảng điểm', 'Số liệu', 'Cách tính', 'Biểu đồ']"))
    }

    @Test func summaryValidateHarmonizeAndAggregateWriteTablesWithNumbersAsNumbers() throws {
        let folder = try CoopchartProcess.folder([
            "estimates.csv": """
            province,year,indicator,value,qualifier
            Hà Nam,2017,htx,289,approx
            Nam Định,2017,htx,612,at_least
            Ninh Bình,2017,htx,455,exact
            Thái Bình,2017,htx,470,at_most
            Hà Nam,2017,revenue_avg,1234.5,exact
            Nam Định,2017,revenue_avg,1500.25,approx
            """,
            "registry.csv": """
            id,name,province,kind,founded,dissolved,members,workers,revenue
            1,HTX A,Hà Nam,htx,2015-01-02,,10,5,100.5
            2,HTX B,Nam Định,htx,2016-03-04,,12,6,
            """,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try succeed(["summary", path("estimates.csv"), "--year", "2017", "-o", path("summary.xlsx")])
        let summary = try OfficeCheck.python("check_table.py", ["workbook", path("summary.xlsx"), "Chỉ tiêu", "Giá trị;Tỷ trọng (%);Hạng"])
        #expect(summary.status == 0, "\(summary.output)")
        try succeed(["harmonize", path("estimates.csv"), "--to", "2025-07-01", "--lang", "en", "-o", path("harmonized.xlsx")])
        let harmonized = try OfficeCheck.python("check_table.py", ["workbook", path("harmonized.xlsx"), "Code", "Value;Period"])
        #expect(harmonized.status == 0, "\(harmonized.output)")
        let validate = try CoopchartProcess.run(
            ["validate"] + Self.data + [
                CoopchartProcess.samples.appendingPathComponent("dbsh-2017-cluster-totals.csv").path,
                "-o", path("findings.xlsx"),
            ])
        #expect(validate.status == 0, "\(validate.stderr)")
        let findings = try OfficeCheck.python("check_table.py", ["workbook", path("findings.xlsx"), "Mức", "Dòng / ô"])
        #expect(findings.status == 0 && findings.output.contains("ok 1"), "\(findings.output)")
        // The aggregated workbook, headed in Vietnamese by default and in the data contract's words in English, reads back as data.
        try succeed(["aggregate", path("registry.csv"), "-o", path("figures.xlsx")])
        let figures = try OfficeCheck.python("check_table.py", ["workbook", path("figures.xlsx"), "Tỉnh", "Giá trị;Kỳ"])
        #expect(figures.status == 0, "\(figures.output)")
        try succeed(["aggregate", path("registry.csv"), "--lang", "en", "-o", path("figures-en.xlsx")])
        let english = try OfficeCheck.python("check_table.py", ["workbook", path("figures-en.xlsx"), "province", "value;year"])
        #expect(english.status == 0, "\(english.output)")
        for file in ["figures.xlsx", "figures-en.xlsx"] {
            let back = try CoopchartProcess.run(["summary", path(file), "--year", "2016", "--format", "csv"])
            #expect(back.status == 0 && back.stdout.contains("htx,36,Nam Định,2016,1,exact"), "\(file): \(back.stderr)")
        }
    }

    @Test func theWordReportHasTheOfficialLayoutAndLibreOfficeConvertsItWithEveryProvince() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.docx").path
        let official = folder.appendingPathComponent("official.docx").path
        try succeed(["report"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "-o", report])
        try succeed(
            ["report"] + Self.data + [
                "--scheme", Self.scheme, "--year", "2017", "-o", official, "--official",
                "--organisation", "Liên minh HTX tỉnh Ninh Bình", "--number", "125/BC-LMHTX",
                "--place", "Ninh Bình", "--date", "2017-12-15",
            ])
        try succeed(
            ["figures"] + Self.data + [
                "--scheme", Self.scheme, "--year", "2017", "--out", folder.appendingPathComponent("figures").path,
                "--formats", "docx",
            ])
        let figures = folder.appendingPathComponent("figures/figures.docx").path
        for file in [report, official] {
            let layout = try OfficeCheck.python("check_docx.py", ["layout", file, Self.provinces.joined(separator: ";"), "1,2"])
            #expect(layout.status == 0, "\(file): \(layout.output)")
        }
        let figuresLayout = try OfficeCheck.python("check_docx.py", ["layout", figures, "", "1"])
        #expect(figuresLayout.status == 0, "\(figuresLayout.output)")
        let heading = try OfficeCheck.python("check_docx.py", ["official", official])
        #expect(heading.status == 0, "\(heading.output)")

        let converted = try OfficeCheck.python("check_docx.py", ["pdf", folder.path, report, official, figures])
        #expect(converted.status == 0, "\(converted.output)")
        let text = try ChildProcess.tool("pdftotext", ["-raw", folder.appendingPathComponent("report.pdf").path, "-"]).output
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Năm 2017, toàn cụm thành lập mới 206 HTX, trong đó Quảng Ninh dẫn đầu với 86 HTX (41,7%)."))
        #expect(flat.contains("Quảng Ninh đứng đầu với 74,1 điểm"))
        for name in Self.provinces {
            #expect(text.unicodeScalars.map(\.value).contains(subsequence: name.unicodeScalars.map(\.value)), "\(name) in NFC")
        }
        let officialText = try ChildProcess.tool("pdftotext", ["-raw", folder.appendingPathComponent("official.pdf").path, "-"]).output
        #expect(officialText.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(officialText.contains("Ninh Bình, ngày 15 tháng 12 năm 2017"))
        #expect(officialText.contains("Số: 125/BC-LMHTX"))
        let info = try ChildProcess.tool("pdfinfo", [folder.appendingPathComponent("report.pdf").path]).output
        #expect(info.contains("(A4)"))
        let figuresInfo = try ChildProcess.tool("pdfinfo", [folder.appendingPathComponent("figures.pdf").path]).output
        #expect(figuresInfo.contains("Pages:           18"), "one page per figure: \(figuresInfo)")
    }

    @Test func theWordReportIsByteIdenticalFromRunToRun() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for name in ["a.docx", "b.docx"] {
            let out = folder.appendingPathComponent(name).path
            try succeed(["report"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "--date", "2017-12-15", "-o", out])
            files.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(files[0] == files[1])
    }

    @Test func excelCSVInVietnameseHasSemicolonsAndDecimalCommasForTheSameNumbers() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["summary"] + Self.data + ["--year", "2017", "--format", "csv"], ["rank"] + Self.data + ["--scheme", Self.scheme, "--format", "csv"]] {
            let vi = folder.appendingPathComponent("vi.csv").path, rfc = folder.appendingPathComponent("rfc.csv").path
            try succeed(command + ["--excel", "--lang", "vi", "-o", vi])
            try succeed(command + ["-o", rfc])
            let compared = try OfficeCheck.python("check_table.py", ["csv-vi", vi, rfc])
            #expect(compared.status == 0, "\(command[0]): \(compared.output)")
            #expect(try String(contentsOfFile: vi, encoding: .utf8).contains(";"))
        }
        let english = try CoopchartProcess.run(["summary"] + Self.data + ["--year", "2017", "--format", "csv", "--excel", "--lang", "en"])
        #expect(english.stdout.hasPrefix("\u{FEFF}indicator,code,province"))
        #expect(english.stdout.contains(",13.53,"))
        let plain = try CoopchartProcess.run(["summary"] + Self.data + ["--year", "2017", "--format", "csv", "--csv-style", "rfc4180"])
        #expect(plain.stdout.hasPrefix("indicator,code,province"), "RFC 4180: no byte-order mark")
        let injected = try CoopchartProcess.folder(["d.csv": "province,year,indicator,value,source\nHà Nam,2017,htx,289,=1+2;@SUM(A1)\n"])
        defer { try? FileManager.default.removeItem(at: injected) }
        let harmonized = try CoopchartProcess.run(["harmonize", injected.appendingPathComponent("d.csv").path, "--to", "2025-07-01", "--excel"])
        #expect(harmonized.stdout.contains(";\"'=1+2;@SUM(A1)\";"), "formula injection neutralised in the Vietnamese style too: \(harmonized.stdout)")
    }

    @Test func aFullDiskOrAnUnwritableFolderIsAClearErrorAndLeavesNothing() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(name: String, arguments: [String])] = [
            ("scorecard.xlsx", ["rank"] + Self.data + ["--scheme", Self.scheme]),
            ("report.docx", ["report"] + Self.data + ["--scheme", Self.scheme, "--year", "2017"]),
            ("summary.xlsx", ["summary"] + Self.data),
        ]
        for (name, arguments) in cases {
            let link = folder.appendingPathComponent(name).path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/full")
            let full = try CoopchartProcess.run(arguments + ["-o", link])
            #expect(full.status == 1)
            #expect(full.stderr.hasPrefix("\(link): writing failed (No space left on device)"), "\(full.stderr)")
            let unwritable = try CoopchartProcess.run(arguments + ["-o", "/proc/coopchart-\(name)"])
            #expect(unwritable.status == 1)
            #expect(unwritable.stderr.hasPrefix("/proc/coopchart-\(name): cannot write in /proc ("), "\(unwritable.stderr)")
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == Set(cases.map(\.name)), "only the links")
    }

    @Test func aWrongExtensionNamesWhatTheCommandWrites() throws {
        let cases: [(arguments: [String], words: String)] = [
            (["report"] + Self.data + ["--scheme", Self.scheme, "-o", "/tmp/r.xlsx"], "the report is a PDF or a Word document"),
            (["rank"] + Self.data + ["--scheme", Self.scheme, "-o", "/tmp/r.docx"], ".xlsx for the scorecard workbook"),
            (["validate"] + Self.data + ["-o", "/tmp/v.csv"], "give -o a name ending in .xlsx"),
            (["aggregate", "registry.csv", "-o", "/tmp/a.docx"], "it writes a data file as CSV (.csv) or a workbook (.xlsx)"),
            (["report"] + Self.data + ["--scheme", Self.scheme, "-o", "/tmp/r.pdf", "--official"], "shape the Word report"),
            (["report"] + Self.data + ["--scheme", Self.scheme, "-o", "/tmp/r.docx", "--official"], "--official needs --organisation"),
        ]
        for (arguments, words) in cases {
            let run = try CoopchartProcess.run(arguments)
            #expect(run.status != 0)
            #expect(run.stderr.contains(words), "\(arguments.last!): \(run.stderr)")
        }
    }
}
