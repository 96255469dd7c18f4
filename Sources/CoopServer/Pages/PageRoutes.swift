import Foundation
import Hummingbird
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting
import CoopService

/// The four steps as pages, each linkable: `/` (upload), `/datasets/{id}/data`, `…/chart`, `…/rank`,
/// `…/report`; and `/api`, the API's help. Pages are rendered on the server; the script only adds
/// what a page cannot do alone (uploading, the live preview, posting a scheme). Every message on a page is
/// in its language and names its fields.
struct PageRoutes {
    let server: CoopServer

    /// Findings listed on one page of the data step.
    static let findingsPerPage = 100

    func add(to router: Router<ServerContext>) {
        router.get("/") { request, context in
            let frame = try frame(request, context, title: .dataTitle, page: "upload", step: .data, datasetID: nil)
            return Reply.html(server.pages.page("upload", view: [:], frame: frame))
        }
        router.get("/datasets/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return Reply.redirect(to: "/datasets/\(PageRenderer.component(id))/data" + (request.uri.query.map { "?" + $0 } ?? ""))
        }
        addStep(.data, path: "data", page: "dataset", title: .dataTitle, to: router) { dataset, frame, query in
            await dataView(dataset, frame: frame, query: query)
        }
        addStep(.chart, path: "chart", page: "chart", title: .chartTitle, to: router) { dataset, frame, query in
            await chartView(dataset, frame: frame, query: query)
        }
        addStep(.rank, path: "rank", page: "rank", title: .rankTitle, to: router) { dataset, frame, query in
            choicesView(dataset, frame: frame, query: query)
        }
        addStep(.report, path: "report", page: "report", title: .reportTitle, to: router) { dataset, frame, query in
            var view = choicesView(dataset, frame: frame, query: query)
            let words = PageWords.for(frame.language)
            let size = (try? query.value("size")) ?? nil
            view["pageOptions"] = ["a4", "a4-landscape"].map { ["value": $0, "label": words.sizeName($0), "selected": $0 == size] }
            return view
        }
        router.get("/api") { request, context in
            let frame = try frame(request, context, title: .apiTitle, page: "api", step: nil, datasetID: nil)
            return Reply.html(server.pages.page("api", view: ["routes": APIReference.routes(PageWords.for(frame.language))], frame: frame))
        }
    }

    /// The page of one step for a stored dataset, `/datasets/{id}/{path}`, its view made by `view`.
    private func addStep(
        _ step: PageRenderer.Step, path: String, page: String, title: PageWords.Key, to router: Router<ServerContext>,
        view: @escaping @Sendable (StoredDataset, PageRenderer.Frame, Query) async -> [String: Any]
    ) {
        router.get("/datasets/:id/\(path)") { request, context in
            let dataset = try pageDataset(context)
            let frame = try frame(request, context, title: title, page: page, step: step, datasetID: dataset.id)
            return Reply.html(server.pages.page(page, view: await view(dataset, frame, try Query(request.uri.query)), frame: frame))
        }
    }

    private func frame(
        _ request: Request, _ context: ServerContext, title: PageWords.Key, page: String, step: PageRenderer.Step?,
        datasetID: String?
    ) throws -> PageRenderer.Frame {
        let query = try Query(request.uri.query)
        let language = try query.language()
        return PageRenderer.Frame(
            language: language, title: PageWords.for(language)(title), page: page, step: step, datasetID: datasetID,
            csrf: context.session?.csrf, loggedIn: context.session != nil, path: request.uri.path,
            query: query.items.map { ($0.name, $0.value) })
    }

    /// The dataset of a page; a page for one that is gone says so and offers a new upload.
    private func pageDataset(_ context: ServerContext) throws -> StoredDataset {
        let id = context.parameters.get("id") ?? ""
        guard let dataset = server.store.dataset(id) else { throw APIError.noDataset(id) }
        return dataset
    }

    // MARK: Views

    /// The data step: each file as read, the figures as read (a grid for a period, each figure with its
    /// place), the total rows and how each table was read, then the findings a page at a time.
    private func dataView(_ dataset: StoredDataset, frame: PageRenderer.Frame, query: Query) async -> [String: Any] {
        let words = PageWords.for(frame.language)
        let wording = Wording(language: frame.language, forPage: true)
        let files: [[String: Any]] = dataset.files.map { file in
            [
                "name": file.name, "kind": words(file.kind == .cluster ? .kindCluster : .kindData),
                "rows": frame.language.format(Double(file.rows), decimals: 0), "periods": file.periods.joined(separator: ", "),
                "givenPeriod": file.givenPeriod ?? "", "provinces": file.provinces,
                "layout": file.layout.map { words(Self.layoutKey($0)) } ?? "",
            ]
        }
        let digest = dataset.findings
        let pages = max(1, (digest.findings.count + Self.findingsPerPage - 1) / Self.findingsPerPage)
        let page = min(max(1, ((try? query.integer("findings")) ?? nil) ?? 1), pages)
        let shown = digest.findings.dropFirst((page - 1) * Self.findingsPerPage).prefix(Self.findingsPerPage)
        let findings: [[String: Any]] = shown.map {
            [
                "level": $0.severity.rawValue, "levelLabel": words($0.severity == .error ? .levelError : .levelWarning), "location": $0.location,
                "message": Self.message($0, wording),
            ]
        }
        let more: [String] = digest.counts.filter { $0.total > $0.kept }.map { count in
            words(.findingsMore).replacingOccurrences(of: "{count}", with: frame.language.format(Double(count.total - count.kept), decimals: 0))
                .replacingOccurrences(of: "{level}", with: words(count.kind.severity == .error ? .levelError : .levelWarning).lowercased())
                .replacingOccurrences(of: "{topic}", with: count.kind.topic).replacingOccurrences(of: "{listed}", with: "\(count.kept)")
        }
        let figures = dataset.files.reduce(0) { $0 + ($1.kind == .data ? $1.rows : 0) }
        let summary = words(.summaryLine).replacingOccurrences(of: "{errors}", with: "\(digest.errorCount)")
            .replacingOccurrences(of: "{warnings}", with: "\(digest.warningCount)")
            .replacingOccurrences(of: "{files}", with: "\(dataset.files.count)")
            .replacingOccurrences(of: "{figures}", with: frame.language.format(Double(figures), decimals: 0))
        var view: [String: Any] = [
            "files": files, "findings": findings, "hasFindings": !findings.isEmpty, "summary": summary, "findingsMore": more,
            "clusterOptions": clusterOptions(dataset, words: words, selected: (try? query.value("cluster")) ?? nil),
            "sheets": dataset.files.flatMap { file in
                file.sheets.map { sheet in
                    [
                        "location": sheet.location, "layout": sheet.layout, "header": sheet.headerRows, "dataRows": sheet.dataRows,
                        "totalRows": sheet.totalRows,
                        "skipped": sheet.skipped.map(wording.render), "remarks": sheet.remarks.map(wording.render),
                    ] as [String: Any]
                }
            },
        ]
        view["hasSheets"] = !((view["sheets"] as? [[String: Any]])?.isEmpty ?? true)
        if pages > 1 {
            view["findingsPage"] = words(.findingsPage).replacingOccurrences(of: "{page}", with: "\(page)").replacingOccurrences(
                of: "{pages}", with: "\(pages)")
            let base = "/datasets/\(dataset.id)/data?lang=\(frame.language.rawValue)"
            if page > 1 { view["previousFindings"] = base + "&findings=\(page - 1)#findings-title" }
            if page < pages { view["nextFindings"] = base + "&findings=\(page + 1)#findings-title" }
        }
        // The figures as read, for the period asked (else the latest year).
        let requested = ((try? query.value(.year)) ?? nil).flatMap { Period(parsing: $0) }
        let grid = await (try? server.pool.run { FigureGrid(dataset.data, period: requested, language: frame.language) })
        if let grid {
            let legend = words(.figureMissing)
            view["grid"] =
                [
                    "period": grid.period.description,
                    "periodLinks": grid.periods.reversed().map { period -> [String: Any] in
                        [
                            "label": period.description, "current": period == grid.period,
                            "href": "/datasets/\(dataset.id)/data?lang=\(frame.language.rawValue)&year=\(period.description)#figures-title",
                        ]
                    },
                    "indicators": grid.indicators.map { ["id": $0.id, "label": $0.label(frame.language), "unit": $0.unit(frame.language)] },
                    "rows": grid.rows.map { row -> [String: Any] in
                        [
                            "province": row.province,
                            "cells": row.cells.map { cell -> [String: Any] in
                                guard let cell else { return ["missing": true, "title": legend] }
                                var title = "\(words(.figureFrom)) \(cell.location)"
                                if let source = cell.source { title += " · \(words(.figureSource)): \(source)" }
                                if let note = cell.note { title += " · \(words(.figureNote)): \(note)" }
                                return [
                                    "shown": cell.shown, "location": cell.location, "title": title, "marked": cell.qualifier != .exact,
                                    "note": cell.note ?? "",
                                ]
                            },
                        ]
                    },
                    "totals": grid.totals.map { ["label": $0.label, "indicator": $0.indicator, "shown": $0.shown, "location": $0.location] },
                    "hasTotals": !grid.totals.isEmpty, "isEmpty": grid.rows.isEmpty,
                    "legend": [ValueBound.approx, .atLeast, .atMost].map { $0.legend(frame.language) } + ["— " + legend],
                ] as [String: Any]
        }
        return view
    }

    /// A finding's message in the page's words, after its field.
    static func message(_ finding: Finding, _ wording: Wording) -> String {
        let message = wording.message(finding)
        return finding.field.map { "\($0): \(message)" } ?? message
    }

    static func layoutKey(_ layout: FileReport.Layout) -> PageWords.Key {
        switch layout {
        case .long: return .layoutLong
        case .wide: return .layoutWide
        case .office: return .layoutOffice
        case .cluster: return .layoutCluster
        }
    }

    private func clusterOptions(_ dataset: StoredDataset, words: PageWords, selected: String?) -> [[String: Any]] {
        [["value": "", "label": words(.noCluster), "selected": selected == nil]]
            + dataset.clusterChoices.map { choice in
                [
                    "value": choice.value, "label": "\(choice.label) (\(words(choice.builtIn ? .builtInCluster : .uploadedCluster)))",
                    "selected": choice.value == selected,
                ]
            }
    }

    /// The choices of the rank and report steps: periods, clusters, languages, each as the page's own query
    /// had it (so the language switch keeps them).
    private func choicesView(_ dataset: StoredDataset, frame: PageRenderer.Frame, query: Query) -> [String: Any] {
        let words = PageWords.for(frame.language)
        let year = (try? query.value("year")) ?? nil
        let reportLanguage = ((try? query.value("report-lang")) ?? nil).flatMap(Language.init(rawValue:)) ?? frame.language
        var view: [String: Any] = [
            "yearOptions": dataset.data.periods.reversed().map { ["value": $0.description, "label": $0.description, "selected": $0.description == year] },
            "clusterOptions": clusterOptions(dataset, words: words, selected: (try? query.value("cluster")) ?? nil),
            "languageOptions": Language.allCases.map { ["value": $0.rawValue, "label": words.languageName($0), "selected": $0 == reportLanguage] },
            "exampleScheme": Self.exampleScheme,
        ]
        for name in ["title", "organisation", "date", "draws"] { if let value = (try? query.value(name)) ?? nil { view[name] = value } }
        return view
    }

    /// The sample scheme (`samples/scheme-dbsh-2017.yaml`), offered as the ranking step's start.
    static let exampleScheme = EmbeddedFiles.bytes("examples/scheme-dbsh-2017.yaml").map { String(decoding: $0, as: UTF8.self) } ?? ""

    /// The chart step: the controls set from the page's own query (so a chart is linkable and works
    /// without the script), the preview's address, the download links, and the error and notes of the
    /// chart, drawn here once (so they show without the script, and the preview is then in the cache).
    private func chartView(_ dataset: StoredDataset, frame: PageRenderer.Frame, query: Query) async -> [String: Any] {
        let words = PageWords.for(frame.language)
        let wording = Wording(language: frame.language, forPage: true)
        let data = dataset.data
        let indicators = data.catalog.indicators.filter { data.indicatorIDs.contains($0.id) }
        let periods = data.periods
        let fullYears = periods.filter { $0.part == .year }
        func value(_ name: String) -> String? { (try? query.value(name)) ?? nil }
        let kind = value("kind").flatMap(FigureRequest.Kind.init(rawValue:)) ?? .bar
        let preferred = ["new_htx", "htx", "members"].first { id in indicators.contains { $0.id == id } } ?? indicators.first?.id ?? ""
        let indicator = value("indicator") ?? preferred
        let year = value("year") ?? fullYears.last?.description ?? periods.last?.description ?? ""
        // Over the years: all of them, but a grouped chart three at most (so it opens drawn, on a slide).
        let firstYear = kind == .grouped ? fullYears.suffix(3).first : fullYears.first
        let yearsText = value("years") ?? (fullYears.count > 1 ? "\(firstYear!.year)-\(fullYears.last!.year)" : year)
        let (from, to) = Self.range(yearsText)
        // Several indicators for stacked, radar and heatmap; one over the years for grouped, which cannot
        // take both several indicators and several years.
        let chosen: [String]
        if !query.all("indicator").isEmpty {
            chosen = query.all("indicator")
        } else if kind == .grouped && from != to {
            chosen = [indicator]
        } else {
            chosen = Array(indicators.prefix(3).map(\.id))
        }
        let x = value("x") ?? indicators.first?.id ?? ""
        let y = value("y") ?? (indicators.count > 1 ? indicators[1].id : x)
        let chartLanguage = value("chart-lang").flatMap(Language.init(rawValue:)) ?? frame.language
        func options(_ values: [(String, String)], selected: String?) -> [[String: Any]] {
            values.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == selected] }
        }
        let indicatorValues = indicators.map { ($0.id, $0.label(frame.language)) }
        let yearValues = periods.reversed().map { ($0.description, $0.description) }
        let fullYearValues = fullYears.map { ("\($0.year)", "\($0.year)") }

        // The API query for this chart: only what its kind takes, as the script builds it too.
        var api: [(String, String)] = []
        switch ChartSelection(kind) {
        case .indicatorInPeriod:
            api += [("indicator", indicator), ("year", year)]
            if kind == .column, let order = value("order") { api.append(("order", order)) }
            if kind == .map {
                for name in ["classes", "class-rule", "breaks", "midpoint", "zoom"] { if let v = value(name), !v.isEmpty { api.append((name, v)) } }
                if (try? query.flag("growth")) == true { api.append(("growth", "true")) }
            }
        case .indicatorOverPeriods: api += [("indicator", indicator), ("years", yearsText)]
        case .indicatorsInPeriod:
            api += chosen.map { ("indicator", $0) } + [("year", year)]
            if kind == .stacked, (try? query.flag("percent")) == true { api.append(("percent", "true")) }
        case .indicatorsOrPeriods: api += chosen.map { ("indicator", $0) } + [("years", yearsText)]
        case .scatter:
            api += [("x", x), ("y", y), ("year", year)]
            if let bubble = value("bubble") { api.append(("bubble", bubble)) }
        }
        for name in ["size", "theme", "cluster"] { if let v = value(name), !v.isEmpty { api.append((name, v)) } }
        api.append(("lang", chartLanguage.rawValue))
        let base = "/api/datasets/\(dataset.id)/charts/\(kind.rawValue)"
        let previewURL = base + ".svg?" + PageRenderer.encode(api)

        var refusal: String?, parameter: String?, notes: [String] = []
        do {
            let chartQuery = try Query(PageRenderer.encode(api))
            let request = try ChartQuery.request(kind: kind, format: .svg, query: chartQuery)
            let drawn = try await server.chart(ChartKey(dataset: dataset.id, scope: try ScopeKey(chartQuery), request: request), dataset: dataset)
            notes = drawn.notes.map(wording.text)
        } catch {
            let refused = APIError.from(error, logger: server.logger)
            refusal = refused.text(wording)
            parameter = refused.parameter
        }
        var context: [String: Any] = [
            "kinds": options(FigureRequest.Kind.allCases.map { ($0.rawValue, words.kindName($0)) }, selected: kind.rawValue),
            "indicatorOptions": options(indicatorValues, selected: indicator),
            "indicatorChecks": indicatorValues.map { ["value": $0.0, "label": $0.1, "selected": chosen.contains($0.0)] },
            "xOptions": options(indicatorValues, selected: x), "yOptions": options(indicatorValues, selected: y),
            "bubbleOptions": options(indicatorValues, selected: value("bubble")),
            "yearOptions": options(yearValues, selected: year),
            "fromOptions": options(fullYearValues, selected: from), "toOptions": options(fullYearValues, selected: to), "years": yearsText,
            "orderOptions": options(
                [("registry", words(.orderRegistry)), ("value", words(.orderValue)), ("name", words(.orderName))], selected: value("order")),
            "percent": (try? query.flag("percent")) == true,
            "classesOptions": options((2...9).map { (String($0), String($0)) }, selected: value("classes") ?? "5"),
            "classRuleOptions": options([("quantiles", words(.classQuantiles)), ("nice", words(.classNice))], selected: value("class-rule")),
            "breaks": value("breaks") ?? "", "midpoint": value("midpoint") ?? "", "growth": (try? query.flag("growth")) == true,
            "zoomOptions": options([("country", words(.zoomCountry)), ("cluster", words(.zoomCluster))], selected: value("zoom")),
            "sizeOptions": options(PageSize.allCases.map { ($0.rawValue, words.sizeName($0.rawValue)) }, selected: value("size") ?? "slide"),
            "themeOptions": options(Theme.builtIn.map { ($0.name, words.themeName($0.name)) }, selected: value("theme") ?? "conference"),
            "languageOptions": options(Language.allCases.map { ($0.rawValue, words.languageName($0)) }, selected: chartLanguage.rawValue),
            "clusterOptions": clusterOptions(dataset, words: words, selected: value("cluster")),
            "previewURL": previewURL,
            "downloadLinks": OutputFormat.allCases.map { format in
                [
                    "format": format.pathExtension, "label": format.pathExtension.uppercased(),
                    "href": base + ".\(format.pathExtension)?" + PageRenderer.encode(api + [("download", "true")]),
                ]
            },
            "notes": notes, "hasNotes": !notes.isEmpty,
        ]
        // Only when there is one: an optional inside Any is a value to Mustache, and would show as "nil".
        if let refusal { context["error"] = refusal }
        if let parameter { context["errorParameter"] = parameter }
        return context
    }

    /// "2015-2019" → ("2015", "2019"); a list or one year → its first and last.
    static func range(_ text: String) -> (String, String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "," || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        return (parts.first ?? "", parts.last ?? "")
    }
}

/// The API's routes for its help page, in the page's language.
enum APIReference {
    static func routes(_ words: PageWords) -> [[String: String]] {
        [
            ["method": "POST", "path": "/api/datasets", "does": words(.apiUpload), "statuses": "201, 400, 403, 413, 415, 422, 503"],
            ["method": "GET", "path": "/api/datasets/{id}", "does": words(.apiDataset), "statuses": "200, 400, 404"],
            ["method": "GET", "path": "/api/datasets/{id}/figures?year=…", "does": words(.apiFigures), "statuses": "200, 400, 404"],
            ["method": "DELETE", "path": "/api/datasets/{id}", "does": words(.apiDelete), "statuses": "204, 403, 404"],
            ["method": "GET", "path": "/api/datasets/{id}/charts/{kind}.{png|pdf|svg|eps|json}", "does": words(.apiChart), "statuses": "200, 400, 404, 503"],
            [
                "method": "POST", "path": "/api/datasets/{id}/rank?year=…&format=json|csv|explain|xlsx|png|pdf|svg|eps", "does": words(.apiRank),
                "statuses": "200, 400, 403, 404, 413, 422, 503",
            ],
            [
                "method": "POST", "path": "/api/datasets/{id}/report?year=…&format=pdf|docx|pptx|zip", "does": words(.apiReport),
                "statuses": "200, 400, 403, 404, 413, 422, 503",
            ],
            ["method": "GET", "path": "/api", "does": words(.apiHelp), "statuses": "200"],
        ]
    }
}
