import CoopAnalytics
import CoopCharts
import CoopFormatting

/// What every figure function resolves before drawing: indicators and periods from the request's
/// texts, the provinces in scope, their names, and their figures as chart values. The charts library
/// never learns what a province is; this is where provinces become labels.
struct FigureContext {
    let data: FigureData
    let request: FigureRequest
    let words: FigureWords

    init(_ data: FigureData, _ request: FigureRequest) {
        self.data = data
        self.request = request
        words = FigureWords.for(request.language)
    }

    var dataset: Dataset { data.dataset }
    var language: Language { request.language }

    func indicator(_ text: String, parameter: RequestParameter = .indicator) throws -> Indicator {
        guard let indicator = dataset.catalog.indicator(named: text) else {
            let suggestions = dataset.catalog.suggestions(for: text).joined(separator: ", ")
            throw InputError(
                parameter: parameter, message: "unknown indicator \"\(text)\"; did you mean \(suggestions)?",
                vietnamese: "không có chỉ tiêu \"\(text)\"; có phải là \(suggestions)?")
        }
        return indicator
    }

    /// The request's indicators: exactly one, or at least `minimum`.
    func indicators(minimum: Int = 1, maximum: Int = .max) throws -> [Indicator] {
        guard request.indicators.count >= minimum else {
            throw InputError(
                parameter: .indicator,
                message: minimum == 1
                    ? "give an indicator (\(option: .indicator) new_htx)"
                    : "a \(request.kind.rawValue) chart needs at least \(minimum) indicators (\(option: .indicator))",
                vietnamese: minimum == 1
                    ? "hãy chọn một chỉ tiêu (\(option: .indicator) new_htx)"
                    : "biểu đồ \(request.kind.rawValue) cần ít nhất \(minimum) chỉ tiêu (\(option: .indicator))")
        }
        guard request.indicators.count <= maximum else {
            throw InputError(
                parameter: .indicator,
                message: "a \(request.kind.rawValue) chart takes \(maximum == 1 ? "one indicator" : "at most \(maximum) indicators")",
                vietnamese: "biểu đồ \(request.kind.rawValue) nhận \(maximum == 1 ? "một chỉ tiêu" : "tối đa \(maximum) chỉ tiêu")")
        }
        return try request.indicators.map { try indicator($0) }
    }

    /// The request's one period (`--year`).
    func period() throws -> Period {
        guard let year = request.year else {
            throw InputError(
                parameter: .year, message: "give the period: \(option: .year) 2017 (or 2017-H1)",
                vietnamese: "hãy chọn kỳ: \(option: .year) 2017 (hoặc 2017-H1)")
        }
        return try Period.parse(year, parameter: .year)
    }

    /// The request's periods (`--years`), or its one period.
    func periods() throws -> [Period] {
        if let years = request.years { return try Period.parseList(years, parameter: .years) }
        if request.year != nil { return [try period()] }
        throw InputError(
            parameter: .years, message: "give the periods: \(option: .years) 2015-2019 (or 2015,2017,2019)",
            vietnamese: "hãy chọn các kỳ: \(option: .years) 2015-2019 (hoặc 2015,2017,2019)")
    }

    /// The provinces drawn: the request's in its order, else the cluster's members in force in the
    /// periods, else every province with a figure for the indicators in the periods (registry order).
    func scope(indicators: [Indicator], periods: [Period]) throws -> [Int] {
        if !request.provinces.isEmpty {
            let period = periods.last ?? Period(year: 2017)
            return try request.provinces.map { text in
                switch dataset.registry.resolve(text, in: period) {
                case .found(let index): return index
                default:
                    let suggestions = dataset.registry.suggestions(for: text).joined(separator: ", ")
                    throw InputError(
                        parameter: .province, message: "unknown province \"\(text)\" in \(period); did you mean \(suggestions)?",
                        vietnamese: "không có tỉnh \"\(text)\" trong kỳ \(period); có phải là \(suggestions)?")
                }
            }
        }
        if let cluster = data.cluster {
            var members: [Int] = []
            for period in periods {
                for member in try cluster.scope(in: period, registry: dataset.registry) where !members.contains(member) { members.append(member) }
            }
            return members.sorted()
        }
        let ids = Set(indicators.map(\.id))
        let periodSet = Set(periods)
        let found = Set(dataset.observations.lazy.filter { ids.contains($0.indicator) && periodSet.contains($0.period) }.map(\.province)).sorted()
        guard !found.isEmpty else {
            let have = Set(dataset.observations.lazy.filter { ids.contains($0.indicator) }.map(\.period)).sorted().map(\.description)
            throw InputError(
                parameter: request.years != nil ? .years : .year,
                message: "no figures for \(indicators.map(\.id).joined(separator: ", ")) in \(periods.map(\.description).joined(separator: ", ")); "
                    + "periods with figures: \(have.isEmpty ? "none" : have.joined(separator: ", "))",
                vietnamese: "không có số liệu \(indicators.map(\.id).joined(separator: ", ")) trong kỳ \(periods.map(\.description).joined(separator: ", ")); "
                    + "các kỳ có số liệu: \(have.isEmpty ? "không có" : have.joined(separator: ", "))")
        }
        return found
    }

    func name(_ province: Int) -> String { dataset.registry.provinces[province].name }

    func observation(_ province: Int, _ period: Period, _ indicator: Indicator) -> Observation? {
        dataset.observation(province: province, period: period, indicator: indicator.id)
    }

    /// The figure as a chart value (missing stays missing), recorded in `evidence` for the footnotes.
    func value(_ province: Int, _ period: Period, _ indicator: Indicator, _ evidence: inout FigureEvidence) -> ChartValue {
        let observation = observation(province, period, indicator)
        evidence.record(observation)
        guard let observation else { return .missing }
        return ChartValue(observation.value, bound: observation.qualifier)
    }

    /// "Đơn vị: HTX · Cụm thi đua …" after any given parts.
    func subtitle(_ parts: [String] = [], unit: String?) -> String {
        var all = parts
        if let unit { all.append(words.unitLead + unit) }
        if let cluster = data.cluster { all.append(cluster.title) }
        return all.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Digits after the decimal mark for an indicator's figures: whole counts, one decimal otherwise.
    func decimals(_ indicators: [Indicator]) -> Int { indicators.map(\.decimals).max() ?? 0 }

    func chrome(title: String, subtitle: String, decimals: Int, evidence: FigureEvidence, suffix: String = "") -> ChartChrome {
        ChartChrome(
            title: title, subtitle: subtitle, footnotes: evidence.footnotes(data, words: words), locale: language,
            maxDecimals: decimals, valueSuffix: suffix, theme: request.theme)
    }

    func inTitle(_ label: String) -> String { words.inTitle(label) }
}
