import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting
import CoopReport

/// How the deck looks beyond the report request: the theme of its charts, a province picked out, and
/// the fonts its text is written in.
public struct SlideOptions: Sendable {
    public var theme: Theme
    /// A province name as the user typed it (`--highlight "Ninh Bình"`), resolved against the registry.
    public var highlight: String?
    /// Windows fonts, as the Word report writes them (drawn on Linux with their metric-compatible
    /// stand-ins, Liberation Sans and Liberation Serif): titles in Times New Roman, text in Arial.
    public var headingFont = "Times New Roman"
    public var bodyFont = "Arial"
    /// The date written into pictures (fixed for reproducible files) and the seconds written into the
    /// embedded workbooks.
    public var documentDate: DocumentDate = .omitted
    /// 1 January 1980, the first day a ZIP can record, unless SOURCE_DATE_EPOCH says otherwise: never "now", so
    /// two runs give the same bytes.
    public var created: Int = SlideOptions.fixedCreation
    public static let fixedCreation = 315_532_800

    public init(theme: Theme = .conference, highlight: String? = nil) {
        self.theme = theme
        self.highlight = highlight
    }
}

/// The conference deck, made from the same request and figures as the report (`ReportFigures`), in
/// the report's order: the cover; one slide per figure of `coopchart figures`, in its order and under
/// its title (a native chart where PowerPoint has the kind, else a picture at twice the slide's size);
/// the scorecard as a native table over as many slides as it needs, the header on each; the awards.
public enum PowerPointDeck {
    /// The .pptx file's bytes.
    public static func pptx(_ request: ReportRequest, options: SlideOptions) throws -> [UInt8] {
        let deck = try deck(request, options: options)
        var pictures = RenderOptions()
        pictures.fontFamily = FontFamily("Arial")
        pictures.background = options.theme.background
        pictures.documentDate = options.documentDate
        return try PptxPackage(deck: deck, pictureOptions: pictures, created: options.created).bytes()
    }

    /// The deck's content, before any XML.
    public static func deck(_ request: ReportRequest, options: SlideOptions) throws -> SlideDeck {
        let language = request.language
        let words = SlideWords.for(language)
        let highlight = try options.highlight.map { try resolve($0, request: request) }
        let figures = try ReportFigures(request)
        let conversion = NativeConversion(theme: options.theme, fontName: options.bodyFont, highlight: highlight, words: words)
        var slides = [cover(request)]
        for figure in figures.all {
            slides.append(figureSlide(figure, conversion: conversion, words: words))
            if figure.name == figures.scorecard?.name, let table = figure.chart as? ScorecardTable {
                slides += scorecardSlides(table, highlight: highlight, words: words)
                slides.append(awardsSlide(figure, words: words))
            }
        }
        return SlideDeck(
            title: request.resolvedTitle, author: request.organisation ?? "coopchart", language: language.tag, date: request.date,
            slides: slides, headingFont: options.headingFont, bodyFont: options.bodyFont,
            accent: 0x1F3864, textColor: 0x1A1A1A)
    }

    /// The registry's name of the province `text` names in the report's period; an error names the setting.
    static func resolve(_ text: String, request: ReportRequest) throws -> String {
        let registry = request.dataset.registry
        switch registry.resolve(text, in: request.period) {
        case .found(let index):
            let name = registry.provinces[index].name
            guard request.scope.contains(index) else {
                let scope = request.scope.map { registry.provinces[$0].name }.joined(separator: ", ")
                throw InputError(
                    parameter: .highlight, message: "\(name) is not among the provinces of the report (\(scope)); highlight one of them",
                    vietnamese: "\(name) không thuộc các tỉnh của báo cáo (\(scope)); hãy chọn một trong số đó")
            }
            return name
        case .notInForce(let candidates):
            let names = candidates.map { registry.provinces[$0].name }.joined(separator: ", ")
            throw InputError(
                parameter: .highlight, message: "\"\(text)\" is not a unit in force in \(request.period); the units in force for it: \(names)",
                vietnamese: "\"\(text)\" không phải là đơn vị hành chính trong kỳ \(request.period); các đơn vị thay thế: \(names)")
        case .unknown(let suggestions):
            throw InputError(
                parameter: .highlight, message: "unknown province \"\(text)\"; did you mean \(suggestions.joined(separator: ", "))?",
                vietnamese: "không có tỉnh \"\(text)\" trong danh mục; có phải \(suggestions.joined(separator: ", "))?")
        }
    }

    private static func cover(_ request: ReportRequest) -> SlideDeck.Slide {
        let words = Phrasebook.for(request.language)
        var lines: [String] = []
        if let cluster = request.cluster { lines.append(cluster.title) }
        lines.append(words.periodLine.fill(["period": periodTitle(request.period, request.language)]))
        if let scheme = request.scheme { lines.append(scheme.title) }
        if let organisation = request.organisation, !organisation.isEmpty { lines.append(words.preparedBy.fill(["organisation": organisation])) }
        if let date = request.date { lines.append(words.dateLine.fill(["date": date])) }
        return SlideDeck.Slide(title: request.resolvedTitle, body: .cover(lines: lines), notes: [request.resolvedTitle] + lines)
    }

    /// A figure's slide: its chart (native or a picture), its sources and notes under it, and in full in the notes.
    private static func figureSlide(_ figure: ReportFigures.ReportFigure, conversion: NativeConversion, words: SlideWords) -> SlideDeck.Slide {
        let chrome = (figure.chart as? any ChromedChart)?.chrome
        var footnotes = chrome?.footnotes ?? []
        if let ranking = figure.chart as? RankingBarChart {
            footnotes = [ranking.boundsLegend, ranking.missingNote].compactMap { $0 } + footnotes
        }
        if figure.chart is RadarChart, let chrome { footnotes.insert(ChartStrings(chrome.locale).normalisedNote, at: 0) }
        let body: SlideDeck.Body
        var notes = [figure.caption]
        if let natives = conversion.convert(figure.chart) {
            body = .charts(natives)
            if natives.count > 1, let count = (figure.chart as? RankingBarChart)?.rankedBars.count {
                footnotes.insert(words.panels.fill(["count": String(count), "panels": String(natives.count)]), at: 0)
            }
            notes.append(words.editNote)
        } else {
            body = .picture(chart: figure.chart, altText: altText(figure.chart, words: words))
            notes.append(words.pictureNote)
        }
        if !figure.story.isEmpty { notes += figure.story }
        if !footnotes.isEmpty { notes += [words.chartNotesLead] + footnotes }
        // Every source in full, one a line, and every note, even those the chart itself does not print.
        if !figure.sources.isEmpty { notes += [words.sourcesLead] + figure.sources.map { "• " + $0 } }
        let unprinted = figure.notes.filter { note in !footnotes.contains { $0.contains(note) } }
        if !unprinted.isEmpty { notes += [words.notesLead] + unprinted.map { "• " + $0 } }
        if figure.sources.isEmpty && !footnotes.contains(where: { $0.hasPrefix(words.sourceWord) }) { notes.append(words.noSources) }
        return SlideDeck.Slide(title: figure.caption, subtitle: chrome?.subtitle ?? "", body: body, footer: footer(footnotes, words: words), notes: notes)
    }

    /// The footer line: every footnote, cut with a pointer to the notes when it would not fit two lines.
    static func footer(_ lines: [String], words: SlideWords) -> String {
        let joined = lines.joined(separator: " · ")
        let limit = 300
        guard joined.count > limit else { return joined }
        return String(joined.prefix(limit - words.seeNotes.count)) + words.seeNotes
    }

    /// The alt text of a picture: its title, then its names and figures as a sentence.
    static func altText(_ chart: any Chart, words: SlideWords) -> String {
        var figures: [String] = []
        switch chart {
        case let table as ScorecardTable:
            figures = table.rows.map { "\(table.rankText($0)). \($0.name) \(table.chrome.format($0.total))" }
        case let bands as RankIntervalChart:
            figures = bands.orderedItems.map { "\($0.name) \($0.nominalRank) (\($0.lowRank)–\($0.highRank))" }
        default:
            figures = chart.requiredLabels
        }
        return words.altText.fill(["title": chart.title, "figures": figures.joined(separator: "; ")])
    }

    /// The scorecard as native tables: every province, the header on each slide.
    private static func scorecardSlides(_ table: ScorecardTable, highlight: String?, words: SlideWords) -> [SlideDeck.Slide] {
        let chrome = table.chrome
        let header =
            [words.rank, words.province]
            + table.criteria.map { criterion in
                criterion.maxPoints.map { "\(criterion.label) (\(chrome.locale.format($0, maxDecimals: 2)))" } ?? criterion.label
            } + [words.adjustments, words.total, words.award]
        let rows = table.rows.map { row -> [String] in
            [table.rankText(row), row.name] + row.points.map { point in point.value.map { chrome.format($0, bound: point.bound) } ?? "—" }
                + [row.adjustments == 0 ? "" : chrome.locale.format(row.adjustments, maxDecimals: 2), chrome.format(row.total), row.award ?? ""]
        }
        let perSlide = 12
        let parts = max(1, (rows.count + perSlide - 1) / perSlide)
        let numeric = Set([0] + (2..<(header.count - 1)).map { $0 })
        let weights = [0.9, 2.2] + table.criteria.map { _ in 1.3 } + [1.1, 1.1, 1.8]
        let notes = [table.title] + table.allNotes
        return (0..<parts).map { part in
            let slice = Array(rows[(part * perSlide)..<min(rows.count, (part + 1) * perSlide)])
            let emphasised = Set(slice.indices.filter { slice[$0][1] == highlight })
            let title = parts == 1 ? table.title : words.continued.fill(["title": table.title, "part": String(part + 1), "parts": String(parts)])
            return SlideDeck.Slide(
                title: title, subtitle: chrome.subtitle,
                body: .table(header: header, rows: slice, numericColumns: numeric, emphasised: emphasised, columnWeights: weights),
                footer: footer(table.allNotes, words: words), notes: notes)
        }
    }

    private static func awardsSlide(_ figure: ReportFigures.ReportFigure, words: SlideWords) -> SlideDeck.Slide {
        let lines = figure.story.isEmpty ? [words.noAwards] : figure.story
        return SlideDeck.Slide(title: words.awardsTitle, body: .bullets(lines), notes: [words.awardsTitle] + lines)
    }
}
