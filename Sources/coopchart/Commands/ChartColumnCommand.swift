import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopCharts

/// How categories are ordered where the chart does not rank them.
enum ChartOrder: String, ExpressibleByArgument, CaseIterable {
    case registry, value, name
}

struct ChartColumnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "column",
        abstract: "One indicator in one period as vertical bars in a fixed order.",
        discussion: """
        Bars stand in registry order (the statistics office's codes), by value, by name, or in the order \
        of --province options. When the names no longer fit under their bars (34 or 63 provinces on a \
        slide) the chart turns into horizontal rows. Negative values hang below a visible zero line; \
        missing figures leave a gap marked "—" and are named in a note; the average is a dashed line.

        Examples:
          coopchart chart column samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --indicator htx --year 2017 -o htx.png
          coopchart chart column samples/*.csv --indicator new_htx --year 2017 --order value --size a4-landscape -o new.pdf
        """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or Vietnamese label.", valueName: "ID")) var indicator: String
    @Option(help: ArgumentHelp("Period: 2017, 2017-H1 or 2017-H2.", valueName: "PERIOD")) var year: String
    @Option(help: ArgumentHelp("Order of the bars: registry (default), value (highest first), name.", valueName: "ORDER")) var order: ChartOrder = .registry
    @Option(name: .customLong("province"), help: ArgumentHelp("A province to draw, in this order (repeatable).", valueName: "NAME")) var provinces: [String] = []
    @OptionGroup var rendering: RenderingOptions

    func run() throws {
        try Diagnostics.reportingErrors {
            var inputs = try ChartInputs(data: data, year: year, indicator: indicator)
            let indicator = try inputs.indicator(self.indicator)
            let period = try parsePeriod(year)
            var scope = try inputs.scope(indicators: [indicator], periods: [period], provinces: provinces)
            let theme = try rendering.resolvedTheme()
            if provinces.isEmpty {
                switch order {
                case .registry: break
                case .name: scope.sort { inputs.name($0).matchingKey < inputs.name($1).matchingKey }
                case .value:
                    let values = Dictionary(uniqueKeysWithValues: scope.map { ($0, inputs.dataset.observation(province: $0, period: period, indicator: indicator.id)?.value ?? -.infinity) })
                    scope.sort { values[$0]! > values[$1]! }
                }
            }
            let values = scope.map { inputs.value($0, period, indicator) }
            let present = values.compactMap(\.value)
            let mean = present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
            // A mean of estimates is an estimate; of lower (or upper) bounds only, a lower (upper) bound.
            let inexact = Set(values.filter { $0.value != nil }.map(\.bound)).subtracting([.exact])
            let meanBound = inexact.count == 1 ? inexact.first! : (inexact.isEmpty ? .exact : .approx)
            let strings = ChartStrings(inputs.language)
            let decimals = indicator.isCount ? 0 : 1
            let chart = CategoryBarChart(
                chrome: inputs.chrome(title: "\(indicator.label(inputs.language)) \(periodTitle(period, inputs.language))",
                                      subtitle: inputs.subtitle([], unit: indicator.unit(inputs.language)), decimals: decimals, theme: theme),
                categories: scope.map(inputs.name), series: [ChartSeries(name: period.description, values: values)],
                reference: mean.map { ChartReference(value: $0, name: strings.average, bound: meanBound, maxDecimals: 1) })
            try ChartOutput.write(chart, rendering: rendering, inputs: data.files)
        }
    }
}
