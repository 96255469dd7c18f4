import CoopAnalytics
import CoopFigures
import CoopCharts
import CoopFormatting

/// Assembles the conference report: cover, overview, a page per key indicator, the scorecard, the
/// robustness of the ranking, province profiles, the method and the data appendix.
public struct ReportBuilder: Sendable {
    public let request: ReportRequest
    public let figures: ReportFigures

    /// The request must carry a scheme: the scorecard is the heart of the report.
    public init(_ request: ReportRequest) throws {
        precondition(request.scheme != nil, "a report needs a scoring scheme")
        self.request = request
        self.figures = try ReportFigures(request)
    }

    private var scheme: ScoringScheme { request.scheme! }

    /// The pages, numbered, with the running header and bookmarks. `fontFamily` is the face the pages
    /// will be drawn with: a long scorecard is cut into pages as that face measures it.
    public func pages(fontFamily: FontFamily = .default) -> [DocumentPage] {
        let size = request.pageSize.size
        let words = Phrasebook.for(request.language)
        let contentHeight = size.height - 2 * 48 - 40
        var pages: [DocumentPage] = [cover(size: size)]

        let overview = Overview(
            dataset: request.dataset, period: request.period, scope: request.scope,
            previousScope: request.previousScope, language: request.language, whole: request.whole)
        var overviewBlocks: [PageBlock] = [.heading(words.overviewHeading)]
        if !overview.tiles.isEmpty {
            overviewBlocks.append(.tiles(overview.tiles.map { Tile(label: $0.label, value: $0.value, note: $0.change) }))
        }
        overviewBlocks.append(.paragraph(overview.paragraph))
        pages.append(DocumentPage(size: size, blocks: overviewBlocks, outline: [.init(title: words.overviewHeading)]))

        for (index, figure) in figures.indicators.enumerated() {
            var outline: [DocumentPage.OutlineEntry] = []
            if index == 0 { outline.append(.init(title: words.indicatorsHeading)) }
            outline.append(.init(title: figure.caption, level: 1))
            // The chart's own title heads the page: a heading repeating it would say it twice.
            pages.append(
                DocumentPage(
                    size: size,
                    blocks: [
                        .chart(figure.chart, height: min(contentHeight * 0.66, size.width * 0.74)),
                        .paragraph(figure.story.joined(separator: " ")),
                    ], outline: outline))
        }

        for (index, map) in figures.maps.enumerated() {
            // A map page: the map as large as the page allows, under the report's running header.
            pages.append(
                DocumentPage(
                    size: size, blocks: [.chart(map.chart, height: min(contentHeight * 0.92, size.width * 1.3))],
                    outline: (index == 0 ? [.init(title: words.mapsHeading)] : []) + [.init(title: map.caption, level: 1)]))
        }

        if let scorecard = figures.scorecard {
            pages += scorecardPages(scorecard, size: size, contentHeight: contentHeight, fontFamily: fontFamily)
        }
        if let robustness = figures.robustness {
            pages += robustnessPages(robustness, size: size, contentHeight: contentHeight, fontFamily: fontFamily)
        }

        // Six radars a page, two across on an upright page and three on a lying one: each large enough
        // for its axes' full labels ("Tỷ lệ HTX hoạt động hiệu quả") beside a circle that can be read.
        let columns = size.width > size.height ? 3 : 2, perPage = 6
        let profileChunks = stride(from: 0, to: figures.profiles.count, by: perPage).map {
            Array(figures.profiles[$0..<min($0 + perPage, figures.profiles.count)])
        }
        for (index, chunk) in profileChunks.enumerated() {
            let cell = min((contentHeight - 70) / Double(perPage / columns), (size.width - 96) / Double(columns) * 1.05)
            // The 0–100 scale is explained once per page, not under each of the six radars.
            pages.append(
                DocumentPage(
                    size: size,
                    blocks: [
                        .heading(words.profilesHeading), .grid(chunk.map(\.chart), columns: columns, cellHeight: cell),
                        .paragraph(ChartStrings(request.language).normalisedNote),
                    ],
                    outline: index == 0 ? [.init(title: words.profilesHeading)] : []))
        }

        pages.append(
            DocumentPage(
                size: size,
                blocks: [.heading(words.methodologyHeading)]
                    + MethodologyText.lines(scheme, cluster: request.cluster, registry: request.dataset.registry, language: request.language).map {
                        PageBlock.paragraph($0)
                    },
                outline: [.init(title: words.methodologyHeading)]))

        pages += appendix(size: size, contentHeight: contentHeight)
        return number(pages)
    }

    /// The PDF, with metadata; identical bytes from run to run unless a date is given.
    public func pdf(options: RenderOptions) throws(CairoError) -> [UInt8] {
        let words = Phrasebook.for(request.language)
        let metadata = DocumentMetadata(
            title: request.resolvedTitle, author: request.organisation ?? "coopchart",
            subject: "\(scheme.title) · \(periodTitle(request.period, request.language))",
            keywords: [words.scorecardHeading, request.cluster?.name ?? ""].filter { !$0.isEmpty }.joined(separator: ", "))
        return try DocumentRenderer.pdf(pages(fontFamily: options.fontFamily), metadata: metadata, options: options)
    }

    /// The scorecard: one page when the table fits it at a readable size; otherwise the table cut into
    /// pages, every part with the header and every province on a row of its own with its total (34 and
    /// 63 units need two or three pages), the sentences after the last part. A Word document joins the
    /// parts back into one table whose header repeats.
    private func scorecardPages(_ scorecard: ReportFigures.ReportFigure, size: Size, contentHeight: Double, fontFamily: FontFamily) -> [DocumentPage] {
        let words = Phrasebook.for(request.language)
        let story = PageBlock.paragraph(scorecard.story.joined(separator: " "))
        let whole = min(contentHeight * 0.7, size.width * 0.8)
        guard let table = scorecard.chart as? ScorecardTable else {
            return [
                DocumentPage(
                    size: size, blocks: [.heading(words.scorecardHeading), .chart(scorecard.chart, height: whole), story],
                    outline: [.init(title: words.scorecardHeading)])
            ]
        }
        let width = size.width - 96
        var height = whole
        var parts = table.pages(fitting: Size(width: width, height: whole), fontFamily: fontFamily, minimumTypeSize: Self.scorecardTypeSize)
        if parts.count > 1 {
            // Every part is measured in the box it is drawn in: the page less the heading above the first
            // part and the sentences under the last (10,5-pt lines of about 5,5 pt a character).
            let storyLines = (Double(scorecard.story.joined(separator: " ").count) * 5.5 / width).rounded(.up)
            height = contentHeight - 30 - storyLines * 15 - 26
            parts = table.pages(fitting: Size(width: width, height: height), fontFamily: fontFamily, minimumTypeSize: Self.scorecardTypeSize)
        }
        return parts.enumerated().map { index, part in
            var blocks: [PageBlock] = index == 0 ? [.heading(words.scorecardHeading)] : []
            blocks.append(.chart(part, height: height))
            if index == parts.count - 1 { blocks.append(story) }
            return DocumentPage(size: size, blocks: blocks, outline: index == 0 ? [.init(title: words.scorecardHeading)] : [])
        }
    }

    /// The robustness chart: on its page between its two paragraphs when every province's name fits;
    /// otherwise cut into pages of rows on one rank axis, so that no name is dropped (63 names do not
    /// fit one box of the page at a readable size).
    private func robustnessPages(
        _ robustness: ReportFigures.ReportFigure, size: Size, contentHeight: Double,
        fontFamily: FontFamily
    ) -> [DocumentPage] {
        let words = Phrasebook.for(request.language)
        let lead = PageBlock.paragraph(robustness.story.first ?? "")
        let rest = PageBlock.paragraph(robustness.story.dropFirst().joined(separator: " "))
        let width = size.width - 96
        var height = min(contentHeight * 0.6, size.width * 0.7)
        var parts: [any Chart] = [robustness.chart]
        if let chart = robustness.chart as? RankIntervalChart {
            let whole = chart.pages(fitting: Size(width: width, height: height), fontFamily: fontFamily, minimumTypeSize: Self.rowTypeSize)
            if whole.count > 1 {
                // The page less the heading and the two paragraphs (10,5-pt lines of about 5,5 pt a character).
                let storyLines = (Double(robustness.story.joined(separator: " ").count) * 5.5 / width).rounded(.up) + 1
                height = contentHeight - 30 - storyLines * 15 - 34
                parts = chart.pages(fitting: Size(width: width, height: height), fontFamily: fontFamily, minimumTypeSize: Self.rowTypeSize)
            }
        }
        return parts.enumerated().map { index, part in
            var blocks: [PageBlock] = index == 0 ? [.heading(words.robustnessHeading), lead] : []
            blocks.append(.chart(part, height: height))
            if index == parts.count - 1 { blocks.append(rest) }
            return DocumentPage(size: size, blocks: blocks, outline: index == 0 ? [.init(title: words.robustnessHeading)] : [])
        }
    }

    /// The smallest type a province's name is set in on a chart of rows (points).
    static let rowTypeSize = 7.0

    /// The smallest type a printed scorecard is set in (points): the size of a yearbook's tables.
    static let scorecardTypeSize = 8.0

    private func cover(size: Size) -> DocumentPage {
        let words = Phrasebook.for(request.language)
        var lines: [String] = []
        if let cluster = request.cluster { lines.append(cluster.title) }
        lines.append(words.periodLine.fill(["period": periodTitle(request.period, request.language)]))
        lines.append(scheme.title)
        if let organisation = request.organisation, !organisation.isEmpty { lines.append(words.preparedBy.fill(["organisation": organisation])) }
        if let date = request.date { lines.append(words.dateLine.fill(["date": date])) }
        return DocumentPage(size: size, blocks: [.cover(title: request.resolvedTitle, lines: lines)], outline: [.init(title: request.resolvedTitle)])
    }

    /// Every figure used (the period and the one before, for growth), then the validation warnings.
    private func appendix(size: Size, contentHeight: Double) -> [DocumentPage] {
        let words = Phrasebook.for(request.language)
        let language = request.language
        let dataset = request.dataset
        let scope = Set(request.scope + request.previousScope)
        let periods: Set<Period> = [request.period, request.period.previous]
        let used = dataset.observations
            .filter { scope.contains($0.province) && periods.contains($0.period) }
            .sorted { ($0.period, $0.province, $0.indicator) < ($1.period, $1.province, $1.indicator) }
        // Sources are cited by number in the table and printed in full, wrapped, after it: a citation
        // such as "Báo cáo … số 125/BC-LMHTX ngày 20/12/2023" is never cut to fit a column.
        var sources: [String] = []
        let rows = used.map { observation -> [String] in
            let indicator = dataset.catalog[observation.indicator]
            var citation = "—"
            if let source = observation.source, !source.isEmpty {
                if !sources.contains(source) { sources.append(source) }
                citation = "[\(sources.firstIndex(of: source)! + 1)]"
            }
            return [
                dataset.registry.provinces[observation.province].name,
                indicator?.label(language) ?? observation.indicator,
                observation.period.description,
                language.format(observation.value, bound: observation.qualifier, maxDecimals: indicator?.decimals ?? 2),
                citation,
            ]
        }
        let header = [words.columnProvince, words.columnIndicator, words.columnPeriod, words.columnValue, words.columnSource]
        let sample = PageTable(header: header, rows: [])
        let firstPageRows = max(1, Int((contentHeight - 90) / sample.rowHeight) - 1)
        let otherPageRows = max(1, Int((contentHeight - 40) / sample.rowHeight) - 1)
        var pages: [DocumentPage] = []
        var start = 0
        repeat {
            let count = pages.isEmpty ? firstPageRows : otherPageRows
            let chunk = Array(rows[start..<min(start + count, rows.count)])
            var blocks: [PageBlock] = pages.isEmpty ? [.heading(words.appendixHeading), .paragraph(words.appendixIntro)] : []
            blocks.append(.table(PageTable(header: header, rows: chunk, columnWeights: [1.5, 3.2, 0.8, 1.3, 0.7], numericColumns: [3])))
            pages.append(DocumentPage(size: size, blocks: blocks, outline: pages.isEmpty ? [.init(title: words.appendixHeading)] : []))
            start += count
        } while start < rows.count
        pages += paged(heading: words.sourcesHeading, lines: sources.enumerated().map { "[\($0.offset + 1)] \($0.element)" }, size: size, perPage: 24)

        // In the report's language: "dbsh.csv:12: Quảng Ninh có …", the location as the command line gives it.
        let warnings = request.warnings.map { "\($0.location): \($0.message(in: request.language))" }
        pages += paged(heading: words.warningsHeading, lines: warnings.isEmpty ? [words.noWarnings] : warnings, size: size, perPage: 18, level: 1)
        return pages
    }

    /// Paragraphs over as many pages as they need, the heading on the first: nothing is left out.
    private func paged(heading: String, lines: [String], size: Size, perPage: Int, level: Int = 0) -> [DocumentPage] {
        stride(from: 0, to: max(lines.count, 1), by: perPage).map { start in
            let chunk = lines[start..<min(start + perPage, lines.count)].map { PageBlock.paragraph($0) }
            return DocumentPage(
                size: size, blocks: (start == 0 ? [.heading(heading)] : []) + chunk,
                outline: start == 0 ? [.init(title: heading, level: level)] : [])
        }
    }

    /// Page numbers and the running header (not on the cover).
    private func number(_ pages: [DocumentPage]) -> [DocumentPage] {
        let words = Phrasebook.for(request.language)
        return pages.enumerated().map { index, page in
            guard index > 0 else { return page }
            var numbered = page
            numbered.header = request.resolvedTitle
            numbered.footer = words.page.fill(["page": String(index + 1), "pages": String(pages.count)])
            return numbered
        }
    }
}
