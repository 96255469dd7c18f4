import ArgumentParser
import CoopFigures

// The selection options of the chart commands, one small group each, so every command declares the
// same option the same way and the browser app's parameters carry the same names.

struct OneIndicator: ParsableArguments {
    @Option(help: ArgumentHelp("Indicator id or Vietnamese label (see the catalog in the README).", valueName: "ID"))
    var indicator: String
}

struct SeveralIndicators: ParsableArguments {
    @Option(help: ArgumentHelp("Indicator id or label (repeatable).", valueName: "ID"))
    var indicator: [String] = []
}

struct OnePeriod: ParsableArguments {
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2 (also \"6 tháng đầu năm 2017\").", valueName: "PERIOD"))
    var year: String
}

struct SeveralPeriods: ParsableArguments {
    @Option(help: ArgumentHelp("Periods: 2015-2019, or a list 2015,2017,2019 (half-years allowed in a list).", valueName: "A-B"))
    var years: String
}

struct ProvinceSelection: ParsableArguments {
    @Option(name: .customLong("province"), help: ArgumentHelp("A province to draw, in this order (repeatable); default: the cluster, or every province with a figure.", valueName: "NAME"))
    var provinces: [String] = []
}

extension FigureRequest.Order: ExpressibleByArgument {}
