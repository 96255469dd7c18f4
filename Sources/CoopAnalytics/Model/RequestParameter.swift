import CoopFormatting

/// A setting a person chooses in a request — the period, an indicator, the cluster, the page size … —
/// named once here, and spelled by each front end its own way: `--year` on the command line, `year` in the
/// HTTP API, the field "Kỳ" on the web page. An error about a setting names it (`InputError.parameter`);
/// a message that mentions a setting writes `\(option: .year)`, which each front end renders in its own
/// words (`ParameterText.render`), so no library message carries a command-line flag.
public enum RequestParameter: String, Sendable, Hashable, CaseIterable {
    // Reading the data.
    case files, year, yearOf = "year-of", indicatorFile = "indicators", numberStyle = "number-style", sheet
    // What a chart, table or ranking shows.
    case indicator, years, province, order, percent, x, y, bubble, cluster, harmonize, restateCluster = "restate-cluster", lang
    // The map's classes and frame; the deck's highlighted province.
    case classes, classRule = "class-rule", breaks, midpoint, growth, zoom, highlight
    // How it is drawn and written.
    case size, width, height, scale, dpi, font, theme, output, format, formats
    // Ranking and the report.
    case scheme, sensitivity, seed, spread, estimateSpread = "estimate-spread", explain, comparePrevious = "compare-previous"
    case title, organisation, date

    /// How a message mentions this setting until a front end spells it.
    public var mention: String { ParameterText.open + rawValue + ParameterText.close }

    /// The setting as an option of the command line (`--year`): how a message reads outside any other
    /// front end (in a log, in a test), and how the command line prints it.
    public var option: String {
        switch self {
        case .files: return "DATA"
        case .output: return "-o"
        case .indicatorFile: return "--indicators FILE.yaml"
        default: return "--" + rawValue
        }
    }
}

/// Where a setting a message is about was given: a parameter of the request, or a line of a file the
/// person wrote (a scheme's `cluster:`).
public enum SettingOrigin: Sendable, Hashable {
    case parameter(RequestParameter)
    case file(SourceLocation)
}

/// Messages that mention settings, rendered in a front end's words.
public enum ParameterText {
    static let open = "\u{E000}"
    static let close = "\u{E001}"

    /// `text` with every mention of a setting written as `spelling` names it.
    public static func render(_ text: String, spelling: (RequestParameter) -> String) -> String {
        guard text.contains(open) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: open) {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            guard let end = after.range(of: close), let parameter = RequestParameter(rawValue: String(after[..<end.lowerBound])) else {
                result += open
                rest = after
                continue
            }
            result += spelling(parameter)
            rest = after[end.upperBound...]
        }
        return result + rest
    }

    /// The spelling of a message read outside any other front end (a log, a test): the command line's options.
    public static func plain(_ text: String) -> String { render(text) { $0.option } }
}

extension String.StringInterpolation {
    /// `"give \(option: .year) 2017"`: a mention of a setting, spelled later by the front end.
    public mutating func appendInterpolation(option parameter: RequestParameter) {
        appendLiteral(parameter.mention)
    }
}
