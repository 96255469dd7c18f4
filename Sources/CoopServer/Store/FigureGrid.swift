import CoopAnalytics
import CoopFormatting

/// The figures of a dataset as read, for one period: a row per province, a column per indicator, each cell
/// the figure with its mark (≈ > <), the file and line or cell it came from, its source and note; a
/// province without a figure for an indicator that others have is marked missing. Beside it, the total rows
/// the files gave, and the periods to choose from. So a person sees what went where before any chart.
struct FigureGrid: Sendable {
    struct Cell: Sendable {
        let value: Double
        let shown: String
        let qualifier: ValueBound
        let location: String
        let source: String?
        let note: String?
    }

    struct Row: Sendable {
        let province: String
        let code: String
        /// One per indicator, nil where the province has no figure.
        let cells: [Cell?]
    }

    struct Total: Sendable {
        let label: String
        let indicator: String
        let shown: String
        let location: String
    }

    let period: Period
    let periods: [Period]
    let indicators: [Indicator]
    let rows: [Row]
    let totals: [Total]

    /// The grid of `period` (the latest full year when nil, else the latest period).
    init(_ dataset: Dataset, period requested: Period?, language: Language) {
        periods = dataset.periods
        let period = requested ?? periods.last(where: { $0.part == .year }) ?? periods.last ?? Period(year: 2017)
        self.period = period
        let inPeriod = dataset.observations.filter { $0.period == period }
        let ids = Set(inPeriod.map(\.indicator))
        let indicators = dataset.catalog.indicators.filter { ids.contains($0.id) }
        self.indicators = indicators
        let registry = dataset.registry
        rows = Set(inPeriod.map(\.province)).sorted().map { province in
            Row(
                province: registry.provinces[province].name, code: registry.provinces[province].code,
                cells: indicators.map { indicator in
                    dataset.observation(province: province, period: period, indicator: indicator.id).map { observation in
                        Cell(
                            value: observation.value, shown: language.format(observation.value, bound: observation.qualifier, maxDecimals: indicator.decimals),
                            qualifier: observation.qualifier, location: observation.origin.description, source: observation.source, note: observation.note)
                    }
                })
        }
        totals = dataset.clusterTotals.filter { $0.period == period }.map { total in
            Total(
                label: total.label, indicator: total.indicator, shown: language.format(total.value, bound: total.qualifier),
                location: total.origin.description)
        }
    }

    func json(_ language: Language) -> JSONValue {
        .object([
            ("period", .string(period.description)),
            ("periods", .array(periods.map { .string($0.description) })),
            ("indicators", .array(indicators.map { .object([("id", .string($0.id)), ("label", .string($0.label(language)))]) })),
            (
                "rows",
                .array(
                    rows.map { row in
                        .object([
                            ("province", .string(row.province)), ("code", .string(row.code)),
                            (
                                "figures",
                                .array(
                                    row.cells.map { cell in
                                        guard let cell else { return .null }
                                        var members: [(String, JSONValue)] = [
                                            ("value", .number(cell.value)), ("shown", .string(cell.shown)),
                                            ("qualifier", .string(cell.qualifier.rawValue)), ("location", .string(cell.location)),
                                        ]
                                        if let source = cell.source { members.append(("source", .string(source))) }
                                        if let note = cell.note { members.append(("note", .string(note))) }
                                        return .object(members)
                                    })
                            ),
                        ])
                    })
            ),
            (
                "totals",
                .array(
                    totals.map {
                        .object([
                            ("label", .string($0.label)), ("indicator", .string($0.indicator)), ("shown", .string($0.shown)),
                            ("location", .string($0.location)),
                        ])
                    })
            ),
        ])
    }
}
