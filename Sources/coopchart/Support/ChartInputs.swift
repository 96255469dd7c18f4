import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts
import CoopFormatting

/// What every catalog chart command reads before drawing: the dataset, the cluster, the provinces in
/// scope, and the figures as plain chart values with the sources and notes they carry. The charts
/// library never learns what a province is; this turns provinces into labels.
struct ChartInputs {
    let dataset: Dataset
    let cluster: Cluster?
    let language: Language
    /// Files read, for error messages.
    let files: [String]
    /// Every observation handed to a chart, so the footnotes cite exactly the sources used.
    private(set) var used: [Observation] = []

    init(data: DataOptions, year: String? = nil, indicator: String? = nil) throws {
        (dataset, cluster) = try data.load(year: year, indicator: indicator)
        language = data.lang
        files = data.files
    }

    func indicator(_ text: String, option: String = "--indicator") throws -> Indicator {
        guard let indicator = dataset.catalog.indicator(named: text) else {
            let suggestions = dataset.catalog.suggestions(for: text).joined(separator: ", ")
            throw InputError(file: option, message: "unknown indicator \"\(text)\"; did you mean \(suggestions)?")
        }
        return indicator
    }

    /// `--years 2015-2019` (or a single year, or a comma list such as 2015,2017,2019).
    static func periods(_ text: String, option: String = "--years") throws -> [Period] {
        let trimmed = text.replacingOccurrences(of: " ", with: "")
        if trimmed.contains(",") { return try trimmed.split(separator: ",").map { try parsePeriod(String($0), option: option) } }
        let parts = trimmed.split(separator: "-").map(String.init)
        if parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), parts[0].count == 4, parts[1].count == 4 {
            guard first <= last, last - first < 60 else {
                throw InputError(file: option, message: "\"\(text)\" is not a range of years; write the first year then the last, e.g. 2015-2019")
            }
            return (first...last).map { Period(year: $0) }
        }
        return [try parsePeriod(trimmed, option: option)]
    }

    /// The provinces drawn: `--province` names if given, else the cluster's members, else every province with
    /// a figure for the indicators in the periods (registry order).
    func scope(indicators: [Indicator], periods: [Period], provinces: [String]) throws -> [Int] {
        if !provinces.isEmpty {
            let period = periods.last ?? Period(year: 2017)
            return try provinces.map { text in
                switch dataset.registry.resolve(text, in: period) {
                case .found(let index): return index
                default:
                    let suggestions = dataset.registry.suggestions(for: text).joined(separator: ", ")
                    throw InputError(file: "--province", message: "unknown province \"\(text)\" in \(period); did you mean \(suggestions)?")
                }
            }
        }
        if let cluster {
            var members: [Int] = []
            for period in periods {
                for member in try cluster.scope(in: period, registry: dataset.registry) where !members.contains(member) { members.append(member) }
            }
            return members.sorted()
        }
        let ids = Set(indicators.map(\.id))
        let periodSet = Set(periods)
        let found = Set(dataset.observations.filter { ids.contains($0.indicator) && periodSet.contains($0.period) }.map(\.province)).sorted()
        guard !found.isEmpty else {
            let have = Set(dataset.observations.filter { ids.contains($0.indicator) }.map(\.period)).sorted().map(\.description).joined(separator: ", ")
            throw InputError(file: files.joined(separator: ", "),
                             message: "no figures for \(indicators.map(\.id).joined(separator: ", ")) in \(periods.map(\.description).joined(separator: ", ")); periods with figures: \(have.isEmpty ? "none" : have)")
        }
        return found
    }

    func name(_ province: Int) -> String { dataset.registry.provinces[province].name }

    /// The figure as a chart value (missing stays missing), remembered for the footnotes.
    mutating func value(_ province: Int, _ period: Period, _ indicator: Indicator) -> ChartValue {
        guard let observation = dataset.observation(province: province, period: period, indicator: indicator.id) else { return .missing }
        used.append(observation)
        return ChartValue(observation.value, bound: observation.qualifier)
    }

    /// The source line, then the notes the figures carry ("as of 26/8", year-to-date), provinces sharing a note named together.
    var footnotes: [String] {
        var sources: [String] = []
        for observation in used { if let source = observation.source, !sources.contains(source) { sources.append(source) } }
        var lines: [String] = []
        if !sources.isEmpty {
            let lead = language == .vi ? "Nguồn: " : (sources.count > 1 ? "Sources: " : "Source: ")
            lines.append(lead + sources.joined(separator: "; "))
        }
        var byNote: [(note: String, names: [String])] = []
        for observation in used {
            guard let note = observation.note, !note.isEmpty else { continue }
            let label = "\(name(observation.province)) \(observation.period)"
            if let index = byNote.firstIndex(where: { $0.note == note }) {
                if !byNote[index].names.contains(label) { byNote[index].names.append(label) }
            } else {
                byNote.append((note, [label]))
            }
        }
        if !byNote.isEmpty {
            lines.append((language == .vi ? "Ghi chú: " : "Notes: ") + byNote.map { "\($0.names.joined(separator: ", ")): \($0.note)" }.joined(separator: "; "))
        }
        if let restated = ClusterNote.restatement(cluster, registry: dataset.registry, language: language) { lines.append(restated) }
        return lines
    }

    /// "Đơn vị: HTX · Cụm thi đua …" and any extra parts.
    func subtitle(_ parts: [String], unit: String?) -> String {
        var all = parts
        if let unit { all.append((language == .vi ? "Đơn vị: " : "Unit: ") + unit) }
        if let cluster { all.append(cluster.title) }
        return all.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// "năm 2015–2019" / "2015–2019", or the single period's title.
    func periodsTitle(_ periods: [Period]) -> String {
        guard let first = periods.first, let last = periods.last else { return "" }
        if periods.count == 1 { return periodTitle(first, language) }
        return (language == .vi ? "giai đoạn " : "") + "\(first)–\(last)"
    }

    func chrome(title: String, subtitle: String, decimals: Int, theme: Theme, suffix: String = "") -> ChartChrome {
        ChartChrome(title: title, subtitle: subtitle, footnotes: footnotes, locale: language, maxDecimals: decimals, valueSuffix: suffix, theme: theme)
    }
}

extension ChartInputs {
    /// What the over-time charts (line, multiples) share: one indicator's values per province and period,
    /// and the chrome that titles them.
    mutating func trend(indicator text: String, years: String, provinces: [String], theme: Theme) throws
        -> (periods: [Period], series: [ChartSeries], chrome: ChartChrome)
    {
        let indicator = try self.indicator(text)
        let periods = try ChartInputs.periods(years)
        let scope = try self.scope(indicators: [indicator], periods: periods, provinces: provinces)
        var series: [ChartSeries] = []
        for province in scope {
            series.append(ChartSeries(name: name(province), values: periods.map { value(province, $0, indicator) }))
        }
        let chrome = self.chrome(title: "\(indicator.label(language)) \(periodsTitle(periods))",
                                 subtitle: subtitle([], unit: indicator.unit(language)), decimals: indicator.isCount ? 0 : 1, theme: theme)
        return (periods, series, chrome)
    }
}

/// Renders a chart with the rendering options and writes it atomically.
enum ChartOutput {
    static func write(_ chart: some Chart, rendering: RenderingOptions, inputs: [String]) throws {
        let format = try rendering.format()
        let bytes = try ChartRendering.render(chart, format: format, options: try rendering.renderOptions(), path: rendering.output)
        try AtomicFile.write(bytes, to: rendering.output, inputs: inputs, force: rendering.overwrite.force)
    }
}
