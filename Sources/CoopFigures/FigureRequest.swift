import CoopAnalytics
import CoopCharts
import CoopFormatting

/// What a front end asks the figure library for: the kind, the selection (indicators, periods,
/// provinces) and the presentation (language, theme). Texts are kept as the user wrote them so that
/// every error names the option (`--indicator`, `--year`) or, for the browser app, the parameter.
public struct FigureRequest: Sendable, Hashable {
    public enum Kind: String, CaseIterable, Sendable {
        case bar, column, grouped, stacked, line, bump, radar, donut, scatter, heatmap, multiples, tilemap, map
    }

    /// How a map chooses its classes when no breaks are given.
    public enum ClassRule: String, CaseIterable, Sendable { case quantiles, nice }

    /// What a map frames: the whole country, or the cluster's members with a locator map.
    public enum Zoom: String, CaseIterable, Sendable { case country, cluster }

    /// How a column chart orders its bars where it does not rank them.
    public enum Order: String, CaseIterable, Sendable { case registry, value, name }

    public var kind: Kind
    /// Indicator ids or labels; one for most kinds, several for grouped, stacked, radar and heatmap.
    public var indicators: [String]
    /// One period (`2017`, `2017-H1`), for the kinds that show one.
    public var year: String?
    /// Several periods (`2015-2019`, `2015,2017`), for the kinds that show a change over time.
    public var years: String?
    /// Provinces to draw, in this order; empty: the cluster's members, else every province with a figure.
    public var provinces: [String]
    public var order: Order
    /// Stacked: each stack as 100 %.
    public var percent: Bool
    /// Scatter: the indicators on the axes and the one that sizes the points.
    public var x: String?
    public var y: String?
    public var bubble: String?
    /// Map: how many classes (2–9; default 5), by which rule, or the class breaks as written ("10,20,50").
    public var classes: Int?
    public var classRule: ClassRule
    public var breaks: String?
    /// Map: the value a diverging scale is centred on, as written ("100").
    public var midpoint: String?
    /// Map: the change against the previous period, in %, rather than the figure itself.
    public var growth: Bool
    /// Map: the whole country, or the cluster's region.
    public var zoom: Zoom
    public var language: Language
    public var theme: Theme

    public init(
        kind: Kind, indicators: [String] = [], year: String? = nil, years: String? = nil, provinces: [String] = [],
        order: Order = .registry, percent: Bool = false, x: String? = nil, y: String? = nil, bubble: String? = nil,
        classes: Int? = nil, classRule: ClassRule = .quantiles, breaks: String? = nil, midpoint: String? = nil, growth: Bool = false,
        zoom: Zoom = .country, language: Language = .vi, theme: Theme = .conference
    ) {
        self.kind = kind
        self.indicators = indicators
        self.year = year
        self.years = years
        self.provinces = provinces
        self.order = order
        self.percent = percent
        self.x = x
        self.y = y
        self.bubble = bubble
        self.classes = classes
        self.classRule = classRule
        self.breaks = breaks
        self.midpoint = midpoint
        self.growth = growth
        self.zoom = zoom
        self.language = language
        self.theme = theme
    }

    /// The same request with one setting changed: `request.with(\.percent, true)`.
    public func with<Value>(_ setting: WritableKeyPath<FigureRequest, Value>, _ value: Value) -> FigureRequest {
        var copy = self
        copy[keyPath: setting] = value
        return copy
    }
}
