import ArgumentParser
import CoopFigures

// The selections of the chart commands: one group per shape of question, so every command declares
// each option the same way and the browser app's parameters carry the same names.

/// One indicator, in one period (bar, column, donut, tilemap: `OneIndicator<OnePeriod>`) or over several
/// (line, bump, multiples: `OneIndicator<SeveralPeriods>`).
struct OneIndicator<Periods: PeriodChoice>: ParsableArguments {
    @Option(help: ArgumentHelp("Indicator id or Vietnamese label (see the catalog in the README).", valueName: "ID"))
    var indicator: String
    @OptionGroup var periods: Periods
    @OptionGroup var selection: ProvinceSelection

    func request(_ kind: FigureRequest.Kind) -> FigureRequest {
        periods.request(kind, indicators: [indicator], provinces: selection.provinces)
    }
}

typealias IndicatorInPeriod = OneIndicator<OnePeriod>
typealias IndicatorOverPeriods = OneIndicator<SeveralPeriods>

/// Several indicators in one period: stacked, radar, heatmap.
struct IndicatorsInPeriod: ParsableArguments {
    @Option(help: ArgumentHelp("Indicator id or label (repeatable).", valueName: "ID"))
    var indicator: [String] = []
    @OptionGroup var period: OnePeriod
    @OptionGroup var selection: ProvinceSelection

    func request(_ kind: FigureRequest.Kind) -> FigureRequest {
        period.request(kind, indicators: indicator, provinces: selection.provinces)
    }
}

/// The periods a chart shows, as its command asks for them.
protocol PeriodChoice: ParsableArguments {
    func request(_ kind: FigureRequest.Kind, indicators: [String], provinces: [String]) -> FigureRequest
}

struct OnePeriod: PeriodChoice {
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2 (also \"6 tháng đầu năm 2017\").", valueName: "PERIOD"))
    var year: String

    func request(_ kind: FigureRequest.Kind, indicators: [String], provinces: [String]) -> FigureRequest {
        FigureRequest(kind: kind, indicators: indicators, year: year, provinces: provinces)
    }
}

struct SeveralPeriods: PeriodChoice {
    @Option(help: ArgumentHelp("Periods: 2015-2019, or a list 2015,2017,2019 (half-years allowed in a list).", valueName: "A-B"))
    var years: String

    @Option(
        help: ArgumentHelp(
            "The period of tables that name none (no year column, no year in a header, the sheet's name or the title); --year-of FILE=PERIOD gives one file's.",
            valueName: "PERIOD"))
    var year: String?

    func request(_ kind: FigureRequest.Kind, indicators: [String], provinces: [String]) -> FigureRequest {
        FigureRequest(kind: kind, indicators: indicators, year: year, years: years, provinces: provinces)
    }
}

struct ProvinceSelection: ParsableArguments {
    @Option(
        name: .customLong("province"),
        help: ArgumentHelp("A province to draw, in this order (repeatable); default: the cluster, or every province with a figure.", valueName: "NAME"))
    var provinces: [String] = []
}

/// A chart command: its data, what it selects, where it draws. `run()` is the same for every kind.
protocol FigureCommand: ParsableCommand {
    var data: DataOptions { get }
    var rendering: RenderingOptions { get }
    var request: FigureRequest { get }
}

extension FigureCommand {
    func run() throws { try FigureRun.draw(request, data: data, rendering: rendering) }
}

extension FigureRequest.Order: ExpressibleByArgument {}
