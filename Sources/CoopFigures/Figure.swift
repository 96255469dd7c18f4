import CoopCharts

/// A figure: the chart, and what it cites — the distinct sources of the figures drawn and the notes
/// they carry — as plain values, so a caller can list them elsewhere too (a report's appendix).
public struct Figure: Sendable {
    public let chart: any Chart
    public let sources: [String]
    public let notes: [String]

    public init(chart: any Chart, sources: [String], notes: [String]) {
        self.chart = chart
        self.sources = sources
        self.notes = notes
    }
}
