import CoopFormatting

/// What every chart kind carries besides its data: title, subtitle, footnotes (sources, notes on
/// year-to-date or "as of" figures), language, number format and theme.
public struct ChartChrome: Sendable, Hashable {
    public var title: String
    public var subtitle: String
    /// Lines at the bottom, in order (the source line first, by convention).
    public var footnotes: [String]
    public var locale: Language
    /// Digits after the decimal mark for values (trailing zeros dropped).
    public var maxDecimals: Int
    /// Appended to printed values, e.g. "%"; empty for plain numbers.
    public var valueSuffix: String
    public var theme: Theme

    /// Creates the chrome of a chart.
    public init(
        title: String, subtitle: String = "", footnotes: [String] = [], locale: Language = .vi,
        maxDecimals: Int = 2, valueSuffix: String = "", theme: Theme = .conference
    ) {
        self.title = title
        self.subtitle = subtitle
        self.footnotes = footnotes
        self.locale = locale
        self.maxDecimals = maxDecimals
        self.valueSuffix = valueSuffix
        self.theme = theme
    }

    /// Localised words of the chrome.
    public var strings: ChartStrings { ChartStrings(locale) }

    /// A value as printed: its bound mark, the locale's separators, the suffix (≈590, >120.000, 46,5%).
    public func format(_ value: Double, bound: ValueBound = .exact, maxDecimals: Int? = nil) -> String {
        locale.format(value, bound: bound, maxDecimals: maxDecimals ?? self.maxDecimals) + valueSuffix
    }

    /// The explanation of every bound mark among `bounds`, or nil when all are exact.
    public func boundsLegend(_ bounds: some Sequence<ValueBound>) -> String? {
        let present = Set(bounds)
        let legends = ValueBound.allCases.filter { $0 != .exact && present.contains($0) }.map { $0.legend(locale) }
        return legends.isEmpty ? nil : legends.joined(separator: "    ")
    }
}

/// A figure as a chart receives it: a number with its bound, or nothing (missing is never zero).
public struct ChartValue: Sendable, Hashable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// The number; nil when the figure is missing.
    public var value: Double?
    public var bound: ValueBound

    /// Creates a figure; a non-finite number counts as missing.
    public init(_ value: Double?, bound: ValueBound = .exact) {
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.bound = bound
    }

    /// A missing figure.
    public static let missing = ChartValue(nil)

    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }
}

/// One named row of figures: a province's values over periods or indicators.
public struct ChartSeries: Sendable, Hashable {
    public var name: String
    public var values: [ChartValue]

    /// Creates a series; `values` line up with the chart's periods or categories.
    public init(name: String, values: [ChartValue]) {
        self.name = name
        self.values = values
    }
}

/// A line at a value, such as the cluster average. The chart prints the value itself, in its own number
/// format, so a Vietnamese chart can never show an English "40.9" beside its "40,9" bars.
public struct ChartReference: Sendable, Hashable {
    public var value: Double
    /// What the line is, e.g. "Bình quân cụm".
    public var name: String
    /// Approximate or a bound when the figures behind it are (≈40,9).
    public var bound: ValueBound
    /// Digits after the decimal mark (trailing zeros dropped).
    public var maxDecimals: Int

    /// Creates a reference line labelled "name: value".
    public init(value: Double, name: String, bound: ValueBound = .exact, maxDecimals: Int = 1) {
        self.value = value
        self.name = name
        self.bound = bound
        self.maxDecimals = maxDecimals
    }

    /// "Bình quân cụm: 22,9": the name, then the value in `locale` with its bound mark and `suffix` (e.g. "%").
    public func label(_ locale: Language, suffix: String = "") -> String {
        "\(name): " + locale.format(value, bound: bound, maxDecimals: maxDecimals) + suffix
    }
}

/// A chart kind built on the shared chrome: the title comes from it.
public protocol ChromedChart: Chart {
    var chrome: ChartChrome { get }
}

extension ChromedChart {
    public var title: String { chrome.title }
}
