import Foundation
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting

/// What a kind of chart selects from the data, so every front end asks for the same settings: the
/// command line declares its options from it, the API checks its query against it, the page shows the
/// fields of the chosen kind. A new kind of chart adds its case here and nowhere else.
public enum ChartSelection: Sendable {
    /// One indicator in one period: bar, column, donut, tilemap, map (with the map's own settings).
    case indicatorInPeriod
    /// One indicator over several periods: line, bump, multiples.
    case indicatorOverPeriods
    /// Several indicators in one period: stacked, radar, heatmap.
    case indicatorsInPeriod
    /// Several indicators in one period, or one indicator over several: grouped.
    case indicatorsOrPeriods
    /// Two indicators against each other in one period, and one that sizes the points: scatter.
    case scatter

    /// The selection of a kind of chart.
    public init(_ kind: FigureRequest.Kind) {
        switch kind {
        case .bar, .column, .donut, .tilemap, .map: self = .indicatorInPeriod
        case .line, .bump, .multiples: self = .indicatorOverPeriods
        case .stacked, .radar, .heatmap: self = .indicatorsInPeriod
        case .grouped: self = .indicatorsOrPeriods
        case .scatter: self = .scatter
        }
    }

    /// The settings a chart of this selection reads; other settings of a request are left aside.
    public var parameters: [RequestParameter] {
        switch self {
        case .indicatorInPeriod: return [.indicator, .year, .province]
        case .indicatorOverPeriods: return [.indicator, .years, .province]
        case .indicatorsInPeriod: return [.indicator, .year, .province]
        case .indicatorsOrPeriods: return [.indicator, .years, .province]
        case .scatter: return [.x, .y, .bubble, .year, .province]
        }
    }

    /// Whether the chart shows one period (`year`) rather than several (`years`).
    public var takesOnePeriod: Bool { parameters.contains(.year) }
    /// Whether the chart takes several indicators.
    public var takesSeveralIndicators: Bool { self == .indicatorsInPeriod || self == .indicatorsOrPeriods }
}

/// A chart as a request states it: its kind, what it selects (indicators, periods, provinces as values),
/// how it is drawn and in which format. The command line builds it from its options, the API from its query.
public struct ChartRequest: Sendable, Hashable {
    public var kind: FigureRequest.Kind
    /// Indicator ids or labels, as the person wrote them (the catalog of the data resolves them).
    public var indicators: [String]
    /// The one period of the kinds that show one.
    public var period: Period?
    /// The periods of the kinds that show a change over time.
    public var periods: [Period]?
    /// Provinces to draw, in this order; empty: the cluster's members, else every province with a figure.
    public var provinces: [String]
    public var order: FigureRequest.Order
    public var percent: Bool
    public var x: String?
    public var y: String?
    public var bubble: String?
    /// The map's own settings (classes, their rule or breaks, a midpoint, growth, zoom); other kinds leave them aside.
    public var map = MapSettings()
    /// The language of the chart's words and numbers.
    public var language: Language
    public var drawing: DrawingSettings
    public var format: OutputFormat

    /// How a map classes its values and what it shows, as `coopchart chart map` takes them.
    public struct MapSettings: Sendable, Hashable {
        public var classes: Int?
        public var classRule: FigureRequest.ClassRule = .quantiles
        public var breaks: String?
        public var midpoint: String?
        public var growth = false
        public var zoom: FigureRequest.Zoom = .country
        public init() {}
    }

    public init(
        kind: FigureRequest.Kind, indicators: [String] = [], period: Period? = nil, periods: [Period]? = nil, provinces: [String] = [],
        order: FigureRequest.Order = .registry, percent: Bool = false, x: String? = nil, y: String? = nil, bubble: String? = nil,
        language: Language = .vi, drawing: DrawingSettings = DrawingSettings(), format: OutputFormat
    ) {
        self.kind = kind
        self.indicators = indicators
        self.period = period
        self.periods = periods
        self.provinces = provinces
        self.order = order
        self.percent = percent
        self.x = x
        self.y = y
        self.bubble = bubble
        self.language = language
        self.drawing = drawing
        self.format = format
    }

    /// A request from the figure library's (as a command line's options fill it): its periods read,
    /// an error naming `year` or `years` when one is not a period.
    public init(_ figure: FigureRequest, drawing: DrawingSettings, format: OutputFormat) throws {
        self.init(
            kind: figure.kind, indicators: figure.indicators, period: try figure.year.map { try Period.parse($0, parameter: .year) },
            periods: try figure.years.map { try Period.parseList($0, parameter: .years) }, provinces: figure.provinces, order: figure.order,
            percent: figure.percent, x: figure.x, y: figure.y, bubble: figure.bubble, language: figure.language, drawing: drawing, format: format)
        map.classes = figure.classes
        map.classRule = figure.classRule
        map.breaks = figure.breaks
        map.midpoint = figure.midpoint
        map.growth = figure.growth
        map.zoom = figure.zoom
    }

    public var selection: ChartSelection { ChartSelection(kind) }

    /// Refuses a request that lacks what its kind needs, naming the setting, before any data is touched.
    public func check() throws {
        func missing(_ parameter: RequestParameter, _ english: String, _ vietnamese: String) -> InputError {
            InputError(
                parameter: parameter, message: "a \(kind.rawValue) chart needs \(english) (\(option: parameter))",
                vietnamese: "biểu đồ \(kind.rawValue) cần \(vietnamese) (\(option: parameter))")
        }
        switch selection {
        case .indicatorInPeriod, .indicatorOverPeriods:
            if indicators.isEmpty { throw missing(.indicator, "an indicator", "một chỉ tiêu") }
        case .indicatorsInPeriod, .indicatorsOrPeriods:
            if indicators.isEmpty { throw missing(.indicator, "at least one indicator", "ít nhất một chỉ tiêu") }
        case .scatter:
            if x == nil { throw missing(.x, "an indicator across", "một chỉ tiêu trục ngang") }
            if y == nil { throw missing(.y, "an indicator up", "một chỉ tiêu trục dọc") }
        }
        if selection.takesOnePeriod {
            if period == nil { throw missing(.year, "a period", "một kỳ") }
        } else if periods?.isEmpty ?? true {
            throw missing(.years, "the periods", "các kỳ")
        }
        try drawing.check(format: format)
    }

    /// The figure library's request: only what the kind takes.
    public var figure: FigureRequest {
        var request: FigureRequest
        switch selection {
        case .indicatorInPeriod, .indicatorsInPeriod:
            request = FigureRequest(kind: kind, indicators: indicators, year: period?.description, provinces: provinces)
        case .indicatorOverPeriods, .indicatorsOrPeriods:
            request = FigureRequest(kind: kind, indicators: indicators, years: periods?.map(\.description).joined(separator: ","), provinces: provinces)
        case .scatter:
            request = FigureRequest(kind: kind, year: period?.description, provinces: provinces, x: x, y: y, bubble: bubble)
        }
        if kind == .column { request.order = order }
        if kind == .stacked { request.percent = percent }
        if kind == .map {
            request.classes = map.classes
            request.classRule = map.classRule
            request.breaks = map.breaks
            request.midpoint = map.midpoint
            request.growth = map.growth
            request.zoom = map.zoom
        }
        request.language = language
        request.theme = drawing.resolvedTheme
        return request
    }

    /// A file name for a download: the kind, the indicators and the periods, in ASCII.
    public var fileName: String {
        let periodText =
            period?.description ?? periods.map { list in
                list.count > 1 ? "\(list.first!)-\(list.last!)" : list.first?.description ?? ""
            } ?? ""
        return DownloadName.make([kind.rawValue] + indicators + [x, y].compactMap { $0 } + [periodText], ext: format.pathExtension)
    }
}

/// A file name for a download's Content-Disposition: ASCII letters, digits, `-`, `_` and `.` only.
public enum DownloadName {
    public static func make(_ parts: [String], ext: String) -> String {
        let joined = parts.filter { !$0.isEmpty }.joined(separator: "-")
        let folded = joined.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
        let safe = String(
            folded.unicodeScalars.map { scalar -> Character in
                let c = Character(scalar)
                return (scalar.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_" || c == "." ? c : "-"
            })
        let trimmed = String(safe.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-").prefix(80))
        return (trimmed.isEmpty ? "coopchart" : trimmed) + "." + ext
    }
}
