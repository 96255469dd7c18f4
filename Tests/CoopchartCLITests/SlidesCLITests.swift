import CoopTestSupport
import Foundation
import Testing

/// `coopchart slides`, run as a user runs it and read back by independent software: python-pptx (the slides,
/// every chart's type, categories and values, the embedded workbooks, the speaker notes), LibreOffice Impress
/// (to PDF, read by pdftotext), openpyxl (the scorecard workbook's native charts and the cells they read).
@Suite(.serialized) struct SlidesCLITests {
    static let data = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"].map { CoopchartProcess.samples.appendingPathComponent($0).path }
    static let scheme = CoopchartProcess.samples.appendingPathComponent("scheme-dbsh-2017.yaml").path
    static let provinces = ["Ninh Bình", "Hà Nam", "Nam Định", "Thái Bình", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Quảng Ninh"]

    struct Deck: Decodable {
        struct Slide: Decodable {
            let title: String?
            let notes: String
            let texts: [String]
            let charts: [Chart]
            let tables: [[[String]]]
            let pictures: [Picture]
        }
        struct Chart: Decodable {
            let type: String
            let categories: [String]
            let series: [Series]
            let workbook: String?
            let workbook_cells: Cells?
        }
        struct Series: Decodable {
            let name: String
            let values: [Double?]
        }
        struct Cells: Decodable {
            let sheet: String
        }
        struct Picture: Decodable {
            let alt: String?
            let pixels: [Int]
            let width: Double
        }
        let width: Double
        let height: Double
        let slides: [Slide]
    }

    private func slides(_ extra: [String], data: [String] = data, in folder: URL, name: String = "deck.pptx") throws -> (path: String, deck: Deck) {
        let path = folder.appendingPathComponent(name).path
        let run = try CoopchartProcess.run(["slides"] + data + ["--scheme", Self.scheme, "--year", "2017", "-o", path] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let dump = try OfficeCheck.python("check_pptx.py", ["dump", path])
        try #require(dump.status == 0, "\(dump.output)")
        return (path, try JSONDecoder().decode(Deck.self, from: Data(dump.stdout)))
    }

    /// The summary's figures for one indicator in 2017, province → value.
    private func summary(_ indicator: String, data: [String] = data, year: String = "2017", cluster: Bool = true) throws -> [String: Double] {
        let run = try CoopchartProcess.run(["summary"] + data + ["--year", year, "--format", "csv"] + (cluster ? ["--cluster", "dbsh-2017"] : []))
        var values: [String: Double] = [:]
        for line in run.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 4, fields[0] == indicator, fields[1] != "TOTAL", let value = Double(fields[4]) else { continue }
            values[fields[2]] = value
        }
        return values
    }

    @Test func theDeckHoldsTheReportsFiguresAsEditableChartsWithEveryProvinceAndItsSummaryFigure() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, deck) = try slides(["--highlight", "Ninh Bình", "--organisation", "Liên minh HTX tỉnh Ninh Bình", "--date", "2017-12-15"], in: folder)
        #expect(deck.width == 960 && deck.height == 540)
        #expect(deck.slides[0].title?.contains("2017") == true)
        #expect(deck.slides[0].texts.joined().contains("Liên minh HTX tỉnh Ninh Bình"))

        // The indicator slides: a bar chart each, every member by its full name, in the summary's figures, highest first.
        let newHTX = try #require(deck.slides.first { $0.title == "HTX thành lập mới năm 2017" })
        let chart = try #require(newHTX.charts.first)
        #expect(chart.type == "BAR_CLUSTERED")
        #expect(Set(chart.categories) == Set(Self.provinces))
        let figures = try summary("new_htx")
        #expect(chart.categories.map { figures[$0] } == chart.series[0].values)
        #expect(chart.series[0].values == chart.series[0].values.sorted { ($0 ?? 0) > ($1 ?? 0) })
        #expect(chart.series.count == 2 && chart.series[1].name.hasPrefix("Bình quân cụm"))
        #expect(chart.workbook?.hasPrefix("/ppt/embeddings/") == true && chart.workbook_cells?.sheet == "Sheet1")
        // Every chart slide cites its sources in full in the notes.
        for slide in deck.slides where !slide.charts.isEmpty || !slide.pictures.isEmpty {
            #expect(slide.notes.contains("Nguồn"), "\(slide.title ?? ""): \(slide.notes)")
        }
        #expect(newHTX.notes.contains("Liên minh HTX Việt Nam: Tổng kết Cụm thi đua Đồng bằng sông Hồng, 15/12/2017"))
        // The profiles are radars, the scorecard and the robustness bands pictures at twice the slide's pixels with alt text.
        #expect(deck.slides.filter { $0.charts.first?.type == "RADAR_MARKERS" }.count == 9)
        let pictures = deck.slides.flatMap(\.pictures)
        #expect(pictures.count == 2 && pictures.allSatisfy { Double($0.pixels[0]) >= $0.width * 2 * 96 / 72 - 2 && ($0.alt ?? "").contains("Ninh Bình") })
        // The scorecard as a table holding every province, then the awards.
        let table = try #require(deck.slides.first { !$0.tables.isEmpty }?.tables.first)
        #expect(Set(table.dropFirst().map { $0[1] }) == Set(Self.provinces))
        let rank = try CoopchartProcess.run(["rank"] + Self.data + ["--scheme", Self.scheme, "--format", "csv"])
        for row in table.dropFirst() {
            let line = try #require(rank.stdout.split(separator: "\n").first { $0.split(separator: ",").dropFirst(2).first.map(String.init) == row[1] })
            let total = try #require(Double(line.split(separator: ",")[3]))
            #expect(
                row[row.count - 2].replacingOccurrences(of: ",", with: ".")
                    == String(format: "%.2f", total).replacingOccurrences(of: ".00", with: "").trimmingTrailingZeroes,
                "\(row) vs \(line)")
        }
        #expect(deck.slides.contains { $0.title == "Đề nghị khen thưởng" && $0.texts.joined().lowercased().contains("cờ thi đua: quảng ninh") })
    }

    @Test func aNationalRankingOf63ProvincesStandsInTwoChartsThatTogetherNameEveryProvince() throws {
        // A national scheme, as an alliance would write one: no cluster, every province in scope.
        let folder = try CoopchartProcess.folder([
            "national.yaml": """
            title: "Phát triển HTX toàn quốc năm 2024 (minh hoạ)"
            year: 2024
            criteria:
              - {id: new, label: "HTX thành lập mới", indicator: new_htx, points: 60, method: minmax}
              - {id: htx, label: "Số HTX", indicator: htx, points: 40, method: proportional}
            awards:
              - {ranks: "1", title: "Cờ thi đua"}
            """
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let national = [CoopchartProcess.samples.appendingPathComponent("national-2024-illustrative.csv").path]
        let path = folder.appendingPathComponent("national.pptx").path
        let scheme = folder.appendingPathComponent("national.yaml").path
        let run = try CoopchartProcess.run(["slides"] + national + ["--scheme", scheme, "--year", "2024", "-o", path])
        try #require(run.status == 0, "\(run.stderr)")
        let dump = try OfficeCheck.python("check_pptx.py", ["dump", path])
        let deck = try JSONDecoder().decode(Deck.self, from: Data(dump.stdout))
        let ranking = try #require(deck.slides.first { $0.charts.count == 2 })
        let names = ranking.charts.flatMap(\.categories)
        #expect(names.count == 63 && Set(names).count == 63)
        let figures = try summary(ranking.title?.hasPrefix("HTX thành lập mới") == true ? "new_htx" : "htx", data: national, year: "2024", cluster: false)
        #expect(ranking.charts.flatMap { chart in chart.categories.map { figures[$0] } } == ranking.charts.flatMap { $0.series[0].values })

        // LibreOffice draws every one of the 63 names on that slide.
        let pdf = try OfficeCheck.python("check_pptx.py", ["pdf", folder.path, path])
        struct Pages: Decodable { let pages: [String] }
        let pages = try JSONDecoder().decode(Pages.self, from: Data(pdf.stdout)).pages
        let index = try #require(deck.slides.firstIndex { $0.charts.count == 2 })
        let text = pages[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for name in names { #expect(text.contains(name), "LibreOffice's page \(index + 1) lacks \(name)") }
    }

    @Test func libreOfficeConvertsTheDeckAndEveryChartSlideNamesEveryProvince() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, deck) = try slides(["--lang", "en"], in: folder)
        let pdf = try OfficeCheck.python("check_pptx.py", ["pdf", folder.path, path])
        try #require(pdf.status == 0, "\(pdf.output)")
        struct Pages: Decodable { let pages: [String] }
        let pages = try JSONDecoder().decode(Pages.self, from: Data(pdf.stdout)).pages
        #expect(pages.count == deck.slides.count)
        for (index, slide) in deck.slides.enumerated() where slide.charts.first?.type == "BAR_CLUSTERED" {
            let text = pages[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for name in slide.charts.flatMap(\.categories) { #expect(text.contains(name), "page \(index + 1) (\(slide.title ?? "")) lacks \(name)") }
        }
        #expect(deck.slides.contains { $0.title == "Proposed awards" })
    }

    @Test func theScorecardWorkbooksChartsReadTheLiveTotalAndPointCells() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("scorecard.xlsx").path
        let run = try CoopchartProcess.run(["rank"] + Self.data + ["--scheme", Self.scheme, "-o", workbook])
        try #require(run.status == 0, "\(run.stderr)")
        let check = try OfficeCheck.python("check_pptx.py", ["workbook", workbook])
        try #require(check.status == 0, "\(check.output)")
        struct Charts: Decodable {
            struct Chart: Decodable { let type: String; let series: [Series] }
            struct Series: Decodable { let values: String?; let categories: String?; let name: String? }
            let sheet: String
            let charts: [Chart]
        }
        let charts = try JSONDecoder().decode(Charts.self, from: Data(check.stdout))
        #expect(charts.sheet == "Biểu đồ")
        // The total, the stacked points, and one chart per criterion (the sample scheme has 5), each over the scorecard's 9 rows.
        #expect(charts.charts.count == 2 + 5)
        let all = charts.charts.flatMap(\.series)
        #expect(
            all.allSatisfy {
                $0.categories == "'Bảng điểm'!$C$5:$C$13" && ($0.values ?? "").hasPrefix("'Bảng điểm'!$") && ($0.values ?? "").hasSuffix("$5:$") == false
            })
        #expect(charts.charts[0].series.first?.values == "'Bảng điểm'!$J$5:$J$13" && charts.charts[0].series.first?.name == "'Bảng điểm'!$J$4")
    }

    /// The new-cooperatives slide, rendered by LibreOffice, beside its golden rendering (docs/slides shows the same):
    /// at most 2 % of the pixels may differ (fonts' hinting, anti-aliasing).
    @Test func theNewCooperativesSlideRendersAsItsGoldenImage() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, _) = try slides(["--highlight", "Ninh Bình", "--date", "2017-12-15"], in: folder)
        let golden = OfficeCheck.folder.appendingPathComponent("golden/slide-new-htx-2017.png").path
        let check = try OfficeCheck.python("check_pptx.py", ["golden", folder.path, path, "2", golden])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func badInputIsAClearErrorAndLeavesNoDeckBehind() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("deck.pptx").path
        let unknown = try CoopchartProcess.run(["slides"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "-o", path, "--highlight", "Ninh Binhh"])
        #expect(unknown.status == 1 && unknown.stderr.contains("--highlight") && unknown.stderr.contains("Ninh Bình"), "\(unknown.stderr)")
        let outside = try CoopchartProcess.run(["slides"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "-o", path, "--highlight", "Hà Nội"])
        #expect(outside.status == 1 && outside.stderr.contains("not among the provinces"), "\(outside.stderr)")
        let wrongExtension = try CoopchartProcess.run(
            ["slides"] + Self.data + ["--scheme", Self.scheme, "--year", "2017", "-o", folder.appendingPathComponent("deck.pdf").path])
        #expect(wrongExtension.status == 64 && wrongExtension.stderr.contains(".pptx"))
        let noYear = try CoopchartProcess.run(["slides"] + Self.data + ["--scheme", Self.scheme, "--year", "2031", "-o", path])
        #expect(noYear.status == 1 && noYear.stderr.contains("2031"), "\(noYear.stderr)")
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(contents.isEmpty, "left behind: \(contents)")
    }
}

private extension String {
    /// "45.40" → "45.4", "45.00" → "45": points as coopchart prints them.
    var trimmingTrailingZeroes: String {
        guard contains(".") else { return self }
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
